"""The matrix's three synchronised views: cells, row totals beside, column totals below.

Like frozen panes in Excel: the cells scroll both ways under their own
headers (which never scroll away); the row totals follow the cells
vertically and the column totals horizontally, so both stay in sight. The
cells' own scroll bars are hidden: the row totals' vertical bar and the
column totals' horizontal bar, at the outer edges, drive all three.
Rows and columns have fixed sizes, so the three line up exactly.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QStyle,
    QTableView,
    QWidget,
)

from app.matrix.table import MatrixTable
from ui.models.column_totals_model import MONEY_ROLE, ColumnTotalsModel
from ui.models.matrix_model import MatrixModel, total_text, tr_app
from ui.models.row_totals_model import RowTotalsModel
from ui.views.matrix_cells import CellsView
from ui.views.matrix_header import PADDING, UprightHeader, UprightTextDelegate

OFF = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
ON = Qt.ScrollBarPolicy.ScrollBarAlwaysOn
PER_PIXEL = QAbstractItemView.ScrollMode.ScrollPerPixel
FIXED = QHeaderView.ResizeMode.Fixed


def _table(model: object, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollMode(PER_PIXEL)
    view.setVerticalScrollMode(PER_PIXEL)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setWordWrap(False)
    return view


class MatrixPanes(QFrame):
    row_total_clicked = Signal(str)  # the key of the total whose header was clicked

    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = model
        self.cells = CellsView(self)
        self.cells.setObjectName("matrix_cells")
        self.cells.setModel(model)
        self.cells.setHorizontalHeader(UprightHeader(self.cells))
        self.cells.setFrameShape(QFrame.Shape.NoFrame)
        self.cells.setHorizontalScrollMode(PER_PIXEL)
        self.cells.setVerticalScrollMode(PER_PIXEL)
        self.cells.setHorizontalScrollBarPolicy(OFF)
        self.cells.setVerticalScrollBarPolicy(OFF)
        self.cells.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cells.setWordWrap(False)
        self.cells.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.row_totals = _table(RowTotalsModel(model), self)
        self.row_totals.setObjectName("matrix_row_totals")
        self.row_totals.setHorizontalHeader(UprightHeader(self.row_totals))
        self.row_totals.verticalHeader().hide()
        self.row_totals.setHorizontalScrollBarPolicy(OFF)
        self.row_totals.setVerticalScrollBarPolicy(ON)
        self.column_totals = _table(ColumnTotalsModel(model), self)
        self.column_totals.setObjectName("matrix_column_totals")
        self.column_totals.horizontalHeader().hide()
        self.column_totals.setVerticalScrollBarPolicy(OFF)
        self.column_totals.setHorizontalScrollBarPolicy(ON)
        # Sums of money are wider than a matrix column: drawn upright.
        self.column_totals.setItemDelegate(UprightTextDelegate(self.column_totals, MONEY_ROLE))
        self.corner = QWidget(self)
        self._lay_out()
        self._synchronise()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.cells, 0, 0)
        grid.addWidget(self.row_totals, 0, 1)
        grid.addWidget(self.column_totals, 1, 0)
        grid.addWidget(self.corner, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setColumnStretch(0, 1)
        self._content = QSize(640, 480)  # until a table is shown

    def _synchronise(self) -> None:
        pairs = (
            (self.cells.verticalScrollBar(), self.row_totals.verticalScrollBar()),
            (self.cells.horizontalScrollBar(), self.column_totals.horizontalScrollBar()),
        )
        for one, other in pairs:
            one.valueChanged.connect(other.setValue)
            other.valueChanged.connect(one.setValue)
            other.rangeChanged.connect(lambda _lo, _hi, a=one, b=other: a.setValue(b.value()))
        self.row_totals.horizontalHeader().sectionClicked.connect(self._sort_clicked)
        self.row_totals.clicked.connect(lambda index: self.cells.selectRow(index.row()))
        self.column_totals.clicked.connect(lambda index: self.cells.selectColumn(index.column()))
        self.cells.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.model.set_highlight(current.row(), current.column())

    def _sort_clicked(self, section: int) -> None:
        totals = self.model.table.row_totals
        if 0 <= section < len(totals):
            self.row_total_clicked.emit(totals[section].key)

    def fit(self, table: MatrixTable) -> None:
        """Sizes rows, columns and panes to the table just shown, so all three line up."""
        metrics = QFontMetrics(self.font())
        row_height = metrics.height() + 8
        column_width = max(row_height + 2, metrics.horizontalAdvance("●") + 14)
        for header in (
            self.cells.verticalHeader(), self.row_totals.verticalHeader(),
            self.column_totals.verticalHeader(),
        ):  # fmt: skip
            header.setSectionResizeMode(FIXED)
            header.setMinimumSectionSize(row_height)  # else the style's minimum may win
            header.setDefaultSectionSize(row_height)
        for header in (self.cells.horizontalHeader(), self.column_totals.horizontalHeader()):
            header.setSectionResizeMode(FIXED)
            header.setMinimumSectionSize(column_width)
            header.setDefaultSectionSize(column_width)
        labels = [h.label for h in table.rows] + [tr_app(t.label) for t in table.column_totals]
        widest = max((metrics.horizontalAdvance(text) for text in labels[:5000]), default=120)
        label_width = max(160, min(340, widest + 2 * PADDING + 6))
        self.cells.verticalHeader().setFixedWidth(label_width)
        self.column_totals.verticalHeader().setFixedWidth(label_width)
        header_height = self._fit_row_totals(table, metrics, row_height)
        self._fit_column_totals(table, metrics, row_height)
        content_width = label_width + self.cells.horizontalHeader().length()
        content_height = header_height + self.cells.verticalHeader().length()
        self.cells.setMaximumSize(content_width, content_height)
        self.row_totals.setMaximumHeight(content_height)
        self.column_totals.setMaximumWidth(content_width)
        frame = 2 * self.frameWidth()
        self._content = QSize(
            content_width + self.row_totals.maximumWidth() + frame,
            content_height + self.column_totals.maximumHeight() + frame,
        )
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """The whole matrix: the view places it top-left and gives it up to this much."""
        return self._content

    def _fit_row_totals(self, table: MatrixTable, metrics: QFontMetrics, row_height: int) -> int:
        """Sizes the row totals; returns the height of the column headers."""
        cells_header = self.cells.horizontalHeader()
        assert isinstance(cells_header, UprightHeader)
        height = cells_header.fit_to([h.label for h in table.columns], low=90)
        totals_header = self.row_totals.horizontalHeader()
        assert isinstance(totals_header, UprightHeader)
        totals_header.set_text_height(height)
        totals_header.setSectionResizeMode(FIXED)
        width = 0
        for index, total in enumerate(table.row_totals):
            values = [total_text(total, v[index]) for v in table.row_total_values]
            widest = max((metrics.horizontalAdvance(v) for v in values), default=0)
            section = max(row_height + 16, widest + 14)
            totals_header.resizeSection(index, section)
            width += section
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.row_totals.setFixedWidth(width + bar)
        self.corner.setFixedWidth(width + bar)
        return height

    def _fit_column_totals(
        self, table: MatrixTable, metrics: QFontMetrics, row_height: int
    ) -> None:
        height = 0
        header = self.column_totals.verticalHeader()
        for index, total in enumerate(table.column_totals):
            section = row_height
            if total.money:  # drawn upright in the narrow columns
                values = [total_text(total, v) for v in table.column_total_values[index]]
                widest = max((metrics.horizontalAdvance(v) for v in values), default=0)
                section = max(row_height, widest + 2 * PADDING + 2)
            header.resizeSection(index, section)
            height += section
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.column_totals.setFixedHeight(height + bar)
        self.corner.setFixedHeight(height + bar)
