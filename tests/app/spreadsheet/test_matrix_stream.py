"""The export's streamed Matrix sheet says what the matrix view's own writer says."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.services.matrix_layout import MatrixFilters, build_matrix
from app.spreadsheet import export_register
from app.spreadsheet.matrix_sheet import HEADER_ROW, export_matrix
from app.store import Store
from tests.support.matrix_checks import matrix_register
from tests.support.spreadsheets import read_sheets


@pytest.fixture
def example(tmp_path: Path):
    from app.demo import build_example_register

    store = Store.open(tmp_path / "example.db", actor="tester")
    build_example_register(store)
    yield store
    store.close()


@pytest.mark.parametrize("register", ["matrix_register", "example"])
def test_streamed_matrix_equals_the_view_s_writer(request, tmp_path: Path, register: str) -> None:
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
