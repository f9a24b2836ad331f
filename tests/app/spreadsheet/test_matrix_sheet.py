"""The matrix sheet (one writer for the view's export and the workbook), read back with
an independent reader (python-calamine) and with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.writer.excel import ExcelWriter
from python_calamine import CalamineWorkbook

from app.matrix.filters import MatrixFilters
from app.matrix.layout import build_matrix
from app.matrix.roles import SYMBOLS
from app.matrix.table import MatrixTable
from app.rows import DepartmentData, MembershipData, OrganisationData
from app.services import departments, memberships, organisations
from app.spreadsheet import export_register
from app.spreadsheet.files import SpreadsheetWriteError
from app.spreadsheet.matrix_sheet import HEADER_ROW, export_matrix
from app.store import Store
from tests.support.matrix_checks import matrix_register
from tests.support.spreadsheets import read_sheets


def read_sheet(path: Path, name: str = "Matrix") -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(name).to_python()


def expected_grid(table: MatrixTable) -> list[list[object]]:
    """Header row, body rows and totals rows as the view shows them."""
    header = ["Department or company" if not table.swapped else "Organisation or network"]
    header += [h.label for h in table.columns] + [t.label for t in table.row_totals]
    grid = [header]
    for r, row in enumerate(table.rows):
        symbols = [
            SYMBOLS[e.role] if (e := table.entry(r, c)) else "" for c in range(len(table.columns))
        ]
        grid.append([row.label, *symbols, *(float(v) for v in table.row_total_values[r])])
    for t, total in enumerate(table.column_totals):
        values = [float(v) for v in table.column_total_values[t]]
        grid.append([total.label, *values, *[""] * len(table.row_totals)])
    return grid


def matrix_part(rows: list[list[object]], table: MatrixTable) -> list[list[object]]:
    width = 1 + len(table.columns) + len(table.row_totals)
    height = 1 + len(table.rows) + len(table.column_totals)
    part = rows[HEADER_ROW - 1 : HEADER_ROW - 1 + height]
    return [[v if v != "" else "" for v in (row + [""] * width)[:width]] for row in part]


def test_exported_matrix_equals_the_table(store, tmp_path: Path) -> None:
    matrix_register(store)
    for swapped in (False, True):
        table = build_matrix(store, 2007, MatrixFilters(), swapped)
        path = export_matrix(tmp_path / f"matrix-{swapped}.xlsx", table, "en")
        rows = read_sheet(path)
        assert rows[0][0] == (
            "Organisations and networks and the departments taking part, 2007"
            if swapped
            else "Departments and companies and the organisations they take part in, 2007"
        )
        assert matrix_part(rows, table) == expected_grid(table)
        legend = [r[0] for r in rows[HEADER_ROW + len(table.rows) + len(table.column_totals) :]]
        assert "Responsible member" in legend and "Holds a contact person only" in legend
    written = sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx")
    assert written == ["matrix-False.xlsx", "matrix-True.xlsx"]  # no temporary file left


def test_legend_symbols_and_abbreviations(sqlite_store, tmp_path: Path) -> None:
    matrix_register(sqlite_store)
    table = build_matrix(sqlite_store, 2007, MatrixFilters(kind="organisation"))
    rows = read_sheet(export_matrix(tmp_path / "m.xlsx", table, "en"))
    by_label = {r[0]: r for r in rows if r and isinstance(r[0], str)}
    assert by_label["Responsible member"][1] == "●"
    assert by_label["Participant"][1] == "○"
    assert by_label["Holds a contact person only"][1] == "◆"
    assert "EC: Eurocities" in by_label
    assert rows[1][0] == "Shown: kind: Organisation"


def test_sheet_is_frozen_rotated_and_prints_landscape(sqlite_store, tmp_path: Path) -> None:
    matrix_register(sqlite_store)
    table = build_matrix(sqlite_store, 2007, MatrixFilters())
    sheet = openpyxl.load_workbook(export_matrix(tmp_path / "m.xlsx", table, "en"))["Matrix"]
    assert sheet.freeze_panes == f"B{HEADER_ROW + 1}"
    assert sheet.cell(HEADER_ROW, 2).alignment.text_rotation == 90
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    fill = sheet.cell(HEADER_ROW + 1, 2).fill.fgColor.rgb  # Kulturförvaltningen, EC: responsible
    assert fill.endswith("2E5C8A")


def test_names_that_look_like_formulas_stay_text(sqlite_store, tmp_path: Path) -> None:
    org = organisations.create_organisation(sqlite_store, OrganisationData("=SUM(A1:A9)")).id
    dept = departments.create_department(sqlite_store, DepartmentData("+Plus kontoret")).id
    memberships.create_membership(sqlite_store, MembershipData(org, dept, 2001))
    table = build_matrix(sqlite_store, 2007, MatrixFilters())
    rows = read_sheet(export_matrix(tmp_path / "m.xlsx", table, "en"))
    assert rows[HEADER_ROW - 1][1] == "=SUM(A1:A9)"
    assert rows[HEADER_ROW][0] == "+Plus kontoret"


def test_a_failed_write_leaves_the_old_file(sqlite_store, tmp_path: Path, monkeypatch) -> None:
    matrix_register(sqlite_store)
    table = build_matrix(sqlite_store, 2007, MatrixFilters())
    target = tmp_path / "m.xlsx"
    target.write_bytes(b"old")

    def broken(self: ExcelWriter) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(ExcelWriter, "save", broken)
    with pytest.raises(SpreadsheetWriteError, match="disk full"):
        export_matrix(target, table, "en")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["m.xlsx"]


@pytest.fixture
def example(tmp_path: Path):
    from app.demo import build_example_register

    store = Store.open(tmp_path / "example.db", actor="tester")
    build_example_register(store)
    yield store
    store.close()


@pytest.mark.parametrize("register", ["matrix_register", "example"])
def test_the_workbook_s_matrix_sheet_is_the_view_s_export(
    request, tmp_path: Path, register: str
) -> None:
    if register == "example":
        store = request.getfixturevalue("example")
    else:
        store = request.getfixturevalue("sqlite_store")
        matrix_register(store)
    table = build_matrix(store, 2007, MatrixFilters(), False)
    theirs = read_sheets(export_matrix(tmp_path / "matrix.xlsx", table, "en"))["Matrix"]
    ours = read_sheets(export_register(store, 2007, tmp_path / "register.xlsx").path)["Matrix"]
    assert ours == theirs
    sheet = openpyxl.load_workbook(tmp_path / "register.xlsx")["Matrix"]
    body = sheet.cell(row=HEADER_ROW + 1, column=1)
    assert body.border.left.style == "thin" and sheet.freeze_panes == f"B{HEADER_ROW + 1}"
    filled = [c for row in sheet.iter_rows(min_row=HEADER_ROW + 1) for c in row if c.value == "●"]
    assert filled and all(c.fill.fgColor.rgb.endswith("2E5C8A") for c in filled)
