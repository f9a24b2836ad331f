"""Exchange rates to SEK by year, and turning fees into SEK with them.

A fee is valued at the rate of its own year. Where that year has no rate the
nearest earlier year's is used, else the nearest later one: a register with a
gap in its rates still gives totals, and `missing` says which currencies had
no rate at all.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.currencies import HOME_CURRENCY
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import ExchangeRateData, ExchangeRateRow
from app.services.common import fetch
from app.store import Store
from app.validation import Checker
from db import models as m

CENT = Decimal("0.01")


class RateTable:
    """All rates in memory (a few hundred rows at most) for fast valuation."""

    def __init__(self, rates: list[tuple[str, int, Decimal]]) -> None:
        by_currency: dict[str, list[tuple[int, Decimal]]] = defaultdict(list)
        for currency, year, rate in rates:
            by_currency[currency].append((year, rate))
        self._years: dict[str, list[int]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        for currency, pairs in by_currency.items():
            pairs.sort()
            self._years[currency] = [y for y, _ in pairs]
            self._rates[currency] = [r for _, r in pairs]
        self.missing: set[str] = set()

    @classmethod
    def load(cls, session: Session) -> RateTable:
        rows = session.execute(
            select(m.ExchangeRate.currency, m.ExchangeRate.year, m.ExchangeRate.rate_to_sek)
        ).all()
        return cls([(c, y, Decimal(r)) for c, y, r in rows])

    def rate(self, currency: str, year: int) -> Decimal | None:
        if currency == HOME_CURRENCY:
            return Decimal(1)
        years = self._years.get(currency)
        if not years:
            self.missing.add(currency)
            return None
        index = bisect.bisect_right(years, year) - 1
        return self._rates[currency][max(index, 0)]

    def to_sek(self, amount: Decimal | None, currency: str, year: int) -> Decimal | None:
        if amount is None:
            return None
        rate = self.rate(currency, year)
        return None if rate is None else (Decimal(amount) * rate).quantize(CENT)


def list_rates(store: Store) -> list[ExchangeRateRow]:
    with store.uow() as session:
        records = session.scalars(
            select(m.ExchangeRate).order_by(m.ExchangeRate.currency, m.ExchangeRate.year)
        ).all()
        return [_row(r) for r in records]


def check_rate(check: Checker, data: ExchangeRateData) -> tuple[str, int, Decimal | None]:
    """The editor's rules for an exchange rate, shared with the import; the
    currency, year and rate as saved."""
    currency = check.currency("currency", data.currency)
    check.year("year", data.year)
    rate = check.amount("rate_to_sek", data.rate_to_sek)
    if currency == HOME_CURRENCY:
        check.add("currency", N_("app", "SEK is the home currency; its rate is always 1."))
    if rate is not None and rate <= 0:
        check.add("rate_to_sek", N_("app", "A rate must be greater than zero."))
    return currency, data.year, rate


def set_rate(store: Store, data: ExchangeRateData) -> ExchangeRateRow:
    """Creates or replaces the rate of a currency in a year."""
    check = Checker()
    currency, year, _rate = check_rate(check, data)
    check.done()
    with store.uow() as session:
        record = session.scalar(
            select(m.ExchangeRate).where(
                m.ExchangeRate.currency == currency, m.ExchangeRate.year == year
            )
        )
        if record is None:
            record = m.ExchangeRate(currency=currency, year=year)
            session.add(record)
        record.rate_to_sek = Decimal(str(data.rate_to_sek))
        session.flush()
        return _row(record)


def delete_rate(store: Store, rate_id: int) -> None:
    with store.uow() as session:
        session.delete(fetch(session, m.ExchangeRate, rate_id))


def _row(record: m.ExchangeRate) -> ExchangeRateRow:
    return ExchangeRateRow(
        record.id, record.version, record.currency, record.year, Decimal(record.rate_to_sek)
    )


def rate_table(store: Store) -> RateTable:
    """Every rate, for valuing fees in SEK as the user types them."""
    with store.uow() as session:
        return RateTable.load(session)
