"""Exchange rates to SEK by year: listing, setting and deleting them.

Valuing fees with them (which year's rate, the fallback, the rounding) is
`app.valuation`'s alone.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.currencies import HOME_CURRENCY
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import ExchangeRateData, ExchangeRateRow
from app.services.common import keyed_at_version, saving_keyed
from app.store import Store
from app.validation import Checker
from app.valuation import Rates
from db import models as m


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


def set_rate(
    store: Store, data: ExchangeRateData, *, version: int | None = None
) -> ExchangeRateRow:
    """Creates or replaces the rate of a currency in a year, at the `version` the
    user saw (None: they saw no rate)."""
    check = Checker()
    currency, year, _rate = check_rate(check, data)
    check.done()
    key: dict[str, object] = {"currency": currency, "year": year}

    def save(session: Session) -> ExchangeRateRow:
        record = keyed_at_version(session, m.ExchangeRate, key, version, _their_row)
        record.rate_to_sek = Decimal(str(data.rate_to_sek))
        session.flush()
        return _row(record)

    return saving_keyed(store, m.ExchangeRate, key, version, save, _their_row)


def _their_row(_session: Session, record: m.ExchangeRate) -> ExchangeRateRow:
    return _row(record)


def _row(record: m.ExchangeRate) -> ExchangeRateRow:
    return ExchangeRateRow(
        record.id, record.version, record.currency, record.year, Decimal(record.rate_to_sek)
    )


def rate_table(store: Store) -> Rates:
    """Every rate, for valuing fees in SEK as the user types them."""
    with store.uow() as session:
        return Rates.load(session)
