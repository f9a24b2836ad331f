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
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy import select

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import MatrixCell
from app.services.matrix import participation_cells
from app.spreadsheet.sheets import MATRIX, TOTAL, Translate, translator
from app.spreadsheet.stream import SheetStyles, streamline, styled, text_value
from app.spreadsheet.writer import new_sheet, set_page
from app.store import Store
from db import models as m

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
    book = (
        workbook_or_sheet if isinstance(workbook_or_sheet, Workbook) else workbook_or_sheet.parent
    )
    styles = SheetStyles(book, "kr" if language == "sv" else "SEK")
    if isinstance(workbook_or_sheet, Workbook):
        sheet = new_sheet(book, t(MATRIX), styles)
    else:
        sheet = workbook_or_sheet
        streamline(sheet, styles)
    grid = _grid(participation_cells(store, year))
    departments, organisations = _names(store)
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


def _names(store: Store) -> tuple[dict[int, str], dict[int, str]]:
    """Names by id; a light query, where the services' lists would build full rows."""
    with store.uow() as session:
        departments = dict(session.execute(select(m.Department.id, m.Department.name)).all())
        organisations = dict(session.execute(select(m.Organisation.id, m.Organisation.name)).all())
    return departments, organisations


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
    _layout(sheet, corner, [row_names[r] for r in rows], len(columns))
    turned = styles.make(
        alignment=Alignment(text_rotation=90, vertical="bottom"), font=Font(bold=True)
    )
    header = [styled(corner, styles.header)]
    header += [text_value(styles, column_names[c], turned) for c in columns]
    header.append(styled(t(TOTAL), turned))
    sheet.append(header)
    place = {c: index for index, c in enumerate(columns, start=1)}
    by_row: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (r, c), level in grid.items():
        by_row[r].append((place[c], level))
    marks = {level: t(text) for level, text in MARKS.items()}
    column_totals = [0] * (len(columns) + 1)
    for r in rows:
        values: list[object] = [None] * (len(columns) + 2)
        values[0] = text_value(styles, row_names[r])
        for index, level in by_row[r]:
            values[index] = marks[level]
            if level >= PARTICIPANT:
                column_totals[index] += 1
        taking_part = sum(1 for _, level in by_row[r] if level >= PARTICIPANT)
        values[-1] = styled(taking_part, styles.bold)
        sheet.append(values)
    totals: list[object] = [styled(t(TOTAL), styles.bold), *column_totals[1:]]
    totals.append(styled(sum(column_totals), styles.bold))
    sheet.append(totals)
    sheet.append([])
    sheet.append([t(LEGEND)])


def _layout(sheet: WriteOnlyWorksheet, corner: str, names: list[str], columns: int) -> None:
    """Names down column A, narrow columns across, both kept in view and on every page."""
    width = max(map(len, names), default=20)
    sheet.column_dimensions["A"].width = min(max(width, len(corner)) + 2, 50)
    across = sheet.column_dimensions["B"]
    across.min, across.max, across.width = 2, columns + 2, 4.5  # one entry for all of them
    sheet.freeze_panes = "B2"
    set_page(sheet, title_rows="1:1")
    sheet.print_title_cols = "A:A"
