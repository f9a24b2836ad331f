"""A label and then its widget, on one line kept to the left."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


def labelled(text: str, widget: QWidget) -> QHBoxLayout:
    """A line of `text` and then `widget`, kept to the left."""
    line = QHBoxLayout()
    line.addWidget(QLabel(text, widget.parentWidget()))
    line.addWidget(widget)
    line.addStretch(1)
    return line
