"""A horizontal bar chart: one labelled bar per category, its value at its end."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from ui.charts.base import ChartWidget, Mark
from ui.charts.theme import ChartTheme

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BarChart(ChartWidget):
    """Categories largest first; rows that do not fit are summed up in a last line."""

    def describe(self) -> str:
        return "; ".join(f"{p.label}: {self.value_text(p.value or 0)}" for p in self._points)

    def draw(self, painter: QPainter, area: QRectF, theme: ChartTheme) -> list[Mark]:
        if not self._points:
            return []
        metrics = QFontMetricsF(painter.font())
        row = min(metrics.height() * 2.0, area.height() / len(self._points))
        shown = self._points
        if row < metrics.height() * 1.3:
            row = metrics.height() * 1.3
            fit = max(1, int(area.height() // row) - 1)
            shown = self._points[:fit]
            self._draw_rest(painter, area, row * fit, row, len(self._points) - fit, theme)
        label_width = min(
            area.width() * 0.42, max(metrics.horizontalAdvance(p.label) for p in shown) + 10
        )
        value_width = max(metrics.horizontalAdvance(self.value_text(p.value or 0)) for p in shown)
        largest = max((p.value or 0.0) for p in self._points) or 1.0
        span = max(area.width() - label_width - value_width - 8, 10)
        marks = []
        for index, point in enumerate(shown):
            top = area.top() + row * index
            label = QRectF(area.left(), top, label_width - 8, row)
            painter.setPen(theme.text)
            painter.drawText(
                label,
                LEFT,
                metrics.elidedText(point.label, Qt.TextElideMode.ElideRight, label.width()),
            )
            length = span * (point.value or 0.0) / largest
            thickness = min(row * 0.64, metrics.height() * 1.1)
            bar = QRectF(area.left() + label_width, top + (row - thickness) / 2, length, thickness)
            painter.fillRect(bar, QColor(theme.other if point.other else theme.series))
            value = QRectF(bar.right() + 4, top, value_width + 4, row)
            painter.drawText(value, LEFT, self.value_text(point.value or 0))
            hit = QRectF(area.left(), top, label_width + span + value_width, row)
            marks.append(
                Mark(hit, point.tip or f"{point.label}: {self.value_text(point.value or 0)}")
            )
        return marks

    def _draw_rest(
        self,
        painter: QPainter,
        area: QRectF,
        offset: float,
        row: float,
        count: int,
        theme: ChartTheme,
    ) -> None:
        painter.setPen(theme.muted)
        text = QCoreApplication.translate("charts", "… and {0} more").format(count)
        painter.drawText(QRectF(area.left(), area.top() + offset, area.width(), row), LEFT, text)
