"""The matrix's column totals, shown below the cells so they stay in sight.

One row per column total, one column per matrix column; the highlighted column is
tinted, and money totals (`MONEY_ROLE`) sit at the bottom of their cell.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ui.models.matrix_headers import ID_ROLE
from ui.models.matrix_model import HIGHLIGHT, TOTALS, VALUE_ROLE, Index, total_text, tr_app
from ui.models.matrix_totals import TotalsModel

R = Qt.ItemDataRole
CENTRE_BOTTOM = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
MONEY_ROLE = int(R.UserRole) + 3  # column totals: True where the value is money


class ColumnTotalsModel(TotalsModel):
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
