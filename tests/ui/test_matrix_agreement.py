"""The window, the exported sheet and the report show one matrix: the same cells and
the same totals, with and without a filter (they all read `app.matrix`).

Each is read back the way a person meets it: the window through its Qt models,
the sheet from the .xlsx with python-calamine, the report from its content.
Cells and totals are compared by department and organisation id; the sheet's
labels are mapped to ids from the services' own lists.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from python_calamine import CalamineWorkbook

from app.matrix.filters import MatrixFilters
from app.matrix.roles import SYMBOLS, Role
from app.report.content import gather
from app.rows import FeeData, MembershipData, OrganisationData
from app.services import departments, memberships, organisations
from app.services.register import year_summary
from app.spreadsheet import export_register
from app.spreadsheet.matrix_sheet import HEADER_ROW
from app.store import Store
from tests.support.matrix_checks import matrix_register
from tests.ui.showing import shown_on
from ui.models.matrix_headers import ID_ROLE
from ui.models.matrix_model import VALUE_ROLE
from ui.views.matrix_view import MatrixView

H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
YEAR = 2007
ROLE_OF_SYMBOL = {
    SYMBOLS[role]: role for role in (Role.RESPONSIBLE, Role.PARTICIPANT, Role.CONTACT)
}
Cells = dict[tuple[int, int], Role]  # (department id, organisation id) -> role
Totals = dict[int, dict[str, Decimal]]  # id -> total's key -> value


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    """The matrix's register, plus a network and an organisation with a fee in öre."""
    register = matrix_register(sqlite_store)
    network = organisations.create_organisation(
        sqlite_store, OrganisationData("Baltic Ports Network", "BPN", kind="network")
    ).id
    memberships.create_membership(sqlite_store, MembershipData(network, register.kulturen, 2004))
    covenant = organisations.create_organisation(
        sqlite_store, OrganisationData("Covenant of Mayors", "CoM")
    ).id
    fee = FeeData(YEAR, Decimal("1234.56"), "EUR")
    memberships.create_membership(
        sqlite_store, MembershipData(covenant, register.kulturen, 2004, fees=(fee,))
    )
    return sqlite_store


@pytest.fixture
def view(qtbot, store: Store) -> Iterator[MatrixView]:
    yield shown_on(qtbot, MatrixView(store), YEAR)


def data(model: QAbstractItemModel, row: int, column: int, role: int) -> object:
    return model.data(model.index(row, column), role)


def window_matrix(view: MatrixView) -> tuple[Cells, Totals, Totals]:
    """Cells, department totals and organisation totals as the window's models hold them."""
    cells_model = view.model
    rows = [cells_model.headerData(r, V, ID_ROLE) for r in range(cells_model.rowCount())]
    columns = [cells_model.headerData(c, H, ID_ROLE) for c in range(cells_model.columnCount())]
    cells = {
        (rows[r], columns[c]): ROLE_OF_SYMBOL[symbol]
        for r in range(len(rows))
        for c in range(len(columns))
        if (symbol := data(cells_model, r, c, Qt.ItemDataRole.DisplayRole))
    }
    row_model = view.panes.row_totals.model()
    row_keys = [row_model.headerData(c, H, Qt.ItemDataRole.DisplayRole) for c in range(3)]
    assert row_keys == ["Organisations", "Networks", "Fees (SEK)"]
    keys = ("organisations", "networks", "fees_sek")
    by_department = {
        rows[r]: {k: Decimal(str(data(row_model, r, c, VALUE_ROLE))) for c, k in enumerate(keys)}
        for r in range(row_model.rowCount())
    }
    column_model = view.panes.column_totals.model()
    by_organisation = {
        columns[c]: {"departments": Decimal(str(data(column_model, 0, c, VALUE_ROLE)))}
        for c in range(column_model.columnCount())
    }
    return cells, by_department, by_organisation


def sheet_matrix(path: Path, store: Store) -> tuple[Cells, Totals, Totals]:
    """The same, read back from the workbook's Matrix sheet."""
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Matrix").to_python()
    department_ids = {d.name: d.id for d in departments.list_departments(store)}
    organisation_ids = {o.acronym or o.name: o.id for o in organisations.list_organisations(store)}
    header = rows[HEADER_ROW - 1]
    assert header[0] == "Department or company"
    width = header.index("Organisations")  # the first row total, after the organisations
    columns = [organisation_ids[label] for label in header[1:width]]
    cells: Cells = {}
    by_department: Totals = {}
    body = rows[HEADER_ROW:]
    while body[0][0] in department_ids:
        row, body = body[0], body[1:]
        department = department_ids[row[0]]
        for column, symbol in zip(columns, row[1:width], strict=True):
            if symbol:
                cells[(department, column)] = ROLE_OF_SYMBOL[symbol]
        figures = [Decimal(str(v)) for v in row[width : width + 3]]
        keys = ("organisations", "networks", "fees_sek")
        by_department[department] = dict(zip(keys, figures, strict=True))
    assert body[0][0] == "Departments taking part"
    by_organisation = {
        o: {"departments": Decimal(str(v))} for o, v in zip(columns, body[0][1:width], strict=True)
    }
    return cells, by_department, by_organisation


def report_matrix(store: Store, filters: MatrixFilters) -> tuple[Cells, dict[int, Decimal]]:
    """The report's marks (responsible, participant; a contact alone has none) and each
    department's count of organisations and networks."""
    report = gather(store, YEAR, filters=filters)
    marks = {"R": Role.RESPONSIBLE, "P": Role.PARTICIPANT}
    cells = {
        (department, row.organisation_id): marks[mark]
        for row in report.matrix()
        for department, mark in row.marks.items()
    }
    for totals in report.department_totals():
        assert totals.total == totals.responsible + totals.participant
    return cells, {t.department.id: Decimal(t.total) for t in report.department_totals()}


@pytest.mark.parametrize("kind", [None, "organisation"], ids=["everything", "organisations"])
def test_window_sheet_and_report_show_one_matrix(
    qtbot, view: MatrixView, store: Store, tmp_path: Path, kind: str | None
) -> None:
    if kind is None:  # the one-click export's Matrix sheet: the year's whole matrix
        sheet = export_register(store, YEAR, tmp_path / "register.xlsx").path
    else:  # the window's own export of the matrix as filtered
        view.filter_bar.kind.setCurrentIndex(view.filter_bar.kind.findData(kind))
        sheet = tmp_path / "matrix.xlsx"
        with qtbot.waitSignal(view.exported, timeout=10_000):
            view.export_to(str(sheet))
    assert view.table().filters == MatrixFilters(kind=kind)

    window = window_matrix(view)
    assert sheet_matrix(sheet, store) == window
    cells, by_department, by_organisation = window
    assert Role.CONTACT in cells.values()  # the company that only holds a contact
    networks = sum(t["networks"] for t in by_department.values())
    assert networks == (2 if kind is None else 0)  # NSS and the new network, or neither
    fees = sum(t["fees_sek"] for t in by_department.values())
    assert fees == view.table().summary.fees_sek and fees % 1 != 0  # öre kept, never rounded

    report_cells, report_totals = report_matrix(store, MatrixFilters(kind=kind))
    taking_part = {k: r for k, r in cells.items() if r is not Role.CONTACT}
    assert report_cells == taking_part
    assert report_totals == {
        d: t["organisations"] + t["networks"]
        for d, t in by_department.items()
        if t["organisations"] + t["networks"]
    }
    counted = {o: Decimal(sum(1 for d, oo in taking_part if oo == o)) for o in by_organisation}
    assert {o: t["departments"] for o, t in by_organisation.items()} == counted
    if kind is None:  # the status bar's count of departments taking part says the same
        assert year_summary(store, YEAR).departments == len(report_totals)
