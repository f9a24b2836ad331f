"""Writing well-made table sheets: a header row over rows of plain values.

A sheet is a list of `Column`s (header and kind) and rows of plain values.
The rows are turned column by column into what the sheet takes: a text
column whose texts are all plain is checked once, not cell by cell; numbers,
amounts and dates get their format as `Styled` values, which
`app.spreadsheet.stream` writes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from app.spreadsheet import cells
from app.spreadsheet.stream import (
    SheetStyles,
    StreamSheet,
    new_sheet,
    sheet_name,
    styled,
    text_value,
)

__all__ = ["Column", "Kind", "SheetStyles", "new_sheet", "sheet_name", "write_table"]

MAX_WIDTH, MIN_WIDTH = 60, 6
PAPER_A4 = "9"  # the paperSize code of A4


class Kind(Enum):
    TEXT = "text"
    LIST = "list"  # several names, one per line
    INTEGER = "integer"
    NUMBER = "number"  # any number: grouped, with decimals where it has them
    YEAR = "year"
    SEK = "sek"
    MONEY = "money"  # (amount, currency): the amount in its own currency's format
    DATE = "date"
    RATE = "rate"


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    kind: Kind = Kind.TEXT


Money = tuple[Decimal | float | int, str]


def header_cell(styles: SheetStyles, text: str) -> object:
    return text_value(styles, text, styles.header)


def _has_cents(value: Decimal | float | int) -> bool:
    return value != int(value)


class CellMaker:
    """Turns the values of one column into what the write-only sheet takes."""

    def __init__(self, styles: SheetStyles, kind: Kind) -> None:
        self.styles, self.kind = styles, kind
        self.convert: Callable[[Any], object] = {
            Kind.TEXT: self._text,
            Kind.LIST: self._list,
            Kind.INTEGER: self._integer,
            Kind.NUMBER: self._number_kind,
            Kind.YEAR: self._year,
            Kind.SEK: self._sek,
            Kind.MONEY: self._money,
            Kind.DATE: self._date,
            Kind.RATE: self._rate,
        }[kind]

    def _text(self, value: Any) -> object:
        if not value:
            return None if value is None or value == "" else value
        if value.__class__ is str and cells.is_plain(value):
            return value  # the usual case, kept short: it runs for most cells
        return text_value(self.styles, str(value))

    def _list(self, value: Any) -> object:
        if not value:
            return None
        if isinstance(value, tuple | list) and len(value) == 1:
            return self._text(value[0])  # one line: no need to wrap
        text = "\n".join(value) if isinstance(value, tuple | list) else str(value)
        return text_value(self.styles, text, self.styles.wrapped)

    def _number(self, value: Any, style: int) -> object:
        return None if value is None else styled(value, style)

    def _integer(self, value: Any) -> object:
        return value  # counts and ratings: 'General' shows them as they are

    def _number_kind(self, value: Any) -> object:
        if value is None or isinstance(value, str):
            return self._text(value)
        code = "#,##0.00" if _has_cents(value) else cells.INTEGER
        return styled(value, self.styles.number(code))

    def _year(self, value: Any) -> object:
        return value  # 'General' shows 2007, where a grouped format would show 2 007

    def _sek(self, value: Any) -> object:
        if value is None:
            return None
        return self._number(value, self.styles.money("SEK", _has_cents(value)))

    def _money(self, value: Money | None) -> object:
        if value is None or value[0] is None:
            return None
        amount, currency = value
        return self._number(amount, self.styles.money(currency, _has_cents(amount)))

    def _date(self, value: Any) -> object:
        return self._number(value, self.styles.number(cells.DATE))

    def _rate(self, value: Any) -> object:
        return self._number(value, self.styles.number(cells.RATE))


def _text_width(values: Iterable[Any]) -> int:
    texts = [str(v) for v in values if v is not None and v != ""]
    widest = max(map(len, texts), default=0)
    if any("\n" in t for t in texts):  # several lines: the longest line counts
        widest = max((len(line) for t in texts for line in t.split("\n")), default=0)
    return widest


def column_width(values: Sequence[Any], kind: Kind) -> int:
    """About how many characters wide the column's widest value shows in Excel."""
    if kind is Kind.LIST:
        return max((len(v) for value in values if value for v in value), default=0)
    if kind is Kind.MONEY:
        found = [v for v in values if v is not None and v[0] is not None]
        largest = max((abs(v[0]) for v in found), default=0)
        return len(f"{largest:,.0f}") + max((len(v[1]) for v in found), default=0) + 4
    if kind in (Kind.SEK, Kind.INTEGER, Kind.NUMBER, Kind.YEAR, Kind.RATE):
        numbers = [abs(v) for v in values if v is not None and not isinstance(v, str)]
        largest = max(numbers, default=0)
        return len(f"{largest:,.0f}") + (5 if kind is Kind.SEK else 3 if kind is Kind.RATE else 1)
    if kind is Kind.DATE:
        return 10
    return _text_width(values)


def fitted_widths(columns: Sequence[Column], values: Sequence[Sequence[object]]) -> list[float]:
    """Widths from the widest value of each column (`values` column by column; headers
    may wrap at their spaces)."""
    widths = [
        max(min(len(w), 24) for w in c.header.split()) if c.header.strip() else 0 for c in columns
    ]
    for index, column_values in enumerate(values):
        widths[index] = max(widths[index], column_width(column_values, columns[index].kind))
    return [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in widths]


def set_page(sheet: StreamSheet, *, title_rows: str | None = "1:1") -> None:
    """Landscape A4, as wide as the page, the header repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        sheet.print_title_rows = title_rows


def write_table(
    sheet: StreamSheet,
    styles: SheetStyles,
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    *,
    totals: Sequence[object] | None = None,
    on_row: Callable[[int], None] | None = None,
) -> None:
    """A header row (bold, frozen, filtered) over the rows, columns fitted to content.

    `totals`, when given, is a row written below the filtered range (so sorting
    never moves it), its first cell in bold.
    """
    by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
    for index, width in enumerate(fitted_widths(columns, by_column), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    set_page(sheet)
    sheet.append([header_cell(styles, c.header) for c in columns])
    converted = [
        convert_column(styles, column.kind, values)
        for column, values in zip(columns, by_column, strict=True)
    ]
    del by_column  # the converted columns replace it
    for count, row in enumerate(zip(*converted, strict=True), start=1):
        sheet.append(row)
        if on_row is not None and count % 2000 == 0:
            on_row(count)
    if totals is not None:
        values = [
            CellMaker(styles, c.kind).convert(v) for c, v in zip(columns, totals, strict=True)
        ]
        values[0] = text_value(styles, str(totals[0]), styles.bold)
        sheet.append(values)


def convert_column(styles: SheetStyles, kind: Kind, values: Sequence[object]) -> list[object]:
    """A column's values as the sheet takes them. A text column whose texts are all
    plain (the usual case) is checked with one search, not one per cell."""
    if kind in (Kind.TEXT, Kind.YEAR, Kind.INTEGER) and _all_plain(values):
        return [None if v is None or v == "" else v for v in values]
    convert = CellMaker(styles, kind).convert
    return [convert(v) for v in values]


def _all_plain(values: Sequence[object]) -> bool:
    texts = [v for v in values if v.__class__ is str]
    return cells.is_plain_column(texts)
