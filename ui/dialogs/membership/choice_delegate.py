"""The membership tables' editor of a choice from a list (a role, a person, a currency)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.list_model import Index


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell by choosing from a list; the list is asked for each edit,
    so people added while the dialog is open appear."""

    def __init__(
        self, choices: Callable[[], Sequence[tuple[Any, str]]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value, text in self.choices():
            editor.addItem(text, value)
        editor.setMaxVisibleItems(20)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
