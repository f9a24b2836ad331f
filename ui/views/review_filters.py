"""The review list's filters and sorting: undecided only, department, recommendation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QToolButton, QWidget

from app.services.review_items import ItemFilter, ReviewItem, SortKey
from app.vocabulary import RECOMMENDATIONS

ALL = None


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undecided = QCheckBox(self.tr("&Undecided only"), self)
        self.undecided.setObjectName("filter_undecided")
        self.department = QComboBox(self)
        self.department.setObjectName("filter_department")
        self.department.setToolTip(self.tr("Memberships a department is responsible for or in"))
        self.recommendation = QComboBox(self)
        self.recommendation.setObjectName("filter_recommendation")
        self.recommendation.addItem(self.tr("Any recommendation"), ALL)
        for value in (*RECOMMENDATIONS.keys(), ""):  # "": not assessed
            text = self.tr("Recommended: {0}").format(RECOMMENDATIONS.label(value))
            self.recommendation.addItem(text, value)
        self.sort = QComboBox(self)
        self.sort.setObjectName("sort_key")
        for key, text in (
            (SortKey.ORGANISATION, self.tr("Sort by name")),
            (SortKey.COST, self.tr("Sort by cost")),
            (SortKey.RATING, self.tr("Sort by rating")),
        ):
            self.sort.addItem(text, key.value)
        self.descending = QToolButton(self)
        self.descending.setObjectName("sort_descending")
        self.descending.setCheckable(True)
        self.descending.setText("↓")
        self.descending.setToolTip(self.tr("Largest first"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.undecided, 0, 0)
        layout.addWidget(self.sort, 0, 1)
        layout.addWidget(self.descending, 0, 2)
        layout.addWidget(self.department, 1, 0)
        layout.addWidget(self.recommendation, 1, 1, 1, 2)
        self.undecided.toggled.connect(self.changed)
        for combo in (self.department, self.recommendation, self.sort):
            combo.currentIndexChanged.connect(self.changed)
        self.descending.toggled.connect(self.changed)
        self.set_departments([])

    def set_departments(self, items: Sequence[ReviewItem]) -> None:
        """Offers the departments taking part in the review's memberships."""
        chosen = self.department.currentData()
        names: dict[int, str] = {}
        for item in items:
            names[item.responsible_department_id] = item.responsible_department
            names.update(item.participants)
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), ALL)
        for department_id, name in sorted(names.items(), key=lambda d: d[1].casefold()):
            self.department.addItem(name, department_id)
        self.department.setCurrentIndex(max(self.department.findData(chosen), 0))
        self.department.blockSignals(False)

    def item_filter(self) -> ItemFilter:
        return ItemFilter(
            undecided_only=self.undecided.isChecked(),
            department_id=self.department.currentData(),
            recommendation=self.recommendation.currentData(),
        )

    def sort_key(self) -> SortKey:
        return SortKey(self.sort.currentData())

    def set_sort(self, key: SortKey, descending: bool) -> None:
        self.blockSignals(True)
        self.sort.setCurrentIndex(self.sort.findData(key.value))
        self.descending.setChecked(descending)
        self.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        """Shows every membership again (keeps the sorting)."""
        self.blockSignals(True)
        self.undecided.setChecked(False)
        self.department.setCurrentIndex(0)
        self.recommendation.setCurrentIndex(0)
        self.blockSignals(False)
        self.changed.emit()
