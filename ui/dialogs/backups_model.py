"""The backups of the register file as the backup dialog lists them: made, kind, size."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.backups import DAILY, DAMAGED, MANUAL, BackupInfo
from ui import formatting
from ui.models.list_model import Index, ListTableModel, Role


def kind_text(backup: BackupInfo) -> str:
    def tr(text: str) -> str:
        return QCoreApplication.translate("BackupDialog", text)

    if backup.is_before_migration:
        return tr("Before the program updated the register")
    return {
        DAILY: tr("Daily, at start-up"),
        MANUAL: tr("Made with Back up now"),
        "before-restore": tr("The register before a restore"),
        DAMAGED: tr("A damaged register, kept"),
    }.get(backup.reason, backup.reason)


class BackupsModel(ListTableModel):
    """State: `rows`, the backups newest first, as `app.backups.list_backups` gives them."""

    rows: Sequence[BackupInfo]

    def __init__(self, parent: Any = None) -> None:
        super().__init__((self.tr("Made"), self.tr("Kind"), self.tr("Size")), parent)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        backup = self.rows[index.row()]
        if role == Role.DisplayRole:
            if index.column() == 0:
                return formatting.date_time(backup.made_at, utc=False)
            if index.column() == 1:
                return kind_text(backup)
            return self.tr("%1 kB").replace("%1", formatting.integer(-(-backup.size // 1024)))
        if role == Role.ToolTipRole:
            return str(backup.path)
        if role == Role.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
