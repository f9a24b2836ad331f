"""The matrix as an Excel sheet, laid out exactly as the window shows it.

`write_matrix_sheet` adds the sheet to a workbook (the one-click export calls
it for its Matrix sheet); `export_matrix` writes a workbook holding just the
matrix. Same headers, symbols, fills and totals as on screen, then a legend.
Numbers are real numbers; names are always text, even one starting with "=".
"""

from __future__ import annotations

import os
import tempfile
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.services.matrix_labels import FILLS, INKS, SYMBOLS, TOTAL_FILL, Role, role_label
from app.services.matrix_layout import MatrixTable, Translate, describe_filters

SHEET_TITLE = N_("app", "Matrix")
HEADER_ROW = 4  # title, filters and a blank row above
FIRST_COLUMN = 2  # row headers in column A
MONEY_FORMAT = "#,##0"
THIN = Side(style="thin", color="B7C0CC")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def export_matrix(path: str | os.PathLike[str], table: MatrixTable, language: str) -> Path:
    """Writes a workbook with just the matrix; the file appears whole or not at all."""
    target = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    write_matrix_sheet(workbook, table, language)
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def write_matrix_sheet(workbook: Workbook, table: MatrixTable, language: str) -> Worksheet:
    sheet = workbook.create_sheet(translate("app", SHEET_TITLE, language))

    def tr(text: str) -> str:
        return translate("app", text, language)

    _title(sheet, table, tr, language)
    _headers(sheet, table, tr)
    last_row = _body(sheet, table)
    last_row = _column_totals(sheet, table, tr, last_row + 1)
    _legend(sheet, table, tr, language, last_row + 2)
    _layout(sheet, table)
    return sheet


def _text(sheet: Worksheet, row: int, column: int, value: str) -> Cell:
    """A cell holding `value` as text, never as a formula."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.data_type = "s"
    return cell


def _title(sheet: Worksheet, table: MatrixTable, tr: Translate, language: str) -> None:
    if table.swapped:
        title = tr(N_("app", "Organisations and networks and the departments taking part, {year}"))
    else:
        title = tr(
            N_("app", "Departments and companies and the organisations they take part in, {year}")
        )
    _text(sheet, 1, 1, title.format(year=table.year)).font = Font(bold=True, size=14)
    words = describe_filters(table.filters, tr, language)
    shown = "; ".join(words) if words else tr(N_("app", "all organisations and networks"))
    _text(sheet, 2, 1, tr(N_("app", "Shown: {filters}")).format(filters=shown)).font = Font(
        italic=True
    )


def _headers(sheet: Worksheet, table: MatrixTable, tr: Translate) -> None:
    corner = _text(sheet, HEADER_ROW, 1, tr(table.corner))
    corner.font, corner.alignment = BOLD, Alignment(vertical="bottom", wrap_text=True)
    upright = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
    for index, header in enumerate(table.columns):
        cell = _text(sheet, HEADER_ROW, FIRST_COLUMN + index, header.label)
        cell.alignment, cell.border = upright, GRID
    first_total = FIRST_COLUMN + len(table.columns)
    fill = PatternFill("solid", fgColor=TOTAL_FILL)
    for index, total in enumerate(table.row_totals):
        cell = _text(sheet, HEADER_ROW, first_total + index, tr(total.label))
        cell.alignment, cell.font, cell.fill, cell.border = upright, BOLD, fill, GRID


def _body(sheet: Worksheet, table: MatrixTable) -> int:
    """The rows: header, symbols, totals. Returns the last row written."""
    styles = {
        role: (
            PatternFill("solid", fgColor=FILLS[role]),
            Font(color=INKS[role], bold=role is Role.RESPONSIBLE),
        )
        for role in FILLS
    }
    centre = Alignment(horizontal="center", vertical="center")
    first_total = FIRST_COLUMN + len(table.columns)
    total_fill = PatternFill("solid", fgColor=TOTAL_FILL)
    row = HEADER_ROW
    filled = table.filled()
    for r, header in enumerate(table.rows):
        row = HEADER_ROW + 1 + r
        _text(sheet, row, 1, header.label).border = GRID
        for c in range(len(table.columns)):
            cell = sheet.cell(row=row, column=FIRST_COLUMN + c)
            cell.border = GRID
            entry = filled.get((r, c))
            if entry is not None:
                cell.value = SYMBOLS[entry.role]
                cell.fill, cell.font = styles[entry.role]
                cell.alignment = centre
        for t, total in enumerate(table.row_totals):
            _number(
                sheet.cell(row=row, column=first_total + t),
                table.row_total_values[r][t],
                total.money,
            )
            sheet.cell(row=row, column=first_total + t).fill = total_fill
    return row


def _number(cell: Cell, value: int | Decimal, money: bool) -> None:
    cell.value = float(value) if isinstance(value, Decimal) else value
    cell.number_format = MONEY_FORMAT if money else "0"
    cell.border = GRID


def _column_totals(sheet: Worksheet, table: MatrixTable, tr: Translate, row: int) -> int:
    fill = PatternFill("solid", fgColor=TOTAL_FILL)
    for t, total in enumerate(table.column_totals):
        label = _text(sheet, row + t, 1, tr(total.label))
        label.font, label.fill, label.border = BOLD, fill, GRID
        for c, value in enumerate(table.column_total_values[t]):
            cell = sheet.cell(row=row + t, column=FIRST_COLUMN + c)
            _number(cell, value, total.money)
            cell.fill = fill
            cell.alignment = Alignment(horizontal="center", text_rotation=90 if total.money else 0)
    return row + len(table.column_totals) - 1


def _legend(sheet: Worksheet, table: MatrixTable, tr: Translate, language: str, row: int) -> None:
    _text(sheet, row, 1, tr(N_("app", "Legend"))).font = BOLD
    for offset, role in enumerate((Role.RESPONSIBLE, Role.PARTICIPANT, Role.CONTACT), 1):
        symbol = sheet.cell(row=row + offset, column=FIRST_COLUMN, value=SYMBOLS[role])
        symbol.fill = PatternFill("solid", fgColor=FILLS[role])
        symbol.font = Font(color=INKS[role], bold=role is Role.RESPONSIBLE)
        symbol.alignment = Alignment(horizontal="center")
        _text(sheet, row + offset, 1, role_label(role, language))
    notes = [
        tr(
            N_(
                "app",
                "Totals count the departments responsible for or taking part in a membership.",
            )
        ),
        tr(N_("app", "Fees are the year's fees in SEK, counted for the responsible department.")),
    ]
    if table.missing_rates:
        notes.append(
            tr(N_("app", "No exchange rate for {currencies}: those fees are left out.")).format(
                currencies=", ".join(table.missing_rates)
            )
        )
    for offset, note in enumerate(notes, 4):
        _text(sheet, row + offset, 1, note)
    _column_names(sheet, table, tr, row + 4 + len(notes) + 1)


def _column_names(sheet: Worksheet, table: MatrixTable, tr: Translate, row: int) -> None:
    """The full names behind acronyms in the header, as the window's tooltips give them."""
    shortened = [h for h in table.columns if h.label != h.name]
    if not shortened:
        return
    _text(sheet, row, 1, tr(N_("app", "Abbreviations"))).font = BOLD
    for offset, header in enumerate(shortened, 1):
        _text(sheet, row + offset, 1, f"{header.label}: {header.name}")


def _layout(sheet: Worksheet, table: MatrixTable) -> None:
    longest = max((len(h.label) for h in table.rows), default=20)
    sheet.column_dimensions["A"].width = min(max(longest, 24) + 2, 48)
    for index in range(len(table.columns)):
        sheet.column_dimensions[get_column_letter(FIRST_COLUMN + index)].width = 3.6
    first_total = FIRST_COLUMN + len(table.columns)
    for index in range(len(table.row_totals)):
        sheet.column_dimensions[get_column_letter(first_total + index)].width = 11
    tallest = max((len(h.label) for h in table.columns), default=10)
    sheet.row_dimensions[HEADER_ROW].height = min(max(tallest, 12) * 6.5 + 8, 220)
    sheet.freeze_panes = sheet.cell(row=HEADER_ROW + 1, column=FIRST_COLUMN)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_title_cols = "A:A"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
