"""The review's warnings: memberships that need attention, one row per concern.

A table over `needs_attention` rows (organisation and a short concern; the
whole sentence in the tooltip), so a register with thousands of warnings
still shows at once. Activating a row (double-click or Enter) asks the view
to show that membership.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.i18n import language
from app.services.attention import AttentionRow, Concern

Index = QModelIndex
MEMBERSHIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _concern(row: AttentionRow) -> str:
    if row.concern == Concern.NO_ASSESSMENT:
        return QCoreApplication.translate("review", "No assessment")
    if row.concern == Concern.NO_PRIMARY_CONTACT:
        return QCoreApplication.translate("review", "No primary contact")
    percent = row.params.get("percent", "")
    return QCoreApplication.translate("review", "Fee up {0} %").format(percent)


class AttentionModel(QAbstractTableModel):
    """State: `rows`, the warnings in the order the service gives them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AttentionRow] = []

    def set_rows(self, rows: Sequence[AttentionRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = Index()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = Index()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.organisation if index.column() == 0 else _concern(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.organisation} ({row.department}): {row.text(language())}"
        if role == MEMBERSHIP_ID_ROLE:
            return row.membership_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return QCoreApplication.translate("review", "Membership")
        return QCoreApplication.translate("review", "Concern") if section == 1 else None


class AttentionPanel(QGroupBox):
    membership_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention_panel")
        self.model = AttentionModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("attention_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        widest = QCoreApplication.translate("review", "No primary contact")
        header.resizeSection(1, self.fontMetrics().horizontalAdvance(widest) + 16)
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.set_rows([])

    def set_rows(self, rows: Sequence[AttentionRow]) -> None:
        self.model.set_rows(rows)
        self.setTitle(self.tr("Needs attention ({0})").format(len(rows)))

    def _activated(self, index: Index) -> None:
        self.membership_chosen.emit(int(self.model.data(index, MEMBERSHIP_ID_ROLE)))
