"""The Matrix sheet: departments against the organisations they take part in.

Kept behind one function, `write_matrix_sheet`, so the matrix view's own
layout (app.services.matrix_layout, when it lands) can replace it in one place.
A cell says how the department takes part (responsible, participant, or only
through a contact person); the totals count organisations where it is
responsible or a participant. With more organisations than Excel has columns
the sheet is turned: organisations down, departments across.
"""

from __future__ import annotations

from collections import defaultdict

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import MatrixCell
from app.services.departments import list_departments
from app.services.matrix import participation_cells
from app.services.organisations import list_organisations
from app.spreadsheet.sheets import MATRIX, TOTAL, Translate, translator
from app.spreadsheet.writer import SheetStyles, set_page, sheet_name, styled, text_value
from app.store import Store

EXCEL_COLUMNS = 16_384
RESPONSIBLE, PARTICIPANT, CONTACT = 3, 2, 1
MARKS = {
    RESPONSIBLE: N_("export", "R"),
    PARTICIPANT: N_("export", "P"),
    CONTACT: N_("export", "C"),
}
LEGEND = N_("export", "R = responsible, P = participant, C = contact person only")


def write_matrix_sheet(
    workbook_or_sheet: Workbook | WriteOnlyWorksheet, store: Store, year: int, language: str
) -> WriteOnlyWorksheet:
    """Writes the matrix of `year` to a new sheet of the workbook (or the given sheet)."""
    t = translator(language)
    sheet = workbook_or_sheet
    if isinstance(sheet, Workbook):
        sheet = sheet.create_sheet(sheet_name(t(MATRIX)))
    styles = SheetStyles(sheet.parent, "kr" if language == "sv" else "SEK")
    grid = _grid(participation_cells(store, year))
    departments = {d.id: d.name for d in list_departments(store)}
    organisations = {o.id: o.name for o in list_organisations(store)}
    rows = sorted({d for d, _ in grid}, key=lambda i: departments[i].casefold())
    columns = sorted({o for _, o in grid}, key=lambda i: organisations[i].casefold())
    corner = t(N_("export", "Department \\ Organisation"))
    if len(columns) + 2 > EXCEL_COLUMNS:
        grid = {(o, d): level for (d, o), level in grid.items()}
        rows, columns = columns, rows
        departments, organisations = organisations, departments
        corner = t(N_("export", "Organisation \\ Department"))
    _write(sheet, styles, grid, (rows, departments), (columns, organisations), corner, t)
    return sheet


def _grid(cells: list[MatrixCell]) -> dict[tuple[int, int], int]:
    """(department, organisation) -> the strongest way the department takes part."""
    grid: dict[tuple[int, int], int] = {}
    for cell in cells:
        level = RESPONSIBLE if cell.responsible else PARTICIPANT if cell.participant else CONTACT
        key = (cell.department_id, cell.organisation_id)
        grid[key] = max(grid.get(key, 0), level)
    return grid


def _write(
    sheet: WriteOnlyWorksheet,
    styles: SheetStyles,
    grid: dict[tuple[int, int], int],
    down: tuple[list[int], dict[int, str]],
    across: tuple[list[int], dict[int, str]],
    corner: str,
    t: Translate,
) -> None:
    rows, row_names = down
    columns, column_names = across
    marks = {level: t(text) for level, text in MARKS.items()}
    width = max((len(row_names[r]) for r in rows), default=20)
    sheet.column_dimensions["A"].width = min(max(width, len(corner)) + 2, 50)
    for index in range(2, len(columns) + 3):
        sheet.column_dimensions[get_column_letter(index)].width = 4.5
    sheet.freeze_panes = "B2"
    set_page(sheet, title_rows="1:1")
    sheet.print_title_cols = "A:A"
    turned = styles.make(
        alignment=Alignment(text_rotation=90, vertical="bottom"), font=Font(bold=True)
    )
    header = [styled(sheet, corner, styles.header)]
    header += [text_value(sheet, styles, column_names[c], turned) for c in columns]
    header.append(styled(sheet, t(TOTAL), turned))
    sheet.append(header)
    column_totals: dict[int, int] = defaultdict(int)
    for r in rows:
        values: list[object] = [text_value(sheet, styles, row_names[r])]
        count = 0
        for c in columns:
            level = grid.get((r, c))
            values.append(marks[level] if level else None)
            if level and level >= PARTICIPANT:
                count += 1
                column_totals[c] += 1
        values.append(styled(sheet, count, styles.bold))
        sheet.append(values)
    totals = [styled(sheet, t(TOTAL), styles.bold)]
    totals += [column_totals[c] for c in columns]
    totals.append(styled(sheet, sum(column_totals.values()), styles.bold))
    sheet.append(totals)
    sheet.append([])
    sheet.append([t(LEGEND)])
