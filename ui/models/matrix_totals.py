"""The matrix's totals, in models of their own so their views stay in sight.

`RowTotalsModel` (one row per matrix row, one column per row total) is shown
beside the cells, `ColumnTotalsModel` (one row per column total, one column per
matrix column) below them. Both read the `MatrixModel`'s table and follow its
reset and its highlighted row and column; they hold no state of their own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from app.matrix.table import MatrixTable
from ui.models.matrix_model import (
    HIGHLIGHT,
    ID_ROLE,
    RIGHT,
    TOTALS,
    VALUE_ROLE,
    HeaderMixin,
    Index,
    MatrixModel,
    total_text,
    tr_app,
)

R = Qt.ItemDataRole
CENTRE_BOTTOM = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
MONEY_ROLE = int(R.UserRole) + 3  # column totals: True where the value is money


class _TotalsModel(HeaderMixin, QAbstractTableModel):
    def __init__(self, cells: MatrixModel) -> None:
        super().__init__(cells)
        self.cells = cells
        cells.modelAboutToBeReset.connect(self.beginResetModel)
        cells.modelReset.connect(self.endResetModel)
        cells.highlight_moved.connect(self._highlight_moved)

    @property
    def table(self) -> MatrixTable:  # type: ignore[override]
        return self.cells.table

    def _highlight_moved(self, old_row: int, old_column: int, row: int, column: int) -> None:
        raise NotImplementedError

    def _repaint_row(self, row: int) -> None:
        if 0 <= row < self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _repaint_column(self, column: int) -> None:
        if 0 <= column < self.columnCount() and self.rowCount():
            self.dataChanged.emit(self.index(0, column), self.index(self.rowCount() - 1, column))


class RowTotalsModel(_TotalsModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.row_totals)

    def _highlight_moved(self, old_row: int, old_column: int, row: int, column: int) -> None:
        if old_row != row:
            self._repaint_row(old_row)
            self._repaint_row(row)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == R.DisplayRole:
            total = self.table.row_totals[column]
            return total_text(total, self.table.row_total_values[row][column])
        if role == VALUE_ROLE:
            return self.table.row_total_values[row][column]
        if role == R.TextAlignmentRole:
            return RIGHT
        if role == R.BackgroundRole:
            return HIGHLIGHT if row == self.cells.highlight[0] else TOTALS
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._header(self.table.rows, section, role)
        if not 0 <= section < len(self.table.row_totals):
            return None
        if role == R.DisplayRole:
            return tr_app(self.table.row_totals[section].label)
        if role == R.ToolTipRole:
            return QCoreApplication.translate(
                "MatrixModel", "Click to sort the rows by this total."
            )
        return None


class ColumnTotalsModel(_TotalsModel):
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.column_totals)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def _highlight_moved(self, old_row: int, old_column: int, row: int, column: int) -> None:
        if old_column != column:
            self._repaint_column(old_column)
            self._repaint_column(column)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == R.DisplayRole:
            total = self.table.column_totals[row]
            return total_text(total, self.table.column_total_values[row][column])
        if role == VALUE_ROLE:
            return self.table.column_total_values[row][column]
        if role == MONEY_ROLE:
            return self.table.column_totals[row].money
        if role == R.TextAlignmentRole:
            return (
                CENTRE_BOTTOM
                if self.table.column_totals[row].money
                else int(Qt.AlignmentFlag.AlignCenter)
            )
        if role == R.BackgroundRole:
            return HIGHLIGHT if column == self.cells.highlight[1] else TOTALS
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            return self._header(self.table.columns, section, role)
        if not 0 <= section < len(self.table.column_totals):
            return None
        if role == R.DisplayRole:
            return tr_app(self.table.column_totals[section].label)
        if role == ID_ROLE:
            return self.table.column_totals[section].key
        return None
