from __future__ import annotations

from decimal import Decimal

import pytest

from app.numbers import AmbiguousAmountError, currency_in, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12 500", Decimal("12500")),
        ("12 345,50", Decimal("12345.50")),
        ("12\u00a0345,50", Decimal("12345.50")),
        ("1.234,50", Decimal("1234.50")),
        ("1,234.50", Decimal("1234.50")),
        ("6 000 €", Decimal("6000")),
        ("45 000 kr", Decimal("45000")),
        ("4500 EUR", Decimal("4500")),
        ("12,5", Decimal("12.5")),
        ("", None),
        ("  ", None),
    ],
)
def test_amounts_as_people_write_them(text: str, expected: Decimal | None) -> None:
    assert parse_amount(text) == expected


def test_english_grouping_with_a_point_locale() -> None:
    assert parse_amount("1,234", decimal_mark=".") == Decimal("1234")
    assert parse_amount("12,5", decimal_mark=".") == Decimal("12.5")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("4500.00", "4500.00"), ("0.5", "0.5"), ("4,500.00", "4500.00"), ("1.234.567", "1234567")],
)
def test_english_decimals_with_a_comma_locale(text: str, expected: str) -> None:
    # A point before other than three digits can only be a decimal point.
    assert parse_amount(text, decimal_mark=",") == Decimal(expected)


def test_a_known_notation_decides_what_could_be_read_two_ways() -> None:
    assert parse_amount("1.234", decimal_mark=",") == Decimal("1234")
    assert parse_amount("1,234", decimal_mark=",") == Decimal("1.234")


@pytest.mark.parametrize("text", ["1,234", "1.234", "-12,500", "999.000 kr"])
def test_an_unknown_notation_refuses_what_could_be_read_two_ways(text: str) -> None:
    with pytest.raises(AmbiguousAmountError, match="could be read two ways"):
        parse_amount(text)


@pytest.mark.parametrize("text", ["0,500", "1234,567", "12,50", "1 234"])
def test_what_cannot_be_a_thousand_is_not_ambiguous(text: str) -> None:
    assert parse_amount(text) is not None


@pytest.mark.parametrize(
    "text", ["ingår", "n/a", "12 3x", "1e999999", "nan", "inf", "12,34.5", "1,2,3", "1.2.3,4,5"]
)
def test_not_amounts(text: str) -> None:
    with pytest.raises(ValueError, match="not an amount"):
        parse_amount(text)


def test_currency_named_in_the_text() -> None:
    assert currency_in("6 000 €") == "EUR"
    assert currency_in("45 000 kr") == "SEK"
    assert currency_in("100 usd") == "USD"
    assert currency_in("1 000") is None
