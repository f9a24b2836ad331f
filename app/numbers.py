"""Amounts as people write them, read and written without Qt.

Reading: '12 500', '12 345,50', '1.234,50', '1,234.50', '6 000 €', '45 000 kr'.
The window passes its locale's decimal mark; spreadsheets from Swedish offices
use a comma.

Writing, for the report and the minutes (the window formats through QLocale):
Swedish groups thousands with a no-break space and uses a decimal comma
(1 301 257; 9,25), English a comma and a decimal point. Differences get a
real minus sign and an explicit plus.
"""

from __future__ import annotations

import re
from decimal import Decimal

from app.valuation import rounded

SPACES = re.compile(r"[\s\u00a0\u202f']")
CURRENCY_MARKS = {"€": "EUR", "$": "USD", "£": "GBP", "kr": "SEK", ":-": "SEK"}
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")
NBSP = "\u00a0"
MINUS = "\u2212"
SEPARATORS = {"sv": (NBSP, ","), "en": (",", ".")}
CODES = re.compile(r"\b(SEK|EUR|USD|GBP|NOK|DKK|CHF)\b", re.IGNORECASE)


def currency_in(text: str) -> str | None:
    """The currency an amount's text names, if any: '6 000 €' -> 'EUR'."""
    for mark, code in CURRENCY_MARKS.items():
        if mark in text:
            return code
    found = CODES.search(text)
    return found.group(1).upper() if found else None


def parse_amount(text: str, decimal_mark: str = ",") -> Decimal | None:
    """The amount in `text`, or None for an empty text; ValueError if not an amount."""
    cleaned = CODES.sub("", text)
    for mark in CURRENCY_MARKS:
        cleaned = cleaned.replace(mark, "")
    cleaned = SPACES.sub("", cleaned)
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        # Both marks: the later one is the decimal mark (1.234,50 or 1,234.50).
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    elif "," in cleaned and decimal_mark != ",":
        # '1,234' in an English text groups thousands; '12,5' is still a decimal.
        decimal_mark = "." if re.fullmatch(r"-?\d{1,3}(,\d{3})+", cleaned) else ","
    grouping = "." if decimal_mark == "," else ","
    cleaned = cleaned.replace(grouping, "").replace(decimal_mark, ".")
    if not PLAIN_NUMBER.fullmatch(cleaned):
        raise ValueError(f"'{text}' is not an amount")
    return Decimal(cleaned)


def _separators(language: str) -> tuple[str, str]:
    return SEPARATORS.get(language, SEPARATORS["en"])


def number(value: Decimal | float | int, language: str, decimals: int = 0) -> str:
    """An amount for the report and minutes (no Qt there): rounded half up to
    `decimals` (`app.valuation.rounded`), thousands grouped the language's way."""
    group, point = _separators(language)
    shown = rounded(value, decimals)
    sign = MINUS if shown < 0 else ""
    text = f"{abs(shown):,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", group)
    return sign + (f"{whole}{point}{fraction}" if fraction else whole)


def signed(value: Decimal | float | int, language: str, decimals: int = 0) -> str:
    """A difference: "+3", "−7", "±0"."""
    if rounded(value, decimals) == 0:
        return "±0"
    text = number(value, language, decimals)
    return text if text.startswith(MINUS) else f"+{text}"
