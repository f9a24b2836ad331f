"""One sheet's page of the import's mapping dialog: its header row and its columns.

The header row can be moved when the suggestion found the wrong one; the fields
are then suggested anew.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableView, QVBoxLayout, QWidget

from app.spreadsheet.builder import SheetSource
from ui.dialogs.import_field_delegate import FieldDelegate
from ui.dialogs.import_mapping_model import FIELD_COLUMN, MappingModel
from ui.widgets.labelled import labelled


class SheetMapping(QWidget):
    """One sheet's header row and column table."""

    changed = Signal()

    def __init__(self, sheet: SheetSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.model = MappingModel(sheet, self)
        self.table = QTableView(self)
        self.table.setObjectName("mapping_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(
            FIELD_COLUMN, FieldDelegate(sheet.kind or "memberships", self.table)
        )
        self.table.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(FIELD_COLUMN, 260)
        self.table.resizeColumnToContents(1)
        self.header_row = QSpinBox(self)
        self.header_row.setObjectName("header_row")
        self.header_row.setRange(1, max(len(sheet.grid.rows), 1))
        self.header_row.setValue((sheet.header_row or 0) + 1)
        self.header_row.valueChanged.connect(self.model.set_header_row)
        self.model.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.addLayout(labelled(self.tr("The headers are in row"), self.header_row))
        layout.addWidget(self.table)
