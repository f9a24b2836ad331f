"""A filter's combo box: "everything" first, then the filter's options.

Options gathered from the rows (e.g. the departments named in 50,000
memberships) are collected when the list is opened or the combo gets the
focus, not on every refresh: the choice is kept while it still exists.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QWidget

from ui.views.filters import Filter


class FilterCombo(QComboBox):
    def __init__(
        self, spec: Filter[Any], rows: Callable[[], Sequence[Any]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec, self._rows = spec, rows
        self.setObjectName(f"filter_{spec.key}")
        self.setToolTip(spec.label)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(max(len(spec.everything), 12))
        self._stale = True
        self.refill()

    def rows_changed(self) -> None:
        """New rows: the options are gathered again before they are next shown."""
        self._stale = True
        if not self.spec.from_rows:
            self.refill()

    def refill(self) -> None:
        if not self._stale:
            return
        self._stale = False
        chosen = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.spec.everything, None)
        for value, text in self.spec.options(self._rows() if self.spec.from_rows else []):
            self.addItem(text, value)
        position = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(position, 0))
        self.blockSignals(False)
        if position < 0:  # the chosen value is gone: show everything again
            self.currentIndexChanged.emit(0)

    def showPopup(self) -> None:
        self.refill()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.refill()  # before the arrow keys step through the options
        super().focusInEvent(event)
