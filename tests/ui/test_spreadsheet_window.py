"""The spreadsheet commands in the main window: Ctrl+E, export this view, import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from tests.support.dialogs import activate
from tests.support.spreadsheets import legacy_example, read_sheets
from ui.actions import ActionId
from ui.dialogs.import_mapping import MappingDialog
from ui.dialogs.import_preview import PreviewDialog
from ui.settings import EXPORT_FOLDER


def press(text: str):
    def action(dialog) -> None:
        next(b for b in dialog.buttons.buttons() if b.text().replace("&", "") == text).click()

    return action


def test_ctrl_e_writes_the_year_shown(make_window, filled, settings, tmp_path: Path, qtbot, modal):
    store, _ = filled
    settings.set(EXPORT_FOLDER, str(tmp_path))
    window = make_window(store, 2006)
    activate(qtbot, window)
    modal.answer("Close")
    with qtbot.waitSignal(window.spreadsheets.workbook.exported, timeout=30_000) as written:
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(modal.seen))
    assert written.args[0] == tmp_path / f"Memberships 2006 ({dt.date.today().isoformat()}).xlsx"


def test_export_this_view_writes_the_rows_shown(make_window, filled, tmp_path, qtbot, modal):
    store, _ = filled
    window = make_window(store, 2007)
    table, title = window._shown_table()
    assert title == "Memberships 2007" and window.actions[ActionId.EXPORT_VIEW].isEnabled()
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    modal.answer("Close")
    task = window.spreadsheets.view.export(table, title, tmp_path / "view.xlsx")
    with qtbot.waitSignal(task.done, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(modal.seen))
    [rows] = read_sheets(tmp_path / "view.xlsx").values()
    shown = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    assert [r[0] for r in rows[1:]] == shown == ["Nordens Större Städer", "Eurocities"]
    eurocities = dict(zip(rows[0], rows[2], strict=True))
    assert eurocities["Status"] == "Active" and eurocities["Kind"] == "Organisation"
    assert eurocities["Fee"] == 15000 and eurocities["Start"] == 2000  # numbers stay numbers


def test_an_import_into_an_empty_register_opens_it(make_window, empty_store, qtbot, modal):
    window = make_window(empty_store)
    assert window.central.currentWidget() is window.welcome
    modal.when(MappingDialog, press("Preview…"))
    modal.when(PreviewDialog, press("Import"))
    modal.answer("OK")
    with qtbot.waitSignal(window.spreadsheets.flow.imported, timeout=60_000):
        window.spreadsheets.flow.start(legacy_example())
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.pages, timeout=10_000)
    qtbot.waitUntil(lambda: bool(modal.seen))
