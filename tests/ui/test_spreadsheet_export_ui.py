"""The one-click export and "export this view", driven as a user would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from tests.support.dialogs import activate
from tests.support.spreadsheets import read_sheets
from ui.export_actions import (
    WorkbookExport,
    ask_workbook_path,
    documents_folder,
    export_folder,
)
from ui.export_view import ViewExport, view_contents, visible_columns
from ui.settings import EXPORT_FOLDER, Settings


class Opened(QObject):
    """Receives the URLs the program asks the desktop to open (Qt's own redirect)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened() -> Iterator[Opened]:
    catcher = Opened()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def window(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_one_click_writes_a_dated_workbook_and_offers_to_open_it(
    qtbot, window, reg, sqlite_store, settings, tmp_path, modal, opened
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    settings.set(EXPORT_FOLDER, str(folder))
    exporter = WorkbookExport(window, sqlite_store, settings)
    modal.answer("Open", "Show folder")
    for _ in range(2):
        with qtbot.waitSignal(exporter.exported, timeout=30_000):
            exporter.export(2007)
        qtbot.waitUntil(lambda: exporter.task is None)
    today = dt.date.today().isoformat()
    first, second = (
        folder / f"Memberships 2007 ({today}).xlsx",
        folder / f"Memberships 2007 ({today}) 2.xlsx",
    )
    assert set(folder.iterdir()) == {first, second}
    assert "Memberships" in read_sheets(first)
    assert [u.toLocalFile() for u in opened.urls] == [str(first), str(folder)]
    assert modal.seen[0].startswith("The register of 2007 is saved as Memberships 2007")


def test_the_folder_is_the_last_one_chosen_else_documents(settings, tmp_path) -> None:
    assert export_folder(settings) == documents_folder()
    settings.set(EXPORT_FOLDER, str(tmp_path))
    assert export_folder(settings) == tmp_path
    settings.set(EXPORT_FOLDER, str(tmp_path / "gone"))
    assert export_folder(settings) == documents_folder()


def test_asking_where_adds_the_suffix_and_remembers_the_folder(
    qtbot, settings, tmp_path, monkeypatch
) -> None:
    # The platform's save dialog cannot be driven offscreen; answer it as a user would.
    asked: list[tuple[object, ...]] = []
    answers = iter([str(tmp_path / "chosen" / "lista"), str(tmp_path / "b.XLSX"), ""])

    def answer(*args: object) -> tuple[str, str]:
        asked.append(args)
        return next(answers), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    suggested = tmp_path / "Memberships 2007.xlsx"
    assert ask_workbook_path(parent, "Export", suggested, settings) == (
        tmp_path / "chosen" / "lista.xlsx"
    )
    assert asked[0] == (parent, "Export", str(suggested), "Excel workbooks (*.xlsx)")
    assert settings.get(EXPORT_FOLDER) == str(tmp_path / "chosen")
    assert ask_workbook_path(parent, "Export", suggested, settings) == tmp_path / "b.XLSX"
    assert settings.get(EXPORT_FOLDER) == str(tmp_path)
    assert ask_workbook_path(parent, "Export", suggested, settings) is None  # cancelled
    assert settings.get(EXPORT_FOLDER) == str(tmp_path)


def test_a_failed_export_is_explained(
    qtbot, window, reg, sqlite_store, settings, tmp_path, modal
) -> None:
    exporter = WorkbookExport(window, sqlite_store, settings)
    modal.answer("OK")
    task = exporter._run(2007, tmp_path / "register.csv")
    with qtbot.waitSignal(task.error, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(modal.seen))
    assert "register.csv does not end in .xlsx" in modal.seen[0]


def table_view(qtbot) -> QTableView:
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["Organisation", "Secret", "Fee"])
    for name, fee in (("UBC", 4500), ("Eurocities", 15600), ("=Metropolis", 6000)):
        model.appendRow([QStandardItem(name), QStandardItem("x"), QStandardItem(str(fee))])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    view.setColumnHidden(1, True)
    view.horizontalHeader().moveSection(2, 0)  # the fee shown first
    view._keep = (model, proxy)  # type: ignore[attr-defined]
    return view


def test_export_this_view_writes_what_is_shown(
    qtbot, window, settings, tmp_path, modal, opened
) -> None:
    view = table_view(qtbot)
    assert visible_columns(view) == [2, 0]
    exporter = ViewExport(window, settings)
    modal.answer("Close")
    task = exporter.export(view, "Memberships 2007", tmp_path / "view.xlsx")
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(modal.seen))
    assert read_sheets(tmp_path / "view.xlsx") == {
        "Memberships 2007": [
            ["Fee", "Organisation"],
            ["4500", "UBC"],
            ["15600", "Eurocities"],
            ["6000", "=Metropolis"],
        ]
    }
    assert modal.seen == [f"3 row(s) exported.\n{tmp_path / 'view.xlsx'}"]
    assert opened.urls == []


class RowModel(QStandardItemModel):
    """A model that, like the window's row model, keeps its rows and column specs."""

    class Spec:
        def __init__(self, key: str) -> None:
            self.key = key

        def value(self, row: dict) -> object:
            return row[self.key]

    def __init__(self, rows: list[dict]) -> None:
        super().__init__(len(rows), 3)
        self.rows = rows
        self.columns = [self.Spec(k) for k in ("name", "fee", "start")]
        self.setHorizontalHeaderLabels(["Organisation", "Fee", "Start year"])
        for r, row in enumerate(rows):
            for c, spec in enumerate(self.columns):
                self.setItem(r, c, QStandardItem(str(spec.value(row))))


def test_real_values_come_from_a_row_model() -> None:
    model = RowModel([{"name": "UBC", "fee": Decimal("4500.50"), "start": 1991},
                      {"name": "EC", "fee": Decimal("15600"), "start": 1986}])  # fmt: skip
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.sort(2, Qt.SortOrder.AscendingOrder)
    headers, rows, kinds = view_contents(proxy, [0, 1, 2])
    assert headers == ["Organisation", "Fee", "Start year"]
    assert rows == [["EC", Decimal("15600"), 1986], ["UBC", Decimal("4500.50"), 1991]]
    assert kinds == ["text", "number", "year"]


def test_ctrl_e_exports_the_year_shown(qtbot, reg, sqlite_store, settings, tmp_path, modal) -> None:
    from PySide6.QtWidgets import QMainWindow

    from ui.actions import ActionId, Actions
    from ui.spreadsheet_actions import SpreadsheetActions

    window = QMainWindow()
    qtbot.addWidget(window)
    actions = Actions(window)
    settings.set(EXPORT_FOLDER, str(tmp_path))
    wired = SpreadsheetActions(
        window, actions, sqlite_store, settings,
        year=lambda: 2006, current_table=lambda: None, refresh=lambda: None,
    )  # fmt: skip
    wired.update()
    assert not actions[ActionId.EXPORT_VIEW].isEnabled()
    window.show()
    qtbot.waitExposed(window)
    activate(qtbot, window)
    modal.answer("Close")
    with qtbot.waitSignal(wired.workbook.exported, timeout=30_000) as written:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(modal.seen))
    assert written.args[0].name.startswith("Memberships 2006 (")
    assert "Union of Baltic Cities" in str(read_sheets(written.args[0])["Memberships"])
