"""Shared use in the main window: menu entries, colleagues' changes, backups, the change log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from app.backups import list_backups
from app.paths import backup_dir
from app.rows import OrganisationData
from app.services import organisations
from app.store import Store
from tests.support.builders import small_register
from tests.support.modal import hide
from ui.actions import ActionId
from ui.dialogs.backup_dialog import BackupDialog
from ui.sharing import Sharing, reopen
from ui.views.changelog_view import ChangeLogView


def menu_texts(window, title: str) -> list[str]:
    return [a.text() for a in window.menus[title].actions() if not a.isSeparator()]


def test_the_menus_hold_the_new_entries(make_window, filled) -> None:
    store, _reg = filled
    window = make_window(store)
    Sharing(window)
    file_menu = menu_texts(window, "&File")
    assert file_menu[-4:] == ["Database &connection…", "&Back up now",
                              "&Restore from backup…", "&Quit"]  # fmt: skip
    assert "Change &log" in menu_texts(window, "&View")


def test_colleagues_changes_appear_without_asking(qtbot, make_window, filled) -> None:
    store, _reg = filled
    window = make_window(store)
    sharing = Sharing(window)
    colleague = Store.open(store.path, actor="colleague")
    try:
        organisations.create_organisation(colleague, OrganisationData("Metropolis"))
    finally:
        colleague.close()
    with qtbot.waitSignal(sharing.watcher.changed, timeout=2000):
        sharing.watcher.check()
    assert window.status.currentMessage() == "Colleagues' changes are shown."
    window.status.clearMessage()
    organisations.create_organisation(store, OrganisationData("Mine, saved elsewhere"))
    with qtbot.waitSignal(sharing.watcher.changed, timeout=2000):
        sharing.watcher.check()  # the views are read again, without calling it news
    assert window.status.currentMessage() == ""


def test_back_up_now_and_the_change_log(qtbot, make_window, filled) -> None:
    store, _reg = filled
    window = make_window(store)
    sharing = Sharing(window)
    window.actions[ActionId.BACKUP_NOW].trigger()
    qtbot.waitUntil(lambda: len(list_backups(store.path, backup_dir())) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: "Backed up to" in window.status.currentMessage(), timeout=5000)
    window.actions[ActionId.CHANGE_LOG].trigger()
    log_window = window.findChild(QDialog, "change_log_window")
    assert log_window is not None and log_window.isVisible()
    assert log_window.findChild(ChangeLogView).proxy.rowCount() > 10
    assert sharing.change_log is log_window


def test_restoring_reloads_the_window(qtbot, make_window, filled, modal) -> None:
    store, _reg = filled
    window = make_window(store)
    sharing = Sharing(window)
    window.actions[ActionId.BACKUP_NOW].trigger()
    qtbot.waitUntil(lambda: len(list_backups(store.path, backup_dir())) == 1, timeout=10_000)
    organisations.create_organisation(store, OrganisationData("Added after the backup"))

    def restore_latest(dialog: QDialog) -> None:
        assert isinstance(dialog, BackupDialog)
        modal.answer("Yes")  # to "Replace the register with the backup …?"

        def click_restore_then_close() -> None:  # outside the answering timer's callback
            dialog.restore_button.click()
            dialog.accept()

        QTimer.singleShot(0, click_restore_then_close)

    modal.when(BackupDialog, restore_latest)
    window.actions[ActionId.RESTORE_BACKUP].trigger()
    names = {o.name for o in organisations.list_organisations(store)}
    assert "Added after the backup" not in names
    assert not sharing.watcher.check()  # the restore itself is not news


def test_reopening_on_another_register(qtbot, make_window, filled, tmp_path: Path) -> None:
    store, _reg = filled
    window = make_window(store)
    other = Store.open(tmp_path / "other.db")
    small_register(other)
    replacement = reopen(window, other)
    qtbot.addWidget(replacement, before_close_func=hide)
    assert replacement.store is other and not window.isVisible()
    other.close()
