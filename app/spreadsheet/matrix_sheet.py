"""The matrix as an Excel sheet: the one writer of the Matrix sheet.

`write_matrix_table` writes a laid-out `MatrixTable` (title, filters, headers,
symbols with their fills, totals, legend, abbreviations) row by row into a
write-only sheet, bordering only the cells that hold something: with 50,000
memberships (200 departments x 10,000 organisations) a cell-by-cell workbook
would take minutes and a gigabyte. The one-click export writes the year's
whole matrix with it (`whole_matrix`); the matrix view's "Export" writes the
matrix as shown (`export_matrix`). Numbers are real numbers; names are always
text, even one starting with "=".
"""

from __future__ import annotations

import os
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.matrix.filters import MatrixFilters, describe_filters
from app.matrix.layout import lay_out
from app.matrix.roles import FILLS, INKS, SHOWN, SYMBOLS, TOTAL_FILL, Role
from app.matrix.source import matrix_source
from app.matrix.table import MatrixTable
from app.spreadsheet.book import write_workbook
from app.spreadsheet.stream import SheetStyles, StreamSheet, Styled, new_sheet, text_value
from app.spreadsheet.writer import set_page
from app.store import Store, default_actor

SHEET_TITLE = N_("app", "Matrix")
HEADER_ROW = 4  # title, filters and a blank row above
FIRST_COLUMN = 2  # row headers in column A
MONEY_FORMAT = "#,##0"
THIN = Side(style="thin", color="B7C0CC")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)
EXCEL_COLUMNS = 16_384


class _Styles:
    """The matrix's styles, registered in the workbook."""

    def __init__(self, styles: SheetStyles) -> None:
        make = styles.make
        fill = PatternFill("solid", fgColor=TOTAL_FILL)
        upright = Alignment(text_rotation=90, horizontal="center", vertical="bottom")
        self.title = make(font=Font(bold=True, size=14))
        self.filters = make(font=Font(italic=True))
        self.corner = make(font=BOLD, alignment=Alignment(vertical="bottom", wrap_text=True))
        self.column = make(alignment=upright, border=GRID)
        self.total_head = make(alignment=upright, font=BOLD, fill=fill, border=GRID)
        self.row_head = make(border=GRID)
        self.bold = make(font=BOLD)
        self.total_label = make(font=BOLD, fill=fill, border=GRID)
        centre = Alignment(horizontal="center", vertical="center")
        self.roles = {role: self._role(styles, role, centre, GRID) for role in FILLS}
        self.legend = {
            role: self._role(styles, role, Alignment(horizontal="center"), None) for role in FILLS
        }
        self.numbers = {
            (money, place): make(
                number_format=MONEY_FORMAT if money else "0", border=GRID, fill=fill,
                alignment=Alignment(horizontal="center", text_rotation=90 if money else 0)
                if place == "column" else Alignment(),
            )
            for money in (False, True) for place in ("row", "column")
        }  # fmt: skip

    @staticmethod
    def _role(styles: SheetStyles, role: Role, alignment: Alignment, border: Border | None) -> int:
        look = {
            "fill": PatternFill("solid", fgColor=FILLS[role]),
            "font": Font(color=INKS[role], bold=role is Role.RESPONSIBLE),
            "alignment": alignment,
        }
        return styles.make(**look, **({"border": border} if border else {}))


def export_matrix(path: str | os.PathLike[str], table: MatrixTable, language: str) -> Path:
    """Writes a workbook with just the matrix as shown; the file appears whole or not at all."""
    title = translate("app", SHEET_TITLE, language)

    def fill(book: Workbook, styles: SheetStyles) -> None:
        write_matrix_table(book, styles, table, language)

    return write_workbook(path, title, default_actor(), language, fill)


def whole_matrix(store: Store, year: int) -> MatrixTable:
    """The year's matrix as the window shows it unfiltered, for the workbook: departments
    down, unless the organisations are more than Excel has columns."""
    source = matrix_source(store, year)
    table = lay_out(source, MatrixFilters(), False)
    if len(table.columns) + len(table.row_totals) + 1 > EXCEL_COLUMNS:
        table = lay_out(source, MatrixFilters(), True)
    return table


def _number(value: int | Decimal, style: int) -> Styled:
    return Styled(float(value) if isinstance(value, Decimal) else value, style)


def write_matrix_table(
    book: Workbook, styles: SheetStyles, table: MatrixTable, language: str
) -> StreamSheet:
    sheet = new_sheet(book, translate("app", SHEET_TITLE, language), styles)
    _layout(sheet, table)
    _MatrixWriter(sheet, styles, table, language).write()
    return sheet


class _MatrixWriter:
    """Writes the matrix's rows into its sheet, top to bottom, in its styles and language."""

    def __init__(
        self, sheet: StreamSheet, styles: SheetStyles, table: MatrixTable, language: str
    ) -> None:
        self.sheet, self.styles, self.table, self.language = sheet, styles, table, language
        self.look = _Styles(styles)

    def in_language(self, text: str) -> str:
        return translate("app", text, self.language)

    def text(self, value: str, style: int | None = None) -> object:
        return text_value(self.styles, value, style)

    def write(self) -> None:
        self.title()
        self.header()
        self.body()
        self.column_totals()
        self.sheet.append([])
        self.legend()

    def title(self) -> None:
        table, tr = self.table, self.in_language
        if table.swapped:
            title = tr(
                N_("app", "Organisations and networks and the departments taking part, {year}")
            )
        else:
            title = tr(
                N_(
                    "app",
                    "Departments and companies and the organisations they take part in, {year}",
                )
            )
        self.sheet.append([self.text(title.format(year=table.year), self.look.title)])
        words = describe_filters(table.filters, tr, self.language)
        shown = "; ".join(words) if words else tr(N_("app", "all organisations and networks"))
        shown = tr(N_("app", "Shown: {filters}")).format(filters=shown)
        self.sheet.append([self.text(shown, self.look.filters)])
        self.sheet.append([])

    def header(self) -> None:
        table, look = self.table, self.look
        row: list[object] = [self.text(self.in_language(table.corner), look.corner)]
        row += [self.text(h.label, look.column) for h in table.columns]
        row += [self.text(self.in_language(t.label), look.total_head) for t in table.row_totals]
        self.sheet.append(row)

    def body(self) -> None:
        table, look = self.table, self.look
        by_row: dict[int, list[tuple[int, Role]]] = defaultdict(list)
        for (r, c), entry in table.filled().items():
            by_row[r].append((c, entry.role))
        width = FIRST_COLUMN - 1 + len(table.columns)
        for r, header in enumerate(table.rows):
            values: list[object] = [None] * width
            values[0] = self.text(header.label, look.row_head)
            for c, role in by_row[r]:
                values[FIRST_COLUMN - 1 + c] = Styled(SYMBOLS[role], look.roles[role])
            totals = zip(table.row_totals, table.row_total_values[r], strict=True)
            values += [_number(v, look.numbers[(t.money, "row")]) for t, v in totals]
            self.sheet.append(values)

    def column_totals(self) -> None:
        for t, total in enumerate(self.table.column_totals):
            style = self.look.numbers[(total.money, "column")]
            row: list[object] = [self.text(self.in_language(total.label), self.look.total_label)]
            row += [_number(v, style) for v in self.table.column_total_values[t]]
            self.sheet.append(row)

    def legend(self) -> None:
        sheet, tr, look, table = self.sheet, self.in_language, self.look, self.table
        sheet.append([self.text(tr(N_("app", "Legend")), look.bold)])
        for role in SHOWN:
            sheet.append(
                [self.text(role.label(self.language)), Styled(SYMBOLS[role], look.legend[role])]
            )
        notes = [
            tr(
                N_(
                    "app",
                    "Totals count the departments responsible for or taking part in a membership.",
                )
            ),
            tr(
                N_(
                    "app",
                    "Fees are the year's fees in SEK, counted for the responsible department.",
                )
            ),
        ]
        if table.missing_rates:
            missing = tr(N_("app", "No exchange rate for {currencies}: those fees are left out."))
            notes.append(missing.format(currencies=", ".join(table.missing_rates)))
        for note in notes:
            sheet.append([self.text(note)])
        shortened = [h for h in table.columns if h.label != h.name]
        if shortened:
            sheet.append([])
            sheet.append([self.text(tr(N_("app", "Abbreviations")), look.bold)])
            for header in shortened:
                sheet.append([self.text(f"{header.label}: {header.name}")])


def _layout(sheet: StreamSheet, table: MatrixTable) -> None:
    """Column widths, header height, frozen panes and page (set before any row is written)."""
    longest = max((len(h.label) for h in table.rows), default=20)
    sheet.column_dimensions["A"].width = min(max(longest, 24) + 2, 48)
    if table.columns:
        across = sheet.column_dimensions[get_column_letter(FIRST_COLUMN)]
        across.min, across.max = FIRST_COLUMN, FIRST_COLUMN + len(table.columns) - 1
        across.width = 3.6
    first_total = FIRST_COLUMN + len(table.columns)
    for index in range(len(table.row_totals)):
        sheet.column_dimensions[get_column_letter(first_total + index)].width = 11
    tallest = max((len(h.label) for h in table.columns), default=10)
    sheet.row_dimensions[HEADER_ROW].height = min(max(tallest, 12) * 6.5 + 8, 220)
    sheet.freeze_panes = f"{get_column_letter(FIRST_COLUMN)}{HEADER_ROW + 1}"
    set_page(sheet, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    sheet.print_title_cols = "A:A"
