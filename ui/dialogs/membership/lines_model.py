"""An editable table over a list of frozen 'lines' (a fee, a contact, a position).

State: `lines` is the list shown, one row per line, in the user's order. Each
column is declared once as a `Column`: what it shows, what an editor starts
from, how an edited value makes a new line (lines are frozen dataclasses, so
an edit replaces the line), and what is wrong with a cell (shown in red with
the reason as its tooltip). `edited` is emitted after every change the user
makes, so the dialog can re-check the form and notice unsaved changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PROBLEM_COLOUR = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    header: str
    show: Callable[[Any], str]
    edit_value: Callable[[Any], Any] | None = None  # None: the column is read-only
    apply: Callable[[Any, Any], Any] | None = None  # (line, edited value) -> new line
    align: Qt.AlignmentFlag = LEFT
    problem: Callable[[Any], str] | None = None  # what is wrong with the cell, or ""
    tip: Callable[[Any], str] | None = None  # an explanation shown on hovering


class LinesModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.lines: list[Any] = []

    # --- the lines ------------------------------------------------------------------

    def set_lines(self, lines: Sequence[Any]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def append(self, line: Any) -> int:
        row = len(self.lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self.lines.append(line)
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.lines):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self.lines[row]
                self.endRemoveRows()
        self.edited.emit()

    def replace(self, row: int, line: Any) -> None:
        self.lines[row] = line
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def refresh_all(self) -> None:
        """Shown values depend on something outside the lines (e.g. rates) that changed."""
        if self.lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.lines) - 1, len(self.columns) - 1)
            )

    # --- the Qt model -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line, column = self.lines[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.show(line)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(line) if column.edit_value else column.show(line)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(PROBLEM_COLOUR) if self.problem(line, column) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = column.tip(line) if column.tip else ""
            return self.problem(line, column) or tip or None
        return None

    @staticmethod
    def problem(line: Any, column: Column) -> str:
        return column.problem(line) if column.problem else ""

    def problems(self) -> list[tuple[int, str]]:
        """(row, what is wrong) for every cell with a problem, in table order."""
        return [
            (row, problem)
            for row, line in enumerate(self.lines)
            for column in self.columns
            if (problem := self.problem(line, column))
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].header
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.lines):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].apply is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if column is None or column.apply is None or role != Qt.ItemDataRole.EditRole:
            return False
        line = self.lines[index.row()]
        changed = column.apply(line, value)
        if changed is None or changed == line:
            return changed is not None
        self.replace(index.row(), changed)
        self.edited.emit()
        return True
