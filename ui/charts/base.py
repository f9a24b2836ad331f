"""What every chart of the overview shares: title, hover tooltips, PNG and print.

Charts are drawn with QPainter (Qt Charts would add a large module to the
Windows bundle for a handful of bars). A subclass draws the chart's `points`
into a rectangle with a `ChartTheme` and reports the rectangles of its marks
with their tooltips; the base class shows those on hover and offers "Save as PNG…" and "Print…"
from the context menu (also on the keyboard's menu key). Exports and prints
always use the light print theme, whatever the screen's colours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QToolTip, QWidget

from app.files import written_whole
from ui import formatting
from ui.charts.point import ChartPoint
from ui.charts.theme import PRINT_THEME, ChartTheme, screen_theme
from ui.errors import show_error


def _tr(text: str) -> str:
    # One context for every chart: `self.tr` would use each subclass's name.
    return QCoreApplication.translate("charts", text)


@dataclass(frozen=True)
class Mark:
    """A drawn bar and what hovering over it tells."""

    rect: QRectF
    tip: str


class ChartWidget(QWidget):
    """Base of the overview's charts; subclasses implement `draw`."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._points: list[ChartPoint] = []
        self._marks: list[Mark] = []
        self._hovered = -1
        self.value_text: Callable[[float], str] = formatting.amount
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by keyboard, menu key
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 160)
        self.setAccessibleName(title)

    # --- what subclasses provide ---------------------------------------------

    def draw(self, painter: QPainter, area: QRectF, theme: ChartTheme) -> list[Mark]:
        raise NotImplementedError

    def describe(self) -> str:
        """The chart's data in words, for screen readers."""
        return ""

    # --- title and data ------------------------------------------------------

    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.setAccessibleName(title)
        self.update()

    def set_points(self, points: list[ChartPoint]) -> None:
        self._points = list(points)
        self.data_changed()

    def points(self) -> list[ChartPoint]:
        return list(self._points)

    def data_changed(self) -> None:
        self._hovered = -1
        self.setAccessibleDescription(self.describe())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 240)

    # --- painting ------------------------------------------------------------

    def paint(
        self, painter: QPainter, rect: QRectF, theme: ChartTheme, font: QFont | None = None
    ) -> list[Mark]:
        """Title and chart into `rect` in `font` (the widget's own by default);
        returns the marks drawn."""
        font = QFont(font or self.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(rect, theme.background)
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(theme.text)
        height = QFontMetricsF(bold).height()
        title_rect = QRectF(
            rect.left() + 8, rect.top() + 6, rect.width() - 40, height
        )  # room for the menu button
        title = QFontMetricsF(bold).elidedText(
            self._title, Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(font)
        area = rect.adjusted(8, height + 14, -10, -6)
        return self.draw(painter, area, theme)

    def export_font(self, width: float) -> QFont:
        """A font in pixels sized to the picture, so images and pages of any
        resolution look alike."""
        font = QFont(self.font())
        font.setPixelSize(max(11, round(width / 68)))
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._marks = self.paint(painter, QRectF(self.rect()), screen_theme(self))
        if 0 <= self._hovered < len(self._marks):
            painter.setPen(QPen(QColor(PRINT_THEME.hover), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._marks[self._hovered].rect.adjusted(-1, -1, 1, 1))
        painter.end()

    def marks(self) -> list[Mark]:
        return list(self._marks)

    # --- hover ---------------------------------------------------------------

    def mark_at(self, point: QPoint) -> int:
        for index, mark in enumerate(self._marks):
            if mark.rect.adjusted(-2, -2, 2, 2).contains(point.toPointF()):
                return index
        return -1

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.mark_at(event.position().toPoint())
        if index != self._hovered:
            self._hovered = index
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._hovered = -1
        self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.mark_at(event.pos())
            if index >= 0:
                QToolTip.showText(event.globalPos(), self._marks[index].tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- images and printing -------------------------------------------------

    def to_image(self, size: QSize) -> QImage:
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(PRINT_THEME.background)
        painter = QPainter(image)
        rect = QRectF(0, 0, size.width(), size.height())
        self.paint(painter, rect, PRINT_THEME, self.export_font(size.width()))
        painter.end()
        return image

    def render_png(self, path: str, size: QSize | None = None) -> None:
        """Writes the chart as a PNG (for slides); OSError when it cannot."""
        with written_whole(Path(path)) as temporary:
            if not self.to_image(size or QSize(1200, 750)).save(str(temporary), "PNG"):
                raise OSError(_tr("The image could not be written to {0}.").format(path))

    def print_to(self, device: object) -> None:
        """Draws the chart on a page of a printer or PDF writer, keeping its proportions."""
        from ui.charts.printing import paint_on_page

        paint_on_page(self, device)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.chart_menu(self).exec(event.globalPos())

    def chart_menu(self, parent: QWidget) -> QMenu:
        """The chart's menu, Save as PNG and Print: its context menu and its panel's button."""
        menu = QMenu(parent)
        menu.addAction(_tr("Save as PNG…"), self.save_png_dialog)
        menu.addAction(_tr("Print…"), self.print_dialog)
        return menu

    def save_png_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save chart as PNG"), f"{self._title}.png", _tr("PNG image (*.png)")
        )
        if path:
            try:
                self.render_png(path)
            except OSError as exc:
                show_error(self, exc)

    def print_dialog(self) -> None:
        from ui.charts.printing import print_with_dialog

        print_with_dialog(self, self._title, self.print_to)
