"""The review's warnings: memberships that need attention, one line per concern.

Activating a line (double-click or Enter) asks the view to show that membership.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from app.i18n import language
from app.services.attention import AttentionRow


class AttentionPanel(QGroupBox):
    membership_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention_panel")
        self.list = QListWidget(self)
        self.list.setObjectName("attention_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.set_rows([])

    def set_rows(self, rows: Sequence[AttentionRow]) -> None:
        self.list.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for row in rows:
            item = QListWidgetItem(icon, f"{row.organisation}: {row.text(language())}")
            item.setData(Qt.ItemDataRole.UserRole, row.membership_id)
            item.setToolTip(self.tr("Double-click to show this membership"))
            self.list.addItem(item)
        self.setTitle(self.tr("Needs attention ({0})").format(len(rows)))

    def _activated(self, item: QListWidgetItem) -> None:
        self.membership_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
