"""One generic table model over a list of the services' rows.

State: `rows` (frozen dataclasses from app/, replaced whole by `set_rows`) and
`columns` (declared once per view). Sort keys and the lowercase search text
of each row are derived lazily, column by column, and dropped with the rows:
nothing is computed for 50,000 rows until a sort or a search needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.collation import ranks
from ui.models.columns import Column, Kind, R

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root: every row's parent
Role = Qt.ItemDataRole
DISPLAY, ALIGNMENT = Role.DisplayRole.value, Role.TextAlignmentRole.value
BACKGROUND, TOOLTIP = Role.BackgroundRole.value, Role.ToolTipRole.value
ID_ROLE = Role.UserRole.value + 1  # the record id of the row
ROW_ROLE = Role.UserRole.value + 2  # the row object itself
ROLES = frozenset((DISPLAY, ALIGNMENT, BACKGROUND, TOOLTIP, ID_ROLE, ROW_ROLE))  # all it answers
WARNING_BRUSH = QBrush(QColor(255, 243, 205))  # a soft amber: "look here", not "error"
SEPARATOR = "\x1f"  # between columns in the search text: a match never spans two cells


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
        self._alignments = [c.alignment() for c in self.columns]
        self.rows: list[R] = []
        self._sort_keys: dict[int, list[Any]] = {}
        self._search: dict[tuple[int, ...], list[str]] = {}

    # --- data in ------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sort_keys.clear()
        self._search.clear()
        self.endResetModel()

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- derived, cached until the rows change -------------------------------------

    def sort_keys(self, column: int) -> list[Any]:
        """Per row: a number, an integer rank in Swedish order, or None (empty)."""
        if column not in self._sort_keys:
            spec = self.columns[column]
            values = [spec.sort_value(row) for row in self.rows]
            if spec.kind is Kind.TEXT or any(isinstance(v, str) for v in values):
                values = ranks(["" if v is None else str(v) for v in values])
            self._sort_keys[column] = values
        return self._sort_keys[column]

    def search_texts(self, columns: Sequence[int]) -> list[str]:
        """Per row: the lowercase text of `columns`, for matching as the user types."""
        key = tuple(columns)
        if key not in self._search:
            per_column = [self._column_search_text(c) for c in key]
            self._search[key] = [SEPARATOR.join(cells) for cells in zip(*per_column, strict=True)]
        return self._search[key]

    def _column_search_text(self, column: int) -> list[str]:
        text = self.columns[column].search_text
        return [text(row).casefold() for row in self.rows]

    # --- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ROLES or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_number: int, column: int, role: int = DISPLAY) -> Any:
        return self._value(self.rows[row_number], self.columns[column], column, role)

    def _value(self, row: R, spec: Column[R], column: int, role: int) -> Any:
        # Plain integer roles and cached alignments: this runs for every painted cell, for
        # each of seven roles. (Not multiData: it answers through QModelRoleData.setData, a
        # void call, and PySide6 6.12.0 on Python 3.11 drops a reference to None on every
        # void call: see tests/ui/test_qt_binding.py.)
        if role == DISPLAY:
            return spec.display(row)
        if role == ALIGNMENT:
            return self._alignments[column]
        if role == BACKGROUND:
            return WARNING_BRUSH if spec.warn is not None and spec.warn(row) else None
        if role == TOOLTIP:
            return spec.tooltip(row) if spec.tooltip is not None else None
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Role.DisplayRole else None
        if not 0 <= section < len(self.columns):
            return None
        spec = self.columns[section]
        if role == Role.DisplayRole:
            return spec.header
        if role == Role.ToolTipRole:
            return spec.header_tip or spec.header
        if role == Role.TextAlignmentRole:
            return spec.alignment()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
