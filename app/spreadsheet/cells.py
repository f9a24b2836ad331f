"""Text that survives the trip into a cell and back, and the number formats used.

Two things can go wrong with text in a workbook:

- Excel evaluates a cell typed as `=...` as a formula, and spreadsheet users
  (and CSV-injection checkers) treat `+`, `-`, `@`, tab and CR at the start the
  same way. Such text is written as a string cell with Excel's quote prefix,
  so it stays text even when someone edits the cell.
- XML cannot carry most control characters, and XML readers turn CR into LF.
  Those are written in OOXML's own escape form `_xHHHH_` (what Excel itself
  writes), and a literal `_xHHHH_` in the text is protected as `_x005F_xHHHH_`;
  readers of the format (Excel, python-calamine) reverse both.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_ESCAPE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
# Either of the two: one search tells the (usual) text that needs neither.
_RISKY = re.compile(r"^[=+\-@\t\r]|[\x00-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_")


def is_plain(text: str) -> bool:
    """True for text that can be written as it is: no formula start, nothing to escape."""
    return _RISKY.search(text) is None


_RISKY_IN_COLUMN = re.compile(
    r"(?:^|\x00)[=+\-@\t\r]|[\x01-\x08\x0b-\x1f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_"
)


def is_plain_column(texts: list[str]) -> bool:
    """True when every text is plain: one search over them all, joined by NUL (a
    character that is itself never plain, so a NUL inside a text is still found)."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != max(len(texts) - 1, 0):
        return False
    return _RISKY_IN_COLUMN.search(joined) is None


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def escape(text: str) -> str:
    """The text with characters XML cannot hold written as `_xHHHH_`."""
    return _NEEDS_ESCAPE.sub(lambda found: f"_x{ord(found.group(0)):04X}_", text)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def has_illegal(text: str) -> bool:
    """Characters XML 1.0 cannot carry at all (they must have been escaped)."""
    return _ILLEGAL.search(text) is not None


def needs_escape(text: str) -> bool:
    return _NEEDS_ESCAPE.search(text) is not None


# Number format codes. In a format code ',' groups thousands and '.' marks
# decimals whatever the locale: Swedish Excel shows '#,##0' as '15 600'.
INTEGER = "#,##0"
YEAR = "0"
DATE = "yyyy-mm-dd"
RATE = "0.0000"


def money_format(currency: str, *, decimals: bool = False, sek_mark: str = "kr") -> str:
    """'#,##0 "kr"' for SEK, '#,##0 "EUR"' for other currencies."""
    mark = sek_mark if currency == "SEK" else currency.replace('"', "")
    digits = "#,##0.00" if decimals else "#,##0"
    return f'{digits} "{mark}"' if mark else digits
