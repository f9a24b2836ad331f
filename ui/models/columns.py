"""A table's columns, declared once per view: header, value, text, sort key, tooltip.

The model, the sort, the search, the copy to the clipboard and the column
chooser all read the same `Column`, so a view is a list of these and nothing more.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QLocale, Qt

from ui import formatting

R = TypeVar("R")
Align = Qt.AlignmentFlag


class Kind(Enum):
    TEXT = "text"  # sorted in Swedish order (å, ä, ö after z)
    NUMBER = "number"  # amounts and counts: sorted as numbers, right-aligned
    YEAR = "year"  # sorted as numbers, never grouped (2007, not 2 007)


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a table view over rows of type R."""

    key: str  # stable name: settings, tests, exports
    header: str  # already translated
    value: Callable[[R], Any]  # the real value: numbers stay numbers
    kind: Kind = Kind.TEXT
    text: Callable[[R], str] | None = None  # what is shown; default from `kind`
    sort: Callable[[R], Any] | None = None  # default: the value (text columns: the text)
    tooltip: Callable[[R], str] | None = None
    warn: Callable[[R], bool] | None = None  # marks a cell that needs attention
    decimals: int = 0
    visible: bool = True  # shown until the user hides it
    header_tip: str = ""

    def display(self, row: R) -> str:
        if self.text is not None:
            return self.text(row)
        value = self.value(row)
        return value if type(value) is str else show(value, self.kind, self.decimals)

    def search_text(self, row: R) -> str:
        """What the search box matches: the text shown; numbers without grouping."""
        if self.kind is Kind.TEXT or self.text is not None:
            return self.display(row)
        value = self.value(row)
        if value is None:
            return ""
        if isinstance(value, int) or self.decimals == 0:
            return str(int(value))
        return f"{value:.{self.decimals}f}"

    def sort_value(self, row: R) -> Any:
        """A number (or None) for numeric kinds; a string ("" = empty) for text."""
        if self.sort is not None:
            return self.sort(row)
        if self.kind is Kind.TEXT:
            return self.display(row)
        return self.value(row)

    def alignment(self) -> Qt.AlignmentFlag:
        horizontal = Align.AlignLeft if self.kind is Kind.TEXT else Align.AlignRight
        return horizontal | Align.AlignVCenter

    def clipboard_text(self, row: R) -> str:
        """For pasting into Excel: numbers with the locale's decimal mark, no grouping."""
        value = self.value(row)
        if self.kind is Kind.TEXT or value is None or isinstance(value, str):
            return self.display(row)
        if self.kind is Kind.YEAR:
            return str(value)
        return plain_number(value, self.decimals)


def show(value: Any, kind: Kind, decimals: int = 0) -> str:
    if value is None:
        return ""
    if kind is Kind.NUMBER and isinstance(value, int | float | Decimal):
        return formatting.amount(value, decimals)
    if kind is Kind.YEAR:
        return formatting.year(value)
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    return str(value)


def plain_number(value: int | float | Decimal, decimals: int = 0) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)
