"""The fees tab: the fee of each year, in its currency, with its value in SEK."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import Problem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import FeeData, FeeRow
from app.valuation import Rates
from ui import formatting
from ui.dialogs.choices import currencies
from ui.dialogs.fields import plain_problem
from ui.dialogs.membership.delegates import ChoiceDelegate, YearDelegate
from ui.dialogs.membership.lines_model import RIGHT, Column, LinesModel
from ui.dialogs.membership.lines_tab import LinesTab

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


class FeesTab(LinesTab):
    def __init__(self, rates: Rates, parent: QWidget | None = None) -> None:
        super().__init__(FeeModel(rates), parent)
        self.setObjectName("fees_tab")
        self.default_year = 2000
        self.view.setItemDelegateForColumn(YEAR, YearDelegate(parent=self.view))
        self.view.setItemDelegateForColumn(
            CURRENCY, ChoiceDelegate(lambda: [(c, c) for c in currencies()], self.view)
        )
        self.add_button = QPushButton(self.tr("Add fe&e"))
        self.add_button.setObjectName("add_fee")
        self.add_button.clicked.connect(self.add_fee)
        self.toolbar.addWidget(self.add_button)
        self.finish_toolbar()
        for column, width in ((YEAR, 70), (AMOUNT, 140), (CURRENCY, 90), (RATE, 90), (SEK, 150)):
            self.view.setColumnWidth(column, width)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.show_note(
            self.tr(
                "Type amounts as you write them, e.g. 12 500,50. The value in SEK uses the "
                "exchange rate of the fee's year, or the latest earlier one."
            )
        )

    def set_fees(self, fees: Sequence[FeeRow]) -> None:
        self.model.set_lines([FeeLine(f.year, f.amount, f.currency) for f in fees])

    def lines(self) -> tuple[FeeLine, ...]:
        return tuple(self.model.lines)

    def add_fee(self) -> None:
        """A new year after the last one, in the last currency, ready for its amount."""
        lines = self.model.lines
        year = max((f.year for f in lines), default=self.default_year - 1) + 1
        currency = lines[-1].currency if lines else "EUR"
        row = self.model.append(FeeLine(year, None, currency))
        self.edit_cell(row, AMOUNT)

    def problems(self) -> list[Problem]:
        """What is wrong with the fees as typed: unreadable amounts, a year twice."""
        problems = [plain_problem("fees", text) for _, text in self.model.problems()]
        twice = sorted(y for y, n in Counter(f.year for f in self.model.lines).items() if n > 1)
        if twice:
            problems.append(Problem("fees", N_("app", "There are two fees for {year}."),
                                    {"year": twice[0]}))  # fmt: skip
        return problems

    def fee_data(self) -> tuple[FeeData, ...]:
        unreadable = [plain_problem("fees", text) for _, text in self.model.problems()]
        if unreadable:
            raise ValidationError(unreadable)
        return tuple(
            FeeData(f.year, f.amount, f.currency) for f in self.model.lines if f.amount is not None
        )
