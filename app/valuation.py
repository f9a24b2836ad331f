"""Money: a fee in SEK, and every total of fees. The one home of valuation.

A fee is valued at the exchange rate of its own year. Where that year has no
rate, the nearest earlier year's is used, else the nearest later one, and the
valuation says so (`Rate.fallback`): next year's totals are never quietly
valued at an old rate without a word. Each fee is rounded to the öre, half up,
as an invoice is; totals are sums of those rounded fees, never of amounts
summed per currency and converted after (which differs by öre). This module is
the only code that multiplies by a rate or rounds money; every total in the
window, the workbook, the report and the minutes comes from it.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.currencies import HOME_CURRENCY
from db import models as m

K = TypeVar("K", bound=Hashable)

ORE = Decimal("0.01")
ZERO = Decimal(0)
ONE = Decimal(1)


def _exact(amount: Decimal | int | str | float) -> Decimal:
    """The amount as a Decimal; a float as it prints (2.345, not its binary value)."""
    if amount.__class__ is Decimal:
        return amount  # type: ignore[return-value]
    return Decimal(str(amount)) if isinstance(amount, float) else Decimal(amount)


def to_ore(amount: Decimal | int | str | float) -> Decimal:
    """An amount rounded to the öre, half up (2.345 -> 2.35)."""
    return _exact(amount).quantize(ORE, ROUND_HALF_UP)  # positional: twice as fast


def rounded(amount: Decimal | int | float, decimals: int = 0) -> Decimal:
    """An amount rounded half up to `decimals` places, for showing (1 301 256.84 -> 1 301 257)."""
    return Decimal(str(amount)).quantize(ONE.scaleb(-decimals), rounding=ROUND_HALF_UP)


def total(values: Iterable[Decimal | None]) -> Decimal:
    """The sum of fees already valued in SEK; a fee with no value counts nothing."""
    return sum((v for v in values if v is not None), ZERO)


@dataclass(frozen=True, slots=True)
class Rate:
    """The rate a fee of `currency` in `year` is valued at, and the year it is from."""

    currency: str
    year: int
    to_sek: Decimal
    rate_year: int

    @property
    def fallback(self) -> bool:
        """True when the year has no rate of its own and another year's is used."""
        return self.rate_year != self.year


class Rates:
    """Every exchange rate in memory (a few hundred at most) for fast valuation.

    Each (currency, year) is looked up once; `missing` collects the currencies
    with no rate at all and `fallbacks` the (currency, year) valued at another
    year's rate, for the messages that say so.
    """

    def __init__(self, rates: Iterable[tuple[str, int, Decimal]]) -> None:
        by_currency: dict[str, list[tuple[int, Decimal]]] = defaultdict(list)
        for currency, year, rate in rates:
            by_currency[currency].append((int(year), Decimal(rate)))
        self._years: dict[str, list[int]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        for currency, pairs in by_currency.items():
            pairs.sort()
            self._years[currency] = [y for y, _ in pairs]
            self._rates[currency] = [r for _, r in pairs]
        self._found: dict[tuple[str, int], Rate | None] = {}
        self.missing: set[str] = set()
        self.fallbacks: dict[tuple[str, int], Rate] = {}

    @classmethod
    def load(cls, session: Session) -> Rates:
        query = select(m.ExchangeRate.currency, m.ExchangeRate.year, m.ExchangeRate.rate_to_sek)
        return cls(session.execute(query).all())

    def rate(self, currency: str, year: int) -> Rate | None:
        """The rate for a fee of `currency` in `year`; None where the currency has none."""
        key = (currency, year)
        try:
            return self._found[key]  # the usual case: 50,000 fees, a few dozen keys
        except KeyError:
            pass
        found = self._found[key] = self._look_up(currency, year)
        if found is None:
            self.missing.add(currency)
        elif found.fallback:
            self.fallbacks[key] = found
        return found

    def _look_up(self, currency: str, year: int) -> Rate | None:
        if currency == HOME_CURRENCY:
            return Rate(currency, year, ONE, year)
        years = self._years.get(currency)
        if not years:
            return None
        index = max(bisect.bisect_right(years, year) - 1, 0)
        return Rate(currency, year, self._rates[currency][index], years[index])

    def to_sek(self, amount: Decimal | None, currency: str, year: int) -> Decimal | None:
        """A fee in SEK, rounded to the öre half up; None without an amount or a rate."""
        if amount is None:
            return None
        rate = self.rate(currency, year)
        if rate is None:
            return None
        return to_ore(_exact(amount) * rate.to_sek)

    def total_sek(self, fees: Iterable[tuple[Decimal | None, str, int]]) -> Decimal:
        """The sum in SEK of (amount, currency, year) fees, each valued and rounded first."""
        return total(self.to_sek(amount, currency, year) for amount, currency, year in fees)

    def totals_by(
        self, fees: Iterable[tuple[K, Decimal | None, str, int, int]]
    ) -> dict[K, Decimal]:
        """SEK by key of (key, amount, currency, year, count) rows: equal fees grouped
        (by the database, say) are valued and rounded once and counted `count` times,
        which is the sum of the rounded fees, fee by fee."""
        totals: dict[K, Decimal] = defaultdict(lambda: ZERO)
        for key, amount, currency, year, count in fees:
            value = self.to_sek(amount, currency, year)
            totals[key] += ZERO if value is None else value * count
        return dict(totals)

    def missing_rates(self) -> tuple[str, ...]:
        return tuple(sorted(self.missing))

    def fallback_rates(self) -> tuple[Rate, ...]:
        """Each (currency, year) a valuation took another year's rate for, in order."""
        return tuple(self.fallbacks[key] for key in sorted(self.fallbacks))
