"""The assessments tab: the added value found in earlier years, for reference only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.rows import AssessmentRow
from app.vocabulary import RECOMMENDATIONS
from ui import formatting

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AssessmentsTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessments_tab")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Rating"),
                self.tr("Recommendation"),
                self.tr("Assessed by"),
                self.tr("Added value"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        for column, width in ((0, 60), (1, 60), (2, 120), (3, 140)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(self.tr("No assessment has been made of this membership yet."))
        note = QLabel(self.tr("Assessments are made in the yearly review; shown here to read."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(note)

    def set_assessments(self, assessments: Sequence[AssessmentRow]) -> None:
        rows = sorted(assessments, key=lambda a: a.year, reverse=True)
        self.table.setRowCount(len(rows))
        for row, assessment in enumerate(rows):
            values = (
                (formatting.year(assessment.year), RIGHT),
                (formatting.integer(assessment.rating), RIGHT),
                (_recommended(assessment.recommendation), None),
                (assessment.assessed_by, None),
                (" ".join(assessment.added_value.split()), None),
            )
            for column, (text, align) in enumerate(values):
                item = QTableWidgetItem(text)
                if align is not None:
                    item.setTextAlignment(align)
                if column == 4:
                    item.setToolTip(assessment.added_value)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not rows)


def _recommended(key: str) -> str:
    """The recommendation in words; blank where the assessment gives none."""
    return RECOMMENDATIONS.label(key) if key else ""
