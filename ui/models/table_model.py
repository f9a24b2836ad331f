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
ID_ROLE = Role.UserRole + 1  # the record id of the row
ROW_ROLE = Role.UserRole + 2  # the row object itself
WARNING_BACKGROUND = QColor(255, 243, 205)  # a soft amber: "look here", not "error"
SEPARATOR = "\x1f"  # between columns in the search text: a match never spans two cells


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[Column[R]] = list(columns)
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
        spec = self.columns[column]
        texts = [spec.display(row).casefold() for row in self.rows]
        if spec.kind is Kind.NUMBER:  # "15000" finds "15 000" too
            texts = [t + " " + "".join(ch for ch in t if ch.isdigit()) for t in texts]
        return texts

    # --- Qt model interface --------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row_number: int, column: int, role: int = Role.DisplayRole) -> Any:
        row, spec = self.rows[row_number], self.columns[column]
        if role == Role.DisplayRole:
            return spec.display(row)
        if role == Role.TextAlignmentRole:
            return spec.alignment()
        if role == Role.ToolTipRole:
            return spec.tooltip(row) if spec.tooltip is not None else None
        if role == Role.BackgroundRole:
            return QBrush(WARNING_BACKGROUND) if spec.warn is not None and spec.warn(row) else None
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
