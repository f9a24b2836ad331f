"""The window's spreadsheet actions are wired: Ctrl+E writes the selected year's workbook."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog

from tests.support.spreadsheets import read_sheets
from ui.actions import ActionId
from ui.main_window import MainWindow
from ui.settings import EXPORT_FOLDER, Settings


@pytest.fixture
def window(qtbot, reg, sqlite_store, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window on the small register, showing 2006, with its own settings."""
    shown = MainWindow(sqlite_store, Settings(str(tmp_path / "settings.ini")))
    qtbot.addWidget(shown)
    shown.show()
    shown.set_year(2006)
    return shown


def test_ctrl_e_exports_the_year_shown(qtbot, window: MainWindow, tmp_path: Path, modal) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    window.settings.set(EXPORT_FOLDER, str(folder))
    export = window.actions[ActionId.EXPORT_WORKBOOK]
    assert export.isEnabled() and QKeySequence("Ctrl+E") in export.shortcuts()
    assert window.actions[ActionId.IMPORT].isEnabled()
    assert window.actions[ActionId.EXPORT_VIEW].isEnabled()  # the memberships table is shown
    modal.answer("Close")
    with qtbot.waitSignal(window.spreadsheets.workbook.exported, timeout=30_000):
        export.trigger()
    qtbot.waitUntil(lambda: window.spreadsheets.workbook.task is None)
    written = folder / f"Memberships 2006 ({dt.date.today().isoformat()}).xlsx"
    assert written.exists()
    assert "Memberships" in read_sheets(written)


def test_export_as_asks_where_and_writes_there(
    qtbot, window: MainWindow, tmp_path: Path, modal, monkeypatch
) -> None:
    export_as = window.actions[ActionId.EXPORT_WORKBOOK_AS]
    assert export_as.isEnabled() and QKeySequence("Ctrl+Shift+E") in export_as.shortcuts()
    chosen = tmp_path / "elsewhere" / "Till kommunstyrelsen"
    chosen.parent.mkdir()
    # The platform's save dialog cannot be driven offscreen; answer it as a user would.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(chosen), ""))
    modal.answer("Close")
    with qtbot.waitSignal(window.spreadsheets.workbook.exported, timeout=30_000):
        export_as.trigger()
    qtbot.waitUntil(lambda: window.spreadsheets.workbook.task is None)
    written = chosen.with_name("Till kommunstyrelsen.xlsx")
    assert "Memberships" in read_sheets(written)
    assert window.settings.get(EXPORT_FOLDER) == str(
        chosen.parent
    )  # the next export goes there too
