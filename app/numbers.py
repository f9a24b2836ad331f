"""Amounts as people write them, read and written without Qt.

Reading: '12 500', '12 345,50', '1.234,50', '1,234.50', '4500.00', '6 000 €', '45 000 kr'.
The window passes its locale's decimal mark. A spreadsheet cell may be in either
notation: the later of two marks is the decimal one, and a text that could be
read two ways ('1,234') is refused, never guessed.

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
PLAIN_NUMBER = re.compile(r"-?(\d+(\.\d*)?|\.\d+)")
GROUPED = re.compile(r"-?\d{1,3}(,\d{3})+")
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


class AmbiguousAmountError(ValueError):
    """'1,234' or '1.234' from a text of unknown notation: a thousand or a decimal."""


def parse_amount(text: str, decimal_mark: str | None = None) -> Decimal | None:
    """The amount in `text`, or None for an empty text; ValueError if not an amount.

    `decimal_mark` is the notation the text is known to use (the window's locale);
    None for text that may be Swedish or English, as in a spreadsheet cell: there a
    single mark before exactly three digits ('1,234') cannot be told and raises
    AmbiguousAmountError rather than becoming a thousand times too much or too little.
    """
    cleaned = CODES.sub("", text)
    for mark in CURRENCY_MARKS:
        cleaned = cleaned.replace(mark, "")
    cleaned = SPACES.sub("", cleaned)
    if not cleaned:
        return None
    point = _decimal_mark(cleaned, decimal_mark, text)
    grouping = "." if point == "," else ","
    whole, _, fraction = cleaned.partition(point)
    if point in fraction or grouping in fraction:
        raise ValueError(f"'{text}' is not an amount")
    if grouping in whole and not GROUPED.fullmatch(whole.replace(grouping, ",")):
        raise ValueError(f"'{text}' is not an amount")  # '12,34.5': not a grouping
    cleaned = whole.replace(grouping, "") + ("." + fraction if point in cleaned else "")
    if not PLAIN_NUMBER.fullmatch(cleaned):
        raise ValueError(f"'{text}' is not an amount")
    return Decimal(cleaned)


def _decimal_mark(cleaned: str, known: str | None, text: str) -> str:
    """The text's decimal mark: the later of two marks; a mark used twice groups; a
    single mark is a decimal unless it could group thousands, when `known` decides."""
    marks = {c for c in cleaned if c in ",."}
    if len(marks) == 2:
        return "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
    if not marks:
        return "."
    mark = marks.pop()
    other = "." if mark == "," else ","
    if cleaned.count(mark) > 1:
        return other
    whole, _, fraction = cleaned.lstrip("-").partition(mark)
    could_group = len(fraction) == 3 and 1 <= len(whole) <= 3 and not whole.startswith("0")
    if not could_group:
        return mark
    if known is None:
        raise AmbiguousAmountError(f"'{text}' could be read two ways")
    return known


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
