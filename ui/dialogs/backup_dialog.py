"""Backups of the register file: the list with dates, "Back up now", "Restore".

Restoring asks first, then (in `app.backups.restore`) checks the backup,
keeps the current register as a backup of its own and copies the backup in
with SQLite's backup API. The window reloads its views on `restored`.
A register on the database server has no backups here: the server's
administrators back it up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.backups import BackupInfo, back_up, list_backups, restore
from app.paths import backup_dir
from app.progress import Progress
from app.store import Store
from ui import formatting
from ui.dialogs.backups_model import BackupsModel
from ui.errors import show_error
from ui.opening import backup_policy
from ui.settings import Settings
from ui.tasks import run_task


class BackupDialog(QDialog):
    restored = Signal()

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.settings = store, settings
        self.folder = backup_dir()
        self.setWindowTitle(self.tr("Backups of the register"))
        self.setObjectName("backup_dialog")
        self.model = BackupsModel(self)
        self.table = QTableView(self, objectName="backups")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.about = QLabel(self, wordWrap=True, openExternalLinks=False)
        self.about.linkActivated.connect(self._open_folder)
        self.message = QLabel(self, objectName="message", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.back_up_button = buttons.addButton(
            self.tr("&Back up now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.back_up_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.about, self.table, self.message, buttons):
            layout.addWidget(widget)
        self.resize(640, 420)
        self.refresh()

    @property
    def register(self) -> Path | None:
        return self.store.path

    def refresh(self) -> None:
        if self.register is None:
            self.about.setText(
                self.tr(
                    "The register is on the database server %1. Its backups are made on the "
                    "server by its administrators; ask them to restore one."
                ).replace("%1", self.store.describe())
            )
            self.model.set_rows([])
            self.back_up_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            return
        self.about.setText(
            self.tr(
                "A backup is made each day the program starts, and before the program updates "
                "the register. The backups are kept in <a href='folder'>%1</a>."
            ).replace("%1", str(self.folder))
        )
        self.model.set_rows(list_backups(self.register, self.folder))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.restore_button.setEnabled(self.model.rowCount() > 0)

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def back_up_now(self) -> None:
        register, folder, policy = self.register, self.folder, backup_policy(self.settings)
        if register is None:
            return

        def work(_progress: Progress) -> BackupInfo:
            return back_up(register, folder, policy=policy)

        self.task = run_task(self, self.tr("Backing up"), work, self._backed_up)

    def _backed_up(self, backup: BackupInfo) -> None:
        self.refresh()
        self.message.setText(self.tr("Backed up to %1.").replace("%1", backup.path.name))

    def restore_selected(self) -> None:
        backup, register = self.selected(), self.register
        if backup is None or register is None or not self._confirm(backup):
            return
        self.store.engine.dispose()  # no connection may stay open on the old file
        try:
            saved = restore(register, backup.path, self.folder, backup_policy(self.settings))
        except Exception as exc:  # shown in plain words; the register is as it was
            show_error(self, exc)
            return
        finally:
            self.store.engine.dispose()
        self.refresh()
        self.message.setText(
            self.tr("Restored the backup of %1. What was there before is kept as %2.")
            .replace("%1", formatting.date_time(backup.made_at, utc=False))
            .replace("%2", saved.name)
        )
        self.restored.emit()

    def _confirm(self, backup: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace the register with the backup made %1?\n\nEverything changed since then "
                "is replaced. The register as it is now is kept as a backup first, so you can "
                "go back to it."
            ).replace("%1", formatting.date_time(backup.made_at, utc=False)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _open_folder(self, _link: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
