"""A small line of values by year (a fee's trend), with one year marked."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN = 5.0


class Sparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[tuple[int, float]] = []
        self.marked_year: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(self, points: Sequence[tuple[int, float]], marked_year: int | None) -> None:
        self.points = sorted(points)
        self.marked_year = marked_year
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(220, 44)

    def minimumSizeHint(self) -> QSize:
        return QSize(80, 36)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        positions = self._positions()
        line = self.palette().color(QPalette.ColorRole.Text)
        line.setAlpha(160)
        painter.setPen(QPen(line, 1.6))
        for a, b in pairwise(positions):
            painter.drawLine(a, b)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        for (year, _value), point in zip(self.points, positions, strict=True):
            marked = year == self.marked_year
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if marked else QColor(line))
            radius = 3.6 if marked else 2.2
            painter.drawEllipse(point, radius, radius)
        painter.end()

    def _positions(self) -> list[QPointF]:
        years = [y for y, _ in self.points]
        values = [v for _, v in self.points]
        high = max(values)
        # The scale spans at least a quarter of the largest value, so that a small
        # change does not look like a leap.
        low = min(min(values), high * 0.75)
        span_x = max(years[-1] - years[0], 1)
        span_y = (high - low) or 1.0
        width = self.width() - 2 * MARGIN
        height = self.height() - 2 * MARGIN
        result = []
        for year, value in self.points:
            x = MARGIN + (year - years[0]) / span_x * width
            # A flat line sits in the middle rather than on the floor.
            y = MARGIN + height / 2 if high == low else MARGIN + (high - value) / span_y * height
            result.append(QPointF(x, y))
        return result
