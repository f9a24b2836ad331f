"""A column chart over years, with a value axis: memberships or fees per year."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.scale import nice_ticks
from ui.charts.base import ChartWidget, Mark
from ui.charts.point import ChartPoint
from ui.charts.theme import ChartTheme


class ColumnChart(ChartWidget):
    """Columns on a value axis; the highlighted column (the chosen year) is darker
    and carries its value, so it stands out without colour too."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.whole_numbers = False  # counts: ticks in steps of 1 or more

    def describe(self) -> str:
        return "; ".join(f"{p.label}: {self._text(p)}" for p in self._points)

    def _text(self, point: ChartPoint) -> str:
        return "–" if point.value is None else self.value_text(point.value)

    def draw(self, painter: QPainter, area: QRectF, theme: ChartTheme) -> list[Mark]:
        if not self._points:
            return []
        metrics = QFontMetricsF(painter.font())
        largest = max((p.value or 0.0) for p in self._points)
        ticks = nice_ticks(largest, 4, whole=self.whole_numbers)
        axis_width = max(metrics.horizontalAdvance(self.value_text(t)) for t in ticks) + 8
        plot = area.adjusted(axis_width, metrics.height() * 1.2, 0, -metrics.height() - 6)
        self._draw_axis(painter, plot, ticks, theme, metrics)
        return self._draw_columns(painter, plot, ticks[-1], theme, metrics)

    def _draw_axis(
        self,
        painter: QPainter,
        plot: QRectF,
        ticks: list[float],
        theme: ChartTheme,
        metrics: QFontMetricsF,
    ) -> None:
        top = ticks[-1] or 1.0
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top
            painter.setPen(QPen(theme.grid, 1))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(theme.muted)
            label = QRectF(plot.left() - 200, y - metrics.height() / 2, 196, metrics.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(label, align, self.value_text(tick))

    def _draw_columns(
        self, painter: QPainter, plot: QRectF, top: float, theme: ChartTheme, metrics: QFontMetricsF
    ) -> list[Mark]:
        slot = plot.width() / len(self._points)
        every = _label_every(self._points, slot, metrics)
        marks = []
        for index, point in enumerate(self._points):
            x = plot.left() + slot * index
            value = point.value or 0.0
            height = plot.height() * value / (top or 1.0)
            bar = QRectF(x + slot * 0.18, plot.bottom() - height, slot * 0.64, height)
            painter.fillRect(bar, QColor(theme.highlight if point.highlight else theme.series))
            painter.setPen(theme.text)
            if index % every == 0 or point.highlight:
                below = QRectF(x - slot, plot.bottom() + 4, slot * 3, metrics.height())
                painter.drawText(below, Qt.AlignmentFlag.AlignHCenter, point.label)
            if point.highlight or point.value is None:
                above = QRectF(
                    x - slot, bar.top() - metrics.height() - 2, slot * 3, metrics.height()
                )
                painter.drawText(above, Qt.AlignmentFlag.AlignHCenter, self._text(point))
            hit = QRectF(x + slot * 0.18, plot.top(), slot * 0.64, plot.height())
            marks.append(Mark(hit if height < 4 else bar, point.tip or self._tip(point)))
        return marks

    def _tip(self, point: ChartPoint) -> str:
        return f"{point.label}: {self._text(point)}"


def _label_every(points: list[ChartPoint], slot: float, metrics: QFontMetricsF) -> int:
    """Label every n-th column so labels never overlap."""
    widest = max(metrics.horizontalAdvance(p.label) for p in points) + 6
    return max(1, int(widest // max(slot, 1.0)) + (1 if widest > slot else 0))
