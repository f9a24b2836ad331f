"""The "register as of year" selector in the toolbar: a year, or all years."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from app.validation import FIRST_YEAR, LAST_YEAR

ALL_YEARS = FIRST_YEAR - 1  # the spin box's minimum, shown as "All years"


class YearSelector(QWidget):
    year_changed = Signal(object)  # int, or None for all years

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox(self)
        self.spin.setObjectName("year")
        self.spin.setRange(ALL_YEARS, LAST_YEAR)
        self.spin.setSpecialValueText(self.tr("All years"))
        self.spin.setValue(dt.date.today().year)
        self.spin.setKeyboardTracking(False)  # typing "2007" is one change, not four
        self.spin.setAccelerated(True)
        self.spin.setMinimumWidth(self.spin.fontMetrics().horizontalAdvance("All years") + 48)
        self.spin.setToolTip(
            self.tr("The register as of this year: the memberships active in it, its fees")
        )
        caption = QLabel(self.tr("Register as of"), self)
        caption.setBuddy(self.spin)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(caption)
        layout.addWidget(self.spin)
        self.spin.valueChanged.connect(lambda _v: self.year_changed.emit(self.year()))

    def year(self) -> int | None:
        value = self.spin.value()
        return None if value == ALL_YEARS else value

    def set_year(self, year: int | None) -> None:
        self.spin.setValue(ALL_YEARS if year is None else year)
