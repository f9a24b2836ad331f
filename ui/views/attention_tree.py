"""The attention list, grouped by concern: what to look at, membership by membership.

A tree with one branch per concern ("No primary contact (4)") and a line per
membership under it: organisation, responsible department, and a detail where
the concern has one. A double click or Enter on a line emits `open_membership`.
"""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from app.services.attention import Attention, AttentionItem, Concern
from ui import formatting

MEMBERSHIP_ID_ROLE = Qt.ItemDataRole.UserRole
CONCERN_ROLE = Qt.ItemDataRole.UserRole + 1


def _app_text(template: str, params: dict) -> str:
    return QCoreApplication.translate("app", template).format(**params) if template else ""


class AttentionTree(QTreeView):
    open_membership = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attention_model = QStandardItemModel(self)
        self.setModel(self.attention_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.doubleClicked.connect(self._open)
        self.setAccessibleName(self.tr("What needs attention"))

    def set_attention(self, attention: Attention) -> None:
        model = self.attention_model
        model.clear()
        model.setHorizontalHeaderLabels(
            [self.tr("Organisation"), self.tr("Department"), self.tr("Detail")]
        )
        groups: dict[Concern, list[AttentionItem]] = defaultdict(list)
        for item in attention.items:
            groups[item.concern].append(item)
        bold = QFont(self.font())
        bold.setBold(True)
        for concern in Concern:
            if groups.get(concern):
                model.appendRow(self._group(groups[concern], attention.counts[concern], bold))
        for row in range(model.rowCount()):
            self.setFirstColumnSpanned(row, QModelIndex(), True)
        self.expandAll()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

    def _group(self, items: list[AttentionItem], count: int, bold: QFont) -> QStandardItem:
        label = QCoreApplication.translate("app", items[0].label)
        group = QStandardItem(f"{label} ({formatting.integer(count)})")
        group.setFont(bold)
        group.setData(items[0].concern.value, CONCERN_ROLE)
        for item in items:
            sentence = _app_text(item.message, item.params)
            cells = [
                QStandardItem(item.organisation),
                QStandardItem(item.department_short),
                QStandardItem(_app_text(item.detail_template, item.params)),
            ]
            cells[1].setToolTip(item.department)
            for cell in cells:
                cell.setData(item.membership_id, MEMBERSHIP_ID_ROLE)
                cell.setData(item.concern.value, CONCERN_ROLE)
                if not cell.toolTip():
                    cell.setToolTip(f"{item.organisation} ({item.department}): {sentence}")
            group.appendRow(cells)
        if count > len(items):
            more = QStandardItem(
                self.tr("… and {0} more").format(formatting.integer(count - len(items)))
            )
            more.setToolTip(
                self.tr("The list shows the first {0} of each kind.").format(len(items))
            )
            group.appendRow([more, QStandardItem(), QStandardItem()])
        return group

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _open(self, index: QModelIndex) -> None:
        membership_id = index.data(MEMBERSHIP_ID_ROLE)
        if membership_id is not None:
            self.open_membership.emit(int(membership_id))
