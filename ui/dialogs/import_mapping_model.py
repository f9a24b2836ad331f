"""The columns of one sheet, as the import's mapping dialog shows them.

A row per column: its letter, its header, a few of its values, and the field it
is read as (the suggestion preselected, or "not imported"), which can be changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from app.spreadsheet.builder import SheetSource
from app.spreadsheet.headers import FIELDS_OF_KIND, suggest_mapping
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
