"""The matrix view driven as a user would: filters, swap, double clicks, highlight, export."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget
from python_calamine import CalamineWorkbook

from app.matrix.roles import SYMBOLS, Role
from app.rows import DepartmentData, MembershipData, OrganisationData
from app.services import departments, memberships, organisations
from app.spreadsheet.matrix_sheet import HEADER_ROW
from tests.support.matrix_checks import (
    MatrixRegister,
    example_store,
    expected_counts,
    matrix_register,
)
from tests.ui.showing import shown_on
from ui.models.matrix_headers import ID_ROLE
from ui.models.matrix_model import HIGHLIGHT, MEMBERSHIP_ROLE, VALUE_ROLE
from ui.views.matrix_view import MatrixView

H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
R = Qt.ItemDataRole


@pytest.fixture
def register(sqlite_store) -> MatrixRegister:
    return matrix_register(sqlite_store)


@pytest.fixture
def view(qtbot, sqlite_store, register) -> Iterator[MatrixView]:
    yield shown_on(qtbot, MatrixView(sqlite_store), 2007)


def value(model: QAbstractItemModel, row: int, column: int, role: int = R.DisplayRole) -> object:
    """model.data(index): QModelIndex.data() returning None loses a reference to None
    in PySide6 6.12 on Python 3.11 (see ui/views/matrix_panes.py)."""
    return model.data(model.index(row, column), role)


def row_of(view: MatrixView, record_id: int) -> int:
    return [view.model.headerData(r, V, ID_ROLE) for r in range(view.model.rowCount())].index(
        record_id
    )


def column_of(view: MatrixView, record_id: int) -> int:
    ids = [view.model.headerData(c, H, ID_ROLE) for c in range(view.model.columnCount())]
    return ids.index(record_id)


def row_totals(view: MatrixView) -> dict[int, dict[str, object]]:
    model = view.panes.row_totals.model()
    keys = [t.key for t in view.table().row_totals]
    return {
        view.model.headerData(r, V, ID_ROLE): {
            k: value(model, r, c, VALUE_ROLE) for c, k in enumerate(keys)
        }
        for r in range(model.rowCount())
    }


@pytest.mark.parametrize("part", ["cells", "row_totals", "column_totals"])
def test_models_pass_the_model_tester(qtmodeltester, view: MatrixView, part: str) -> None:
    model = view.model if part == "cells" else getattr(view.panes, part).model()
    qtmodeltester.check(model, force_py=True)
    view.swap_button.setChecked(True)  # a reset the tester watches
    view.panes.cells.setCurrentIndex(view.model.index(1, 1))  # repaints highlighted lines
    qtmodeltester.check(model, force_py=True)


def test_counts_shown_agree_with_the_services(view: MatrixView, sqlite_store) -> None:
    expected = expected_counts(sqlite_store, 2007)
    shown = row_totals(view)
    assert {d: t["organisations"] for d, t in shown.items()} == expected.organisations
    assert {d: t["networks"] for d, t in shown.items()} == expected.networks
    assert {d: t["fees_sek"] for d, t in shown.items()} == expected.fees_sek
    footer = view.panes.column_totals.model()
    per_organisation = {
        view.model.headerData(c, H, ID_ROLE): value(footer, 0, c, VALUE_ROLE)
        for c in range(footer.columnCount())
    }
    assert per_organisation == expected.departments
    assert footer.headerData(0, V) == "Departments taking part"


def test_cells_show_symbols_and_tooltips(view: MatrixView, register: MatrixRegister) -> None:
    small = register.small
    index = view.model.index(row_of(view, small.miljo), column_of(view, small.eurocities))
    assert view.model.data(index) == SYMBOLS[Role.PARTICIPANT]
    tip = view.model.data(index, R.ToolTipRole)
    assert "Participant" in tip and "Sara Nyström (Deputy)" in tip
    assert "15000 EUR" in tip.replace("\u00a0", "").replace(",", "")
    contact = view.model.index(row_of(view, register.vatten), column_of(view, small.eurocities))
    assert view.model.data(contact) == SYMBOLS[Role.CONTACT]
    empty = view.model.index(row_of(view, register.vatten), column_of(view, small.nss))
    assert view.model.data(empty) is None and view.model.data(empty, R.ToolTipRole) is None


def test_filters_change_the_columns_and_rows(view: MatrixView, register: MatrixRegister) -> None:
    bar = view.filter_bar
    bar.kind.setCurrentIndex(bar.kind.findData("network"))
    assert [h.id for h in view.table().columns] == [register.small.nss]
    assert row_totals(view)[register.small.miljo]["networks"] == 1
    bar.kind.setCurrentIndex(0)
    bar.no_membership.setChecked(True)
    assert [h.label for h in view.table().rows] == ["Stockholm Vatten AB", "Äldreförvaltningen"]
    bar.no_membership.setChecked(False)
    bar.single_department.setChecked(True)
    assert [h.id for h in view.table().columns] == [register.small.nss]
    bar.single_department.setChecked(False)
    bar.theme.setCurrentIndex(bar.theme.findData("governance"))
    assert [h.id for h in view.table().columns] == [register.small.eurocities]
    bar.year.setCurrentIndex(bar.year.findData(2006))
    assert view.table().year == 2006 and view.table().filters.theme == "governance"


def test_sort_by_a_total_from_its_header(qtbot, view: MatrixView, register) -> None:
    header = view.panes.row_totals.horizontalHeader()
    fees = [t.key for t in view.table().row_totals].index("fees_sek")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=section_centre(header, fees))
    assert view.filter_bar.sort.currentData() == "fees_sek"
    assert view.table().rows[0].id == register.small.slk


def test_swap_puts_organisations_in_rows(view: MatrixView, register: MatrixRegister) -> None:
    before = view.table()
    view.swap_button.click()
    after = view.table()
    assert [h.id for h in after.rows] == [h.id for h in before.columns]
    assert view.model.columnCount() == len(before.rows)
    assert [view.filter_bar.sort.itemData(i) for i in range(view.filter_bar.sort.count())] == [
        "name", "departments",
    ]  # fmt: skip
    footer = view.panes.column_totals.model()
    assert footer.rowCount() == 3 and view.panes.row_totals.model().columnCount() == 1


def section_centre(header: QHeaderView, section: int) -> QPoint:
    position = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    middle = (header.height() if header.orientation() == H else header.width()) // 2
    return QPoint(position, middle) if header.orientation() == H else QPoint(middle, position)


def double_click(qtbot, widget: QWidget, at: QPoint) -> None:
    """A user's double click: QTest's alone sends no press before the double click event."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=at)


def test_double_click_on_a_cell_opens_its_membership(qtbot, view, register) -> None:
    cells = view.panes.cells
    index = view.model.index(
        row_of(view, register.kulturen), column_of(view, register.small.eurocities)
    )
    centre = cells.visualRect(index).center()
    with qtbot.waitSignal(view.open_membership) as opened:
        double_click(qtbot, cells.viewport(), centre)
    assert opened.args == [register.second_eurocities]
    index = view.model.index(
        row_of(view, register.small.slk), column_of(view, register.small.eurocities)
    )
    cells.setCurrentIndex(index)
    with qtbot.waitSignal(view.open_membership) as opened:
        qtbot.keyClick(cells, Qt.Key.Key_Return)
    assert opened.args == [register.small.eurocities_membership]


def test_double_click_on_an_empty_cell_opens_nothing(qtbot, view, register) -> None:
    cells = view.panes.cells
    index = view.model.index(row_of(view, register.vatten), column_of(view, register.small.nss))
    with qtbot.assertNotEmitted(view.open_membership):
        double_click(qtbot, cells.viewport(), cells.visualRect(index).center())


def test_double_click_on_headers_opens_department_and_organisation(qtbot, view, register) -> None:
    rows, columns = view.panes.cells.verticalHeader(), view.panes.cells.horizontalHeader()
    with qtbot.waitSignal(view.open_department) as opened:
        at = section_centre(rows, row_of(view, register.small.miljo))
        double_click(qtbot, rows.viewport(), at)
    assert opened.args == [register.small.miljo]
    with qtbot.waitSignal(view.open_organisation) as opened:
        at = section_centre(columns, column_of(view, register.small.nss))
        double_click(qtbot, columns.viewport(), at)
    assert opened.args == [register.small.nss]
    view.swap_button.click()
    with qtbot.waitSignal(view.open_organisation) as opened:
        double_click(qtbot, rows.viewport(), section_centre(rows, 0))
    assert opened.args == [view.table().rows[0].id]


def test_the_current_cell_highlights_its_row_and_column(view, register) -> None:
    row, column = row_of(view, register.vatten), column_of(view, register.small.nss)
    view.panes.cells.setCurrentIndex(view.model.index(row, column))
    other_row = row_of(view, register.kulturen)
    assert value(view.model, other_row, column, R.BackgroundRole) == HIGHLIGHT
    assert value(view.model, row, 0, R.BackgroundRole) != HIGHLIGHT  # filled: keeps its fill
    assert value(view.panes.row_totals.model(), row, 0, R.BackgroundRole) == HIGHLIGHT
    assert value(view.panes.column_totals.model(), 0, column, R.BackgroundRole) == HIGHLIGHT
    assert view.model.headerData(row, V, R.FontRole).bold()


def test_totals_follow_the_cells_when_scrolling(qtbot, view, sqlite_store, register) -> None:
    slk = register.small.slk
    for number in range(40):  # more organisations than the window has room for
        organisation = organisations.create_organisation(
            sqlite_store, OrganisationData(f"Network {number:02}", kind="network")
        ).id
        memberships.create_membership(sqlite_store, MembershipData(organisation, slk, 2000))
        departments.create_department(sqlite_store, DepartmentData(f"Förvaltning {number:02}"))
    view.refresh()
    view.resize(view.minimumSizeHint().width(), 400)
    qtbot.wait(10)
    cells, totals, footer = view.panes.cells, view.panes.row_totals, view.panes.column_totals
    assert totals.verticalScrollBar().maximum() == cells.verticalScrollBar().maximum() > 0
    totals.verticalScrollBar().setValue(totals.verticalScrollBar().maximum())
    assert cells.verticalScrollBar().value() == totals.verticalScrollBar().maximum()
    assert footer.horizontalScrollBar().maximum() == cells.horizontalScrollBar().maximum() > 0
    footer.horizontalScrollBar().setValue(footer.horizontalScrollBar().maximum())
    assert cells.horizontalScrollBar().value() == footer.horizontalScrollBar().maximum()
    cells.horizontalScrollBar().setValue(0)
    assert footer.horizontalScrollBar().value() == 0
    last = view.model.columnCount() - 1
    assert cells.columnViewportPosition(last) == footer.columnViewportPosition(last)


def test_copy_puts_the_selection_with_titles_on_the_clipboard(qtbot, view, register) -> None:
    cells = view.panes.cells
    cells.selectRow(row_of(view, register.small.slk))
    qtbot.keyClick(cells, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t")[1:] == [h.label for h in view.table().columns]
    assert lines[1].split("\t") == ["Stadsledningskontoret", SYMBOLS[Role.RESPONSIBLE], ""]


def shown_grid(view: MatrixView) -> list[list[object]]:
    """What the view shows: header row, cells with row totals, column totals."""
    model, totals = view.model, view.panes.row_totals.model()
    footer = view.panes.column_totals.model()
    columns, total_columns = model.columnCount(), totals.columnCount()
    header = [view.table().corner]
    header += [model.headerData(c, H) for c in range(columns)]
    header += [totals.headerData(t, H) for t in range(total_columns)]
    grid = [header]
    for r in range(model.rowCount()):
        symbols = [value(model, r, c) or "" for c in range(columns)]
        values = [float(value(totals, r, t, VALUE_ROLE)) for t in range(total_columns)]
        grid.append([model.headerData(r, V), *symbols, *values])
    for t in range(footer.rowCount()):
        values = [float(value(footer, t, c, VALUE_ROLE)) for c in range(columns)]
        grid.append([footer.headerData(t, V), *values, *[""] * total_columns])
    return grid


def check_exported_as_shown(path: Path, view: MatrixView) -> list[list[object]]:
    """Asserts the workbook's matrix, from its header row on, is the grid shown;
    returns all the sheet's rows."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Matrix").to_python()
    grid = shown_grid(view)
    width = len(grid[0])
    read = [(r + [""] * width)[:width] for r in rows[HEADER_ROW - 1 : HEADER_ROW - 1 + len(grid)]]
    assert read == grid
    return rows


@pytest.mark.parametrize("swapped", [False, True])
def test_export_writes_the_matrix_as_shown(qtbot, view, tmp_path: Path, swapped) -> None:
    view.swap_button.setChecked(swapped)
    view.filter_bar.status.setCurrentIndex(view.filter_bar.status.findData("active"))
    path = tmp_path / "matrix.xlsx"
    with qtbot.waitSignal(view.exported, timeout=10_000):
        view.export_to(str(path))
    rows = check_exported_as_shown(path, view)
    assert "status: Active" in rows[1][0]


def test_export_button_asks_where_and_adds_the_suffix(qtbot, view, tmp_path, monkeypatch) -> None:
    # The platform's save dialog cannot be driven offscreen; answer it as a user would.
    answer = str(tmp_path / "matris")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (answer, ""))
    with qtbot.waitSignal(view.exported, timeout=10_000) as done:
        view.export_button.click()
    assert done.args == [str(tmp_path / "matris.xlsx")]
    assert (tmp_path / "matris.xlsx").exists()


def test_refresh_shows_what_changed_elsewhere(view, sqlite_store, register) -> None:
    departments.create_department(sqlite_store, DepartmentData("Trafikkontoret"))
    assert "Trafikkontoret" not in [h.label for h in view.table().rows]
    view.refresh()
    assert "Trafikkontoret" in [h.label for h in view.table().rows]
    assert view.table().year == 2007


def test_an_empty_year_says_so(view) -> None:
    view.set_year(1990)
    assert view.model.columnCount() == 0
    assert "1990" in view.summary.text()
    assert view.filter_bar.current_year() == 1990


def test_membership_role_gives_the_id(view, register) -> None:
    index = view.model.index(
        row_of(view, register.small.slk), column_of(view, register.small.eurocities)
    )
    assert view.model.data(index, MEMBERSHIP_ROLE) == register.small.eurocities_membership


def test_the_example_register_shown_and_exported(qtbot, tmp_path: Path) -> None:
    example = example_store(tmp_path)
    try:
        shown = shown_on(qtbot, MatrixView(example), 2007)
        expected = expected_counts(example, 2007)
        totals = row_totals(shown)
        assert {d: t["organisations"] for d, t in totals.items()} == expected.organisations
        assert {d: t["fees_sek"] for d, t in totals.items()} == expected.fees_sek
        assert "76 organisations and 5 networks" in shown.summary.text()
        path = tmp_path / "example.xlsx"
        with qtbot.waitSignal(shown.exported, timeout=10_000):
            shown.export_to(str(path))
        check_exported_as_shown(path, shown)
    finally:
        example.close()


def test_reading_empty_cells_leaves_python_sound(view, register) -> None:
    """QModelIndex.data() getting None from a Python model takes a reference from None
    (PySide6 6.12, Python 3.11); thousands of such reads abort Python. Copy and open
    read empty cells through the model instead."""
    cells = view.panes.cells
    empty = view.model.index(row_of(view, register.vatten), column_of(view, register.small.nss))
    cells.selectAll()
    before = sys.getrefcount(None)
    for _ in range(300):
        cells.selection_text()
        cells.open_requested.emit(empty)
    assert sys.getrefcount(None) >= before - 50
