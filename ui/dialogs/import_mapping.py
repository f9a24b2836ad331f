"""The mapping dialog: which field each spreadsheet column is read as.

One table per sheet the import reads: the column's letter, its header, a few
of its values, and the field (a combo box, the suggestion preselected, or
"not imported"). The header row can be moved when the suggestion found the
wrong one, and the year of the list is given here. "Preview" stays disabled
until the required fields have a column.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.spreadsheet.builder import SheetSource
from app.spreadsheet.headers import FIELDS_OF_KIND, suggest_mapping
from app.spreadsheet.importer import ImportSource
from app.spreadsheet.parsing import as_text
from app.spreadsheet.problems import column_letter
from ui.models.list_model import Index, ListTableModel, Role

FIELD_COLUMN = 3
SAMPLES = 3


def field_label(kind: str, key: str | None) -> str:
    """The field's name as the user reads it (marked in app/ in the "import" context)."""
    if key is None:
        return QCoreApplication.translate("import", "(not imported)")
    labels = {f.key: f.label for f in FIELDS_OF_KIND[kind]}
    context = "import" if kind == "memberships" else "export"  # the export's own headers
    return QCoreApplication.translate(context, labels.get(key, key))


def _labelled(text: str, widget: QWidget) -> QHBoxLayout:
    """A line of `text` and then `widget`, kept to the left."""
    line = QHBoxLayout()
    line.addWidget(QLabel(text, widget.parentWidget()))
    line.addWidget(widget)
    line.addStretch(1)
    return line


class MappingModel(ListTableModel):
    """The columns of one sheet and the field each is read as; the field is editable.

    State: the `SheetSource` itself, whose `mapping` list this model edits in place.
    """

    changed = Signal()

    def __init__(self, sheet: SheetSource, parent: Any = None) -> None:
        super().__init__(
            [self.tr("Column"), self.tr("Header"), self.tr("Values"), self.tr("Read as")], parent
        )
        self.sheet = sheet

    @property
    def rows(self) -> list[str | None]:  # type: ignore[override]
        """A row per column of the sheet: the field it is read as (None: not imported)."""
        return self.sheet.mapping

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Role.EditRole and column == FIELD_COLUMN:
            return self.sheet.mapping[row]
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return self._text(row, column, tooltip=role == Role.ToolTipRole)
        return None

    def _text(self, row: int, column: int, *, tooltip: bool) -> str:
        if column == 0:
            return column_letter(row + 1)
        if column == 1:
            headers = self.sheet.headers
            return as_text(headers[row]) if row < len(headers) else ""
        if column == 2:
            values = self.samples(row, 10 if tooltip else SAMPLES)
            return ("\n" if tooltip else "; ").join(values)
        return field_label(self.sheet.kind or "memberships", self.sheet.mapping[row])

    def samples(self, column: int, count: int) -> list[str]:
        found: list[str] = []
        first = (self.sheet.header_row or 0) + 1
        for values in self.sheet.grid.rows[first:]:
            if column < len(values) and values[column] is not None:
                found.append(as_text(values[column]))
                if len(found) == count:
                    break
        return found

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD_COLUMN else flags

    def setData(self, index: Index, value: Any, role: int = Role.EditRole) -> bool:
        if not index.isValid() or index.column() != FIELD_COLUMN or role != Role.EditRole:
            return False
        self.sheet.mapping[index.row()] = value or None
        self.dataChanged.emit(index, index, [Role.DisplayRole, Role.EditRole])
        self.changed.emit()
        return True

    def set_header_row(self, number: int) -> None:
        """Reads the headers from row `number` (1-based) and suggests the fields anew."""
        self.beginResetModel()
        self.sheet.header_row = number - 1
        headers = self.sheet.grid.rows[number - 1] if number <= len(self.sheet.grid.rows) else ()
        width = max((len(r) for r in self.sheet.grid.rows), default=0)
        padded = list(headers) + [None] * (width - len(headers))
        self.sheet.mapping = suggest_mapping(self.sheet.kind or "memberships", padded)
        self.endResetModel()
        self.changed.emit()


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
        layout.addLayout(_labelled(self.tr("The headers are in row"), self.header_row))
        layout.addWidget(self.table)


class MappingDialog(QDialog):
    """Choose how each sheet is read, and the year; accepted means "show the preview"."""

    def __init__(self, source: ImportSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("import_mapping")
        self.setWindowTitle(self.tr("Import {name}").format(name=source.path.name))
        self.resize(900, 560)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(1900, 2200)
        self.year.setSpecialValueText(self.tr("(give the year)"))
        self.year.setMinimum(1899)
        self.year.setValue(source.year or 1899)
        self.tabs = QTabWidget(self)
        self.pages = [SheetMapping(s, self) for s in source.sheets if s.kind in FIELDS_OF_KIND]
        for page in self.pages:
            self.tabs.addTab(page, page.sheet.name)
            page.changed.connect(self._check)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.preview = self.buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.year.valueChanged.connect(self._check)
        layout = QVBoxLayout(self)
        intro = self.tr("Check which field each column is read as; change any that is wrong.")
        layout.addWidget(QLabel(intro, self))
        layout.addLayout(_labelled(self.tr("The list is the register of"), self.year))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._check()

    def chosen_year(self) -> int | None:
        return self.year.value() if self.year.value() >= 1900 else None

    def missing(self) -> list[str]:
        """What must still be chosen, in words."""
        wanted = []
        if self.chosen_year() is None:
            wanted.append(self.tr("the year of the list"))
        for page in self.pages:
            kind = page.sheet.kind or "memberships"
            for field in FIELDS_OF_KIND[kind]:
                if field.required and field.key not in page.sheet.mapping:
                    wanted.append(self.tr("'{field}' in sheet '{sheet}'").format(
                        field=field_label(kind, field.key), sheet=page.sheet.name))  # fmt: skip
        if not self.pages:
            wanted.append(self.tr("a sheet with a list of memberships"))
        return wanted

    def _check(self) -> None:
        missing = self.missing()
        self.preview.setEnabled(not missing)
        text = (
            self.tr("Still to choose: {what}.").format(what=", ".join(missing)) if missing else ""
        )
        self.status.setText(text)
