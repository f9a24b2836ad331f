"""Streaming cells into openpyxl's write-only sheets, with styles, at the cost of plain ones.

openpyxl's write-only sheet takes plain values cheaply but a styled cell only
as a Cell object, which it meets through a caught exception and whose style
it hashes again for every cell. Here a styled value travels as a small
`Styled` marker carrying the id of a style registered once; `new_sheet`
gives the sheet a row converter (its `_values_to_row`, replaced on the
instance) that writes markers through one reused cell. That converter also
refuses to let any text start a formula: text beginning with =, +, -, @, tab
or CR is written as a string with Excel's quote prefix, whatever the caller did.

Relies on openpyxl 3.1's write-only internals (`_values_to_row`, the
workbook's `_cell_styles` list); the export's tests read the results back.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.spreadsheet import cells

HEADER_FILL = PatternFill("solid", start_color="DDE4EE")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F8FA6"))
SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


class Styled(NamedTuple):
    """A value to write with a registered style; `text` writes it as a string as it is."""

    value: Any
    style: int
    text: bool = False


class SheetStyles:
    """The styles of one workbook, each registered once; cells refer to them by id."""

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
        self.plain = 0
        self.header = self.make(**header)
        self.bold = self.make(font=Font(bold=True))
        self.title = self.make(font=Font(bold=True, size=14))
        self.wrapped = self.make(alignment=Alignment(wrap_text=True, vertical="top"))
        self.formats: dict[str, int] = {}
        self._quoted: dict[int, int] = {}

    def make(self, **attributes: Any) -> int:
        cell = WriteOnlyCell(self._sheet)
        for name, value in attributes.items():
            setattr(cell, name, value)
        return self._register(cell._style or StyleArray())

    def _register(self, style: StyleArray) -> int:
        return self._book._cell_styles.add(style)  # type: ignore[no-any-return]

    def number(self, code: str) -> int:
        if code not in self.formats:
            self.formats[code] = self.make(number_format=code)
        return self.formats[code]

    def money(self, currency: str, decimals: bool) -> int:
        return self.number(cells.money_format(currency, decimals=decimals, sek_mark=self.sek_mark))

    def quoted(self, style: int) -> int:
        """The same style with Excel's quote prefix: the text is never read as a formula."""
        if style not in self._quoted:
            array = StyleArray(self._book._cell_styles[style])
            array.quotePrefix = 1
            self._quoted[style] = self._register(array)
        return self._quoted[style]


def styled(value: Any, style: int) -> Styled:
    return Styled(value, style)


def text_value(styles: SheetStyles, text: str, style: int | None = None) -> object:
    """Text as a cell value (with `style` when given) that is never taken for a formula."""
    if cells.is_plain(text):
        return text if style is None else Styled(text, style)
    safe = cells.escape(text) if cells.needs_escape(text) else text
    if cells.looks_like_formula(text):
        return Styled(safe, styles.quoted(style or styles.plain), text=True)
    return safe if style is None else Styled(safe, style)


def sheet_name(title: str) -> str:
    """A name Excel accepts: at most 31 characters, none of []:*?/\\."""
    name = " ".join(title.translate(SHEET_NAME_FORBIDDEN).split()).strip("'")
    return name[:31] or "Sheet1"


class _StyledCell(Cell):
    """A cell whose style id is given, not looked up."""

    __slots__ = ("style_id",)
    has_style = True


def new_sheet(book: Workbook, title: str, styles: SheetStyles) -> WriteOnlyWorksheet:
    sheet = book.create_sheet(sheet_name(title))
    streamline(sheet, styles)
    return sheet


def streamline(sheet: WriteOnlyWorksheet, styles: SheetStyles) -> None:
    """Gives a write-only sheet the row converter described above."""
    plain = WriteOnlyCell(sheet)
    marked = _StyledCell(sheet, row=1, column=1)
    formula_guard = styles.quoted(styles.plain)

    def values_to_row(values: Sequence[Any], row_index: int) -> Iterator[Cell]:
        for column, value in enumerate(values, 1):
            if value is None:
                continue
            kind = value.__class__
            if kind is Styled:
                cell = marked
                if value.text:
                    cell._value, cell.data_type = value.value, "s"
                else:
                    cell.value = value.value
                cell.style_id = value.style
            elif kind is str and value[:1] in cells.FORMULA_STARTS:
                cell = marked
                cell._value, cell.data_type, cell.style_id = value, "s", formula_guard
            else:
                cell = plain
                cell.value = value
            cell.column, cell.row = column, row_index
            yield cell

    sheet._values_to_row = values_to_row
