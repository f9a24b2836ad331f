"""One of a fixed set of values in an editor, shown by its label."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceCombo(QComboBox):
    """One of a fixed set of values, shown by their translated labels."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, text in choices:
            self.addItem(text, value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a value this version does not know: show it rather than lose it
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)
