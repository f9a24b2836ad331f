"""Writing well-made sheets fast: openpyxl's write-only mode with styles prepared once.

A sheet is a list of `Column`s (header and kind) and rows of plain values.
Each kind turns a value into what openpyxl writes: a plain value where no
style is needed, else one cell object per column reused row after row (the
write-only worksheet writes each row out as soon as it is appended), so a
styled cell costs hardly more than a plain one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.properties import PageSetupProperties

from app.spreadsheet import cells

MAX_WIDTH, MIN_WIDTH = 60, 6
PAPER_A4 = "9"  # the paperSize code of A4
HEADER_FILL = PatternFill("solid", start_color="DDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8FA6"))


SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def sheet_name(title: str) -> str:
    """A name Excel accepts: at most 31 characters, none of []:*?/\\."""
    name = " ".join(title.translate(SHEET_NAME_FORBIDDEN).split()).strip("'")
    return name[:31] or "Sheet1"


class Kind(Enum):
    TEXT = "text"
    LIST = "list"  # several names, one per line
    INTEGER = "integer"
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


class SheetStyles:
    """The styles of one workbook, registered once and shared by its cells."""

    def __init__(self, book: Workbook, sek_mark: str) -> None:
        self._book = book
        self._sheet = WriteOnlyWorksheet(book, "styles")  # detached: only registers styles
        self.sek_mark = sek_mark
        header = {
            "font": Font(bold=True),
            "fill": HEADER_FILL,
            "border": HEADER_BORDER,
            "alignment": Alignment(wrap_text=True, vertical="top"),
        }
        self.header = self.make(**header)
        self.bold = self.make(font=Font(bold=True))
        self.title = self.make(font=Font(bold=True, size=14))
        self.wrapped = self.make(alignment=Alignment(wrap_text=True, vertical="top"))
        self.quoted = self.make(quotePrefix=True)
        self.formats: dict[str, Any] = {}

    def make(self, **attributes: Any) -> Any:
        cell = WriteOnlyCell(self._sheet)
        for name, value in attributes.items():
            setattr(cell, name, value)
        return cell._style

    def number(self, code: str) -> Any:
        if code not in self.formats:
            self.formats[code] = self.make(number_format=code)
        return self.formats[code]

    def money(self, currency: str, decimals: bool) -> Any:
        return self.number(cells.money_format(currency, decimals=decimals, sek_mark=self.sek_mark))


def styled(sheet: WriteOnlyWorksheet, value: object, style: Any) -> Cell:
    cell = WriteOnlyCell(sheet, value)
    cell._style = style
    return cell


def text_value(
    sheet: WriteOnlyWorksheet, styles: SheetStyles, text: str, style: Any = None
) -> object:
    """Text as a cell value (styled when `style` is given) never taken for a formula."""
    safe = cells.escape(text) if cells.needs_escape(text) else text
    if cells.looks_like_formula(text):
        quoted = styles.quoted
        if style is not None:
            quoted = StyleArray(style)
            quoted.quotePrefix = 1
        cell = styled(sheet, None, quoted)
        cell._value, cell.data_type = safe, "s"  # set directly: '=...' would become a formula
        return cell
    return safe if style is None else styled(sheet, safe, style)


def header_cell(sheet: WriteOnlyWorksheet, styles: SheetStyles, text: str) -> object:
    return text_value(sheet, styles, text, styles.header)


def _has_cents(value: Decimal | float | int) -> bool:
    return value != int(value)


class CellMaker:
    """Turns the values of one column into what the write-only sheet takes."""

    def __init__(self, sheet: WriteOnlyWorksheet, styles: SheetStyles, kind: Kind) -> None:
        self.sheet, self.styles, self.kind = sheet, styles, kind
        self.convert: Callable[[Any], object] = getattr(self, f"_{kind.value}")

    def _text(self, value: Any) -> object:
        if value is None or value == "":
            return None
        return text_value(self.sheet, self.styles, str(value))

    def _list(self, value: Any) -> object:
        if not value:
            return None
        text = "\n".join(value) if isinstance(value, tuple | list) else str(value)
        return text_value(self.sheet, self.styles, text, self.styles.wrapped)

    def _number(self, value: Any, style: Any) -> object:
        return None if value is None else styled(self.sheet, value, style)

    def _integer(self, value: Any) -> object:
        return self._number(value, self.styles.number(cells.INTEGER))

    def _year(self, value: Any) -> object:
        return value  # a year needs no format: 'General' shows 2007

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


def shown_width(value: object, kind: Kind) -> int:
    """About how many characters wide a value shows in Excel."""
    if value is None:
        return 0
    if kind is Kind.LIST and isinstance(value, tuple | list):
        return max((len(v) for v in value), default=0)
    if kind is Kind.MONEY:
        return len(f"{value[0]:,.0f}") + len(str(value[1])) + 4  # type: ignore[index]
    if kind in (Kind.SEK, Kind.INTEGER):
        return len(f"{value:,.0f}") + (5 if kind is Kind.SEK else 1)
    if isinstance(value, dt.date):
        return 10
    text = str(value)
    return max(len(line) for line in text.split("\n")) if "\n" in text else len(text)


def fitted_widths(columns: Sequence[Column], rows: Sequence[Sequence[object]]) -> list[float]:
    widths = [max(min(len(w), 24) for w in c.header.split()) if c.header else 0 for c in columns]
    for row in rows:
        for index, column in enumerate(columns):
            width = shown_width(row[index], column.kind)
            if width > widths[index]:
                widths[index] = width
    return [min(max(w + 2, MIN_WIDTH), MAX_WIDTH) for w in widths]


def set_page(sheet: WriteOnlyWorksheet, *, title_rows: str | None = "1:1") -> None:
    """Landscape A4, as wide as the page, the header repeated on every page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        sheet.print_title_rows = title_rows


def write_table(
    sheet: WriteOnlyWorksheet,
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
    for index, width in enumerate(fitted_widths(columns, rows), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = get_column_letter(max(len(columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    set_page(sheet)
    sheet.append(
        [styled(sheet, text_value(sheet, styles, c.header), styles.header) for c in columns]
    )
    append_rows(sheet, styles, columns, rows, on_row=on_row)
    if totals is not None:
        makers = [CellMaker(sheet, styles, c.kind).convert for c in columns]
        values = [make(value) for make, value in zip(makers, totals, strict=True)]
        values[0] = text_value(sheet, styles, str(totals[0]), styles.bold)
        sheet.append(values)


def append_rows(
    sheet: WriteOnlyWorksheet,
    styles: SheetStyles,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    *,
    on_row: Callable[[int], None] | None = None,
) -> None:
    makers = [CellMaker(sheet, styles, c.kind).convert for c in columns]
    for count, row in enumerate(rows, start=1):
        sheet.append([make(value) for make, value in zip(makers, row, strict=True)])
        if on_row is not None and count % 2000 == 0:
            on_row(count)
