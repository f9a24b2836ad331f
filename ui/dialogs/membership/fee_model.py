"""The fees table's model: a line per year's fee, in its currency, with its value in SEK.

A `FeeLine` is a row. An amount that cannot be read is kept as typed and shown as
a problem until it is put right; the rate and the value in SEK come from the rate table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.valuation import Rates
from ui import formatting
from ui.dialogs.membership.lines_model import RIGHT, Column, LinesModel

YEAR, AMOUNT, CURRENCY, RATE, SEK = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("fees", text)


@dataclass(frozen=True)
class FeeLine:
    year: int
    amount: Decimal | None
    currency: str
    typed: str = ""  # what was typed, kept while it cannot be read as an amount


def show_amount(amount: Decimal | None) -> str:
    """Whole amounts without decimals (15 000), others with two (12 500,50)."""
    if amount is None:
        return ""
    return formatting.amount(amount, 0 if amount == amount.to_integral_value() else 2)


def with_amount(line: FeeLine, text: object) -> FeeLine:
    try:
        amount = formatting.parse_amount(str(text or ""))
    except ValueError:
        return replace(line, amount=None, typed=str(text))
    return replace(line, amount=amount, typed="")


def amount_problem(line: FeeLine) -> str:
    if line.typed:
        return _tr("'{0}' is not an amount; write it like 12 500,50.").format(line.typed)
    if line.amount is None:
        return _tr("Enter the fee of {0}.").format(line.year)
    if line.amount < 0:
        return _tr("A fee cannot be negative.")
    return ""


class FeeModel(LinesModel):
    def __init__(self, rates: Rates, parent: QWidget | None = None) -> None:
        self.rates = rates
        super().__init__(
            [
                Column(_tr("Year"), lambda f: formatting.year(f.year), lambda f: f.year,
                       lambda f, v: replace(f, year=int(v)), RIGHT),
                Column(_tr("Amount"), self._amount_text, self._amount_text, with_amount, RIGHT,
                       amount_problem),
                Column(_tr("Currency"), lambda f: f.currency, lambda f: f.currency,
                       lambda f, v: replace(f, currency=str(v))),
                Column(_tr("Rate"), self._rate_text, align=RIGHT, tip=self._rate_tip),
                Column(_tr("In SEK"), self._sek_text, align=RIGHT, tip=self._rate_tip),
            ],
            parent,
        )  # fmt: skip

    @staticmethod
    def _amount_text(line: FeeLine) -> str:
        return line.typed or show_amount(line.amount)

    def _sek_text(self, line: FeeLine) -> str:
        if line.amount is None:
            return ""
        sek = self.rates.to_sek(line.amount, line.currency, line.year)
        return _tr("no rate") if sek is None else formatting.money(sek, "SEK")

    def _rate_text(self, line: FeeLine) -> str:
        rate = self.rates.rate(line.currency, line.year)
        return "" if rate is None else formatting.amount(rate.to_sek, 4)

    def _rate_tip(self, line: FeeLine) -> str:
        rate = self.rates.rate(line.currency, line.year)
        if rate is None:
            return _tr("No exchange rate for {0} is on record.").format(line.currency)
        if line.currency == "SEK":
            return ""
        return _tr("1 {0} = {1} SEK").format(line.currency, formatting.amount(rate.to_sek, 4))
