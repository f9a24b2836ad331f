"""Valuation: each fee in SEK at its year's rate, rounded to the öre half up, then summed."""

from __future__ import annotations

from decimal import Decimal

from app.valuation import Rates, rounded, to_ore, total

RATES = Rates([("EUR", 2006, Decimal("9.25")), ("EUR", 2008, Decimal("9.61")),
               ("DKK", 2007, Decimal("1.24567"))])  # fmt: skip


def test_a_fee_is_valued_at_its_own_years_rate() -> None:
    assert RATES.to_sek(Decimal("100"), "EUR", 2008) == Decimal("961.00")
    assert RATES.rate("EUR", 2008).fallback is False


def test_a_year_without_a_rate_takes_the_nearest_earlier_and_says_so() -> None:
    rates = Rates([("EUR", 2006, Decimal("9.25")), ("EUR", 2008, Decimal("9.61"))])
    assert rates.to_sek(Decimal("100"), "EUR", 2007) == Decimal("925.00")
    rate = rates.rate("EUR", 2007)
    assert (rate.rate_year, rate.fallback) == (2006, True)
    assert [(r.currency, r.year, r.rate_year) for r in rates.fallback_rates()] == [
        ("EUR", 2007, 2006)
    ]


def test_before_the_first_rate_the_earliest_is_used() -> None:
    assert RATES.rate("EUR", 2001).rate_year == 2006


def test_a_currency_without_any_rate_has_no_value_and_is_named() -> None:
    rates = Rates([])
    assert rates.to_sek(Decimal("5"), "NOK", 2007) is None
    assert rates.missing_rates() == ("NOK",)
    assert rates.to_sek(Decimal("5.005"), "SEK", 2007) == Decimal("5.01")


def test_rounding_is_half_up_to_the_ore() -> None:
    # 2.5 * 1.24567 = 3.114175 -> 3.11; 0.25 öre halves go up, not to even.
    assert RATES.to_sek(Decimal("2.5"), "DKK", 2007) == Decimal("3.11")
    assert to_ore(Decimal("0.125")) == Decimal("0.13")
    assert to_ore(Decimal("0.135")) == Decimal("0.14")
    assert rounded(Decimal("1301256.50")) == Decimal("1301257")


def test_a_total_sums_the_rounded_fees_not_the_amounts() -> None:
    fees = [(Decimal("0.50"), "DKK", 2007)] * 3  # 0.622835 each -> 0.62
    assert RATES.total_sek(fees) == Decimal("1.86")  # not 1.87 from 1.50 * rate
    assert total([Decimal("1.10"), None, Decimal("2.20")]) == Decimal("3.30")


def test_half_an_ore_goes_up() -> None:
    assert to_ore(Decimal("2.345")) == Decimal("2.35")  # half even would give 2.34
    assert to_ore("1234.565") == Decimal("1234.57")
    assert to_ore(2.345) == Decimal("2.35")  # a float as it prints, not its binary value


def test_totals_by_values_each_fee_then_sums() -> None:
    rates = Rates([("EUR", 2008, Decimal("9.61")), ("DKK", 2007, Decimal("1.24567"))])
    # Two fees of 0.50 DKK: 0.62 + 0.62, not 1.00 * 1.24567 = 1.25.
    fees = [(2007, Decimal("0.50"), "DKK", 2007, 2), (2007, Decimal("1"), "SEK", 2007, 1)]
    assert rates.totals_by(fees) == {2007: Decimal("2.24")}
    by_department = rates.totals_by([("a", Decimal("100"), "EUR", 2008, 1),
                                     ("b", Decimal("5"), "NOK", 2008, 3)])  # fmt: skip
    assert by_department == {"a": Decimal("961.00"), "b": Decimal(0)}
    assert rates.missing_rates() == ("NOK",)
