"""Numbers, amounts and dates shown and parsed the user's way, through QLocale.

Values are stored and exported as real numbers and dates; only what is shown
on screen is formatted here (Swedish: 1 234 567,50 kr and 2026-11-26).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from app.numbers import parse_amount as parse_text_amount


def locale() -> QLocale:
    return QLocale()


def amount(value: Decimal | float | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    return locale().toString(float(value), "f", decimals)


def money(value: Decimal | float | None, currency: str = "SEK", decimals: int = 0) -> str:
    """The locale's own currency its way (Swedish: 1 234 567,50 kr), others with their code."""
    if value is None:
        return ""
    here = locale()
    if currency == here.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode):
        return here.toCurrencyString(float(value), here.currencySymbol(), decimals)
    return f"{amount(value, decimals)} {currency}"


def integer(value: int | None) -> str:
    return "" if value is None else locale().toString(int(value))


def year(value: int | None) -> str:
    """Years are never grouped: 2007, not 2 007."""
    return "" if value is None else str(value)


def date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return locale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def parse_amount(text: str) -> Decimal | None:
    """What a user typed, read with the locale's decimal mark; ValueError if not an amount."""
    return parse_text_amount(text, locale().decimalPoint())


def date_time(value: dt.datetime | None, *, utc: bool = True) -> str:
    """A moment in the user's local time and date format; stored times are UTC."""
    if value is None:
        return ""
    if utc:
        value = value.replace(tzinfo=dt.UTC).astimezone()
    return locale().toString(
        QDateTime(
            QDate(value.year, value.month, value.day),
            QTime(value.hour, value.minute, value.second),
        ),
        QLocale.FormatType.ShortFormat,
    )
