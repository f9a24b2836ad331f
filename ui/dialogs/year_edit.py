"""A year typed into an editor, or nothing."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QSizePolicy, QWidget


class YearEdit(QLineEdit):
    """A year, or nothing: four digits at most, empty meaning 'not given'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, year: int | None) -> None:
        self.setText("" if year is None else str(year))
