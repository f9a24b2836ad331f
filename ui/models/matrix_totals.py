"""The base of the matrix's totals, in models of their own so their views stay in sight.

`RowTotalsModel` (one row per matrix row, one column per row total) is shown
beside the cells, `ColumnTotalsModel` (one row per column total, one column per
matrix column) below them. Both read the `MatrixModel`'s table and follow its
reset and its highlighted row and column; they hold no state of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel

from app.matrix.table import MatrixTable
from ui.models.matrix_headers import HeaderMixin
from ui.models.matrix_model import MatrixModel


class TotalsModel(HeaderMixin, QAbstractTableModel):
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
