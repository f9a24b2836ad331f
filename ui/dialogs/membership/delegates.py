"""Cell editors of the membership tables: a choice from a list, and a year."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.validation import FIRST_YEAR, LAST_YEAR

Index = QModelIndex | QPersistentModelIndex


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
