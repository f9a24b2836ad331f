"""The look of a heading: the widget's own font, bold and larger."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget


def make_heading(widget: QWidget, scale: float) -> None:
    """Makes `widget`'s font bold and `scale` times its size."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    widget.setFont(font)
