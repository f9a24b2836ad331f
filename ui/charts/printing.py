"""Charts on paper or in a PDF: one page, landscape, the chart as large as fits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QRectF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ui.charts.theme import PRINT_THEME, ChartTheme


class Drawable(Protocol):
    """What a chart offers to be drawn at any size (`ui.charts.base.ChartWidget`)."""

    def paint(self, painter: QPainter, rect: QRectF, theme: ChartTheme, font: QFont) -> object: ...

    def export_font(self, width: float) -> QFont: ...


CANVAS = (1000.0, 625.0)  # the chart's logical size on paper; scaled to the page


def paint_on_page(chart: Drawable, device: QPagedPaintDevice) -> None:
    """Draws `chart` on the current page of `device`, centred, keeping its proportions."""
    painter = QPainter(device)
    if not painter.isActive():
        raise OSError(
            QCoreApplication.translate(
                "charts", "The printer or file could not be opened for drawing."
            )
        )
    page = QRectF(painter.viewport())
    width, height = CANVAS
    scale = min(page.width() / width, page.height() / height)
    painter.translate(
        page.left() + (page.width() - width * scale) / 2,
        page.top() + (page.height() - height * scale) / 2,
    )
    painter.scale(scale, scale)
    chart.paint(painter, QRectF(0, 0, width, height), PRINT_THEME, chart.export_font(width))
    painter.end()


def print_with_dialog(parent: QWidget, title: str, draw: Callable[[QPrinter], None]) -> None:
    """Asks for a printer (the system's dialog) and prints on it in landscape."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("charts", "Print {0}").format(title))
    if dialog.exec() == QDialog.DialogCode.Accepted:
        draw(printer)
