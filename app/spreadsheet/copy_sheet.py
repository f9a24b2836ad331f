"""Carrying a sheet written by another part of the program into the streamed export.

Sheet writers made for normal openpyxl workbooks (the review's outcome and
decisions) write into a scratch workbook; `copy_sheets` streams each of their
sheets into the write-only export with the same values, styles, column widths,
row heights, frozen panes, filter and page setup. Each distinct style is
registered once in the export's workbook.
"""

from __future__ import annotations

from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.spreadsheet import cells
from app.spreadsheet.stream import SheetStyles, StreamSheet, Styled, new_sheet
from app.spreadsheet.writer import set_page


def copy_sheets(source: Workbook, book: Workbook, styles: SheetStyles) -> list[str]:
    return [copy_sheet(sheet, book, styles).title for sheet in source.worksheets]


def copy_sheet(source: Worksheet, book: Workbook, styles: SheetStyles) -> StreamSheet:
    target = new_sheet(book, source.title, styles)
    _layout(source, target)
    known: dict[int, int] = {}
    for row in source.iter_rows():
        target.append([_value(cell, styles, known) for cell in row])
    return target


def _value(cell: Any, styles: SheetStyles, known: dict[int, int]) -> object:
    value = cell.value
    if value is None and not cell.has_style:
        return None
    key = cell.style_id if cell.has_style else 0  # the style's id in the source workbook
    if key not in known:
        known[key] = styles.make(
            font=copy(cell.font), fill=copy(cell.fill), border=copy(cell.border),
            alignment=copy(cell.alignment), protection=copy(cell.protection),
            number_format=cell.number_format,
        ) if key else styles.plain  # fmt: skip
    if isinstance(value, str):
        text = cells.escape(value) if cells.needs_escape(value) else value
        return Styled(text, known[key], text=True)  # strings stay strings: never formulas
    return Styled(value, known[key]) if value is not None else Styled(None, known[key])


def _layout(source: Worksheet, target: StreamSheet) -> None:
    for key, dimension in source.column_dimensions.items():
        if dimension.width:
            target.column_dimensions[key].width = dimension.width
    for index, dimension in source.row_dimensions.items():
        if dimension.height:
            target.row_dimensions[index].height = dimension.height
    target.freeze_panes = source.freeze_panes
    if source.auto_filter.ref:
        target.auto_filter.ref = source.auto_filter.ref
    set_page(target, title_rows=None)
    if source.print_title_rows:
        target.print_title_rows = source.print_title_rows
