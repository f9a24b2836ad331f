"""A form field of the editors with its error beneath, and the error messages' look."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import Problem

ERROR_STYLE = "color: #b3261e;"  # a red that stays readable on light and grey backgrounds


def plain_problem(field: str, text: str) -> Problem:
    """A problem found by the window, its text already translated and shown as is."""
    return Problem(field, text.replace("{", "{{").replace("}", "}}"))


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red message in plain words; hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_messages(label: QLabel, messages: Sequence[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


class FieldRow(QWidget):
    """The widget of one field, any buttons beside it, and its error message beneath."""

    def __init__(self, widget: QWidget, extras: Sequence[QWidget] = ()) -> None:
        super().__init__()
        self.widget = widget
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extras:
            line = QHBoxLayout()
            line.setSpacing(6)
            line.addWidget(widget, 1)
            for extra in extras:
                line.addWidget(extra)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        self.error = error_label(self)
        column.addWidget(self.error)

    def show_messages(self, messages: Sequence[str]) -> None:
        show_messages(self.error, messages)
