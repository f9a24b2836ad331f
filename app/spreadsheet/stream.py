"""Streaming rows into openpyxl's write-only sheets, styled, faster than openpyxl itself.

openpyxl's write-only sheet builds an XML element tree for every cell and
meets a styled cell only as a Cell object (through a caught exception,
hashing its style again each time). Here a styled value travels as a small
`Styled` marker with the id of a style registered once, and `new_sheet` gives
the sheet a row writer (its `_write_rows`, replaced on the instance) that
writes each row's XML as one string into openpyxl's own stream. Everything
else (the package, styles, column widths, frozen panes, filters, page setup)
is openpyxl's. The row writer also refuses to let any text start a formula:
text beginning with =, +, -, @, tab or CR is written as a string with Excel's
quote prefix, whatever the caller did.

Styles are registered through openpyxl's public API (a `WriteOnlyCell`'s
`style_id`). The row writer cannot be: openpyxl has no public way to put a row's
XML into a sheet. This module is the only one that touches openpyxl's internals,
and only these (`INTERNALS`): a write-only sheet's `_write_rows` and `_writer`
(its `xf` stream and its `out` file and `cleanup()`), and et_xmlfile's raw
`_file` write. pyproject.toml pins openpyxl and et_xmlfile to the versions they
were checked with, and tests/app/spreadsheet/test_openpyxl_internals.py fails
when any of them changes; the export's tests read every sheet back with openpyxl
and python-calamine.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import suppress
from typing import Any, NamedTuple

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.spreadsheet import cells

StreamSheet = WriteOnlyWorksheet  # what `Workbook(write_only=True).create_sheet()` makes
# The openpyxl internals the row writer and `discard_sheet` use (checked by the tests).
INTERNALS = ("WriteOnlyWorksheet._write_rows", "WriteOnlyWorksheet._writer",
             "WorksheetWriter.xf", "WorksheetWriter.out", "WorksheetWriter.cleanup",
             "et_xmlfile xmlfile._file")  # fmt: skip

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
        # A sheet taken out of the book again at once: its cells only register styles.
        self._sheet = book.create_sheet("styles")
        book.remove(self._sheet)
        self.sek_mark = sek_mark
        self._made: dict[int, dict[str, Any]] = {0: {}}  # style id -> its attributes
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
        """The id of the style with these cell attributes (font, fill, number_format ...)."""
        cell = WriteOnlyCell(self._sheet)
        for name, value in attributes.items():
            setattr(cell, name, value)
        style = int(cell.style_id)
        self._made.setdefault(style, attributes)
        return style

    def number(self, code: str) -> int:
        if code not in self.formats:
            self.formats[code] = self.make(number_format=code)
        return self.formats[code]

    def money(self, currency: str, decimals: bool) -> int:
        return self.number(cells.money_format(currency, decimals=decimals, sek_mark=self.sek_mark))

    def quoted(self, style: int) -> int:
        """The same style with Excel's quote prefix: the text is never read as a formula."""
        if style not in self._quoted:
            self._quoted[style] = self.make(**self._made[style], quotePrefix=True)
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


def new_sheet(book: Workbook, title: str, styles: SheetStyles) -> StreamSheet:
    sheet = book.create_sheet(sheet_name(title))
    streamline(sheet, styles)
    return sheet


def streamline(sheet: StreamSheet, styles: SheetStyles) -> None:
    """Gives a write-only sheet the row writer described above."""
    guard = styles.quoted(styles.plain)
    epoch = sheet.parent.epoch

    def write_rows() -> Iterator[None]:
        writer = sheet._writer
        xf = writer.xf.send(True)
        with xf.element("sheetData"):
            out, number = xf._file, 1  # et_xmlfile's raw write, inside <sheetData>
            try:
                while True:
                    values = yield
                    out(_row(values, number, sheet.row_dimensions.get(number), guard, epoch))
                    number += 1
            except GeneratorExit:
                pass
        writer.xf.send(None)

    sheet._write_rows = write_rows


def discard_sheet(sheet: StreamSheet) -> None:
    """Ends a sheet that will not be saved and removes its temporary file."""
    with suppress(Exception):
        sheet.close()
    writer = getattr(sheet, "_writer", None)
    if writer is not None:
        with suppress(Exception):
            writer.cleanup()


_LETTERS: list[str] = []


def _letter(column: int) -> str:
    while len(_LETTERS) < column:
        _LETTERS.append(get_column_letter(len(_LETTERS) + 1))
    return _LETTERS[column - 1]


def _row(values: Sequence[Any], number: int, size: Any, guard: int, epoch: Any) -> str:
    extra = "".join(f' {k}="{v}"' for k, v in size) if size is not None else ""
    parts = [f'<row r="{number}"{extra}>']
    add = parts.append
    for column, value in enumerate(values, 1):
        if value is None:
            continue
        style, text = 0, False
        if value.__class__ is Styled:
            value, style, text = value
        kind = value.__class__
        if kind is str and not text and value[:1] in cells.FORMULA_STARTS:
            style, text = style or guard, True  # never a formula, whoever wrote it
        s = f' s="{style}"' if style else ""
        ref = f"{_letter(column)}{number}"
        if value is None:
            add(f'<c r="{ref}"{s}/>')
        elif kind is str:
            add(f'<c r="{ref}"{s} t="inlineStr"><is>{_text(value)}</is></c>')
        elif kind is bool:
            add(f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>')
        elif isinstance(value, dt.date | dt.time | dt.timedelta):
            add(f'<c r="{ref}"{s}><v>{to_excel(value, epoch)}</v></c>')
        else:
            add(f'<c r="{ref}"{s}><v>{value}</v></c>')
    add("</row>")
    return "".join(parts)


def _text(value: str) -> str:
    if cells.has_illegal(value):
        raise ValueError(f"text XML cannot hold: {value!r}")  # escaped before, always
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if value != value.strip():
        return f'<t xml:space="preserve">{escaped}</t>'
    return f"<t>{escaped}</t>"
