"""The editor of the mapping table's field column: a combo box of the sheet's fields."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.spreadsheet.headers import FIELDS_OF_KIND
from ui.dialogs.import_mapping_model import field_label
from ui.models.list_model import Index, Role


class FieldDelegate(QStyledItemDelegate):
    """A combo box of the sheet's fields, and 'not imported'."""

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.addItem(field_label(self.kind, None), None)
        for field in FIELDS_OF_KIND[self.kind]:
            combo.addItem(field_label(self.kind, field.key), field.key)
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Role.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Role.EditRole)
