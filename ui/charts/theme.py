"""The charts' colours: the screen's palette, or the light print theme for paper and PNG."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class ChartTheme:
    """Colours chosen to read apart in greyscale too (dark, mid and light)."""

    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    series: str = "#2f6aa8"  # mid blue
    highlight: str = "#0b2545"  # navy: the chosen year, also labelled
    other: str = "#a3acb6"  # grey: "other" and the rest
    hover: str = "#e69f00"  # orange outline under the mouse


PRINT_THEME = ChartTheme(
    background=QColor("#ffffff"),
    text=QColor("#1a1a1a"),
    muted=QColor("#555555"),
    grid=QColor("#d0d0d0"),
)


def screen_theme(widget: QWidget) -> ChartTheme:
    palette = widget.palette()
    return ChartTheme(
        background=palette.color(QPalette.ColorRole.Base),
        text=palette.color(QPalette.ColorRole.Text),
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
        grid=palette.color(QPalette.ColorRole.Mid),
    )
