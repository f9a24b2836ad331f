"""The membership tables' editor of a year, which may be optional."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.validation import FIRST_YEAR, LAST_YEAR
from ui.models.list_model import Index


class YearDelegate(QStyledItemDelegate):
    """Edits a year with arrows or typing; an optional year can be left out ('—')."""

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(FIRST_YEAR - 1 if self.optional else FIRST_YEAR, LAST_YEAR)
        editor.setGroupSeparatorShown(False)
        if self.optional:
            editor.setSpecialValueText("—")  # the lowest value means 'no year'
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(int(value) if value is not None else editor.minimum())

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        value = editor.value()
        year = None if self.optional and value == editor.minimum() else value
        model.setData(index, year, Qt.ItemDataRole.EditRole)
