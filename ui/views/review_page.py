"""The review's working page: the list (with filters) left, the membership in the
middle, the decision and the warnings right. Only layout; the view wires it up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.views.review_decision import DecisionPanel
from ui.views.review_detail import ReviewDetail
from ui.views.review_filters import FilterBar
from ui.views.review_list_model import ReviewListModel
from ui.views.review_warnings import AttentionPanel


class ReviewPage(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("review_splitter")
        self.filters = FilterBar(self)
        self.model = ReviewListModel(self)
        self.list = self._list()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.list, 1)
        legend = QLabel(self.tr("✔ keep   ✖ leave   ↻ change   … postpone   ○ not decided"), left)
        legend.setObjectName("review_legend")
        legend.setStyleSheet("color: palette(mid)")
        left_layout.addWidget(legend)
        self.detail = ReviewDetail(self)
        self.decision = DecisionPanel(self)
        self.attention = AttentionPanel(self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.decision)
        right.addWidget(self.attention)
        right.setSizes([300, 400])
        for widget, stretch in ((left, 3), (self.detail, 5), (right, 3)):
            self.addWidget(widget)
            self.setStretchFactor(self.count() - 1, stretch)
        self.setSizes([330, 550, 370])

    def _list(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("review_list")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # Fixed widths: sizing to contents would read every row of a large register.
        metrics = table.fontMetrics()
        for column, sample in ((0, "✔✔"), (2, "10 000 000"), (3, "5")):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width + 20)
        table.verticalHeader().setDefaultSectionSize(metrics.height() * 2 + 8)
        return table
