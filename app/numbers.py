"""Reading amounts the way people write them, without Qt.

'12 500', '12 345,50', '1.234,50', '1,234.50', '6 000 €', '45 000 kr'. The
window passes its locale's decimal mark; spreadsheets from Swedish offices use
a comma.
"""

from __future__ import annotations

import re
from decimal import Decimal

SPACES = re.compile(r"[\s\u00a0\u202f']")
CURRENCY_MARKS = {"€": "EUR", "$": "USD", "£": "GBP", "kr": "SEK", ":-": "SEK"}
PLAIN_NUMBER = re.compile(r"-?\d+(\.\d+)?")
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


def format_amount(
    value: Decimal | float | int | None, language: str = "en", decimals: int = 0
) -> str:
    """An amount for reports written without Qt: '1 234 567' in Swedish, '1,234,567' in English."""
    if value is None:
        return ""
    text = f"{Decimal(str(value)):,.{decimals}f}"
    if language == "sv":
        return text.replace(",", "\u00a0").replace(".", ",")
    return text
