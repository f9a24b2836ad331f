"""The matrix's row totals, shown beside the cells so they stay in sight.

One row per matrix row, one column per row total; the highlighted row is tinted.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ui.models.matrix_model import HIGHLIGHT, RIGHT, TOTALS, VALUE_ROLE, Index, total_text, tr_app
from ui.models.matrix_totals import TotalsModel

R = Qt.ItemDataRole


class RowTotalsModel(TotalsModel):
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
