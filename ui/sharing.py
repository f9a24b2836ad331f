"""The window's parts for shared use: others' changes, the change log, backups, connection.

`Sharing(window)` plugs them into a `MainWindow`: the commands behind their
entries in the menus (placed by `ui.menus`), a `RegisterWatcher` that reloads
the views when colleagues saved (never under an open editor), the change log in
a window of its own, "Back up now", "Restore from backup" and "Database
connection", which reopens the window on the newly chosen register.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from app.backups import BackupInfo, back_up
from app.paths import backup_dir
from app.progress import Progress
from app.store import Store
from ui import settings as keys
from ui.actions import ActionId
from ui.dialogs.backup_dialog import BackupDialog
from ui.dialogs.connection_dialog import ConnectionDialog
from ui.opening import backup_policy, open_store_or_explain
from ui.refresh import RegisterWatcher
from ui.tasks import run_task
from ui.views.changelog_view import ChangeLogView

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Sharing(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.change_log: QDialog | None = None
        seconds = max(0, window.settings.get(keys.REFRESH_SECONDS))
        self.watcher = RegisterWatcher(window.store, seconds, self)
        self.watcher.changed.connect(self.show_others_changes)
        for view in window.views.values():  # the user's own saves are no news
            view.changed.connect(self.watcher.mark_seen)
        self._add_actions()

    def _add_actions(self) -> None:
        actions = self.window.actions
        connect = {
            ActionId.CHANGE_LOG: self.show_change_log,
            ActionId.BACKUP_NOW: self.back_up_now,
            ActionId.RESTORE_BACKUP: self.restore_backup,
            ActionId.CONNECTION: self.change_connection,
        }
        for action_id, slot in connect.items():
            actions[action_id].triggered.connect(slot)
        on_file = self.window.store.path is not None  # a server is backed up on the server
        actions[ActionId.BACKUP_NOW].setEnabled(on_file)

    # --- others' changes -------------------------------------------------------------

    def show_others_changes(self) -> None:
        by_others = self.watcher.by_others
        self.window.refresh_all()
        if self.change_log is not None and self.change_log.isVisible():
            view = self.change_log.findChild(ChangeLogView)
            if view is not None:
                view.refresh_people()
                view.refresh()
        if by_others:  # one's own saves from elsewhere (an import) are no news
            self.window.status.showMessage(self.tr("Colleagues' changes are shown."), 5000)

    # --- the change log --------------------------------------------------------------

    def show_change_log(self) -> None:
        if self.change_log is None:
            self.change_log = _change_log_window(self.window.store, self.window)
        self.change_log.show()
        self.change_log.raise_()
        self.change_log.activateWindow()

    # --- backups ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        register, folder = self.window.store.path, backup_dir()
        policy = backup_policy(self.window.settings)
        if register is None:
            return

        def work(_progress: Progress) -> BackupInfo:
            return back_up(register, folder, policy=policy)

        run_task(self.window, self.tr("Backing up"), work, self._backed_up)

    def _backed_up(self, backup: BackupInfo) -> None:
        self.window.status.showMessage(
            self.tr("Backed up to %1.").replace("%1", str(backup.path)), 8000
        )

    def restore_backup(self) -> None:
        dialog = BackupDialog(self.window.store, self.window.settings, self.window)
        dialog.restored.connect(self._restored)
        dialog.exec()

    def _restored(self) -> None:
        self.window.register_changed()
        self.watcher.mark_seen()

    # --- the connection --------------------------------------------------------------

    def change_connection(self) -> None:
        dialog = ConnectionDialog(self.window.settings, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = open_store_or_explain(dialog.target(), self.window.settings)
        if store is not None:
            reopen(self.window, store)


def reopen(old: MainWindow, store: Store) -> MainWindow:
    """A new window on `store` in place of `old`, whose register is closed."""
    from ui.main_window import MainWindow

    window = MainWindow(store, old.settings)
    Sharing(window)
    window.show()
    old.close()
    old.store.close()
    old.deleteLater()
    return window


def _change_log_window(store: Store, parent: MainWindow) -> QDialog:
    dialog = QDialog(parent, objectName="change_log_window")
    # QCoreApplication.translate: dialog.tr() would look in the context "QDialog".
    dialog.setWindowTitle(QCoreApplication.translate("dialog", "Change log"))
    dialog.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(ChangeLogView(store, dialog))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.hide)
    layout.addWidget(buttons)
    dialog.resize(1100, 680)
    return dialog
