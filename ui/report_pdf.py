"""The published report as a PDF: A4, numbered pages, the charts drawn from their SVG.

Qt's rich text lays out the print variant of the report (`app.report.print_html`)
into pages; each page is painted with a footer naming the report and the page
("2 / 7"). The writer works at 96 dpi so the HTML's pixel sizes mean what they
mean on screen; text and lines stay vector, and charts are embedded at three
times their size so they print sharp. Needs a QGuiApplication (the command
line makes an offscreen one).
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from app.files import written_whole
from app.report import PrintReport

DPI = 96
CHART_SCALE = 3  # chart images carry this many pixels per layout pixel
FOOTER = 28.0  # layout pixels kept free at the foot of each page
FONT_FAMILIES = ["Segoe UI", "DejaVu Sans", "Arial", "Helvetica"]


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one for the command line
    (fonts and painting need one; a window does not)."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    return QGuiApplication(["membership-register", "-platform", "offscreen"])


def write_pdf(report: PrintReport, path: Path) -> int:
    """Writes `report` whole to `path` (via a temporary file); returns the page count."""
    with written_whole(path) as temporary:
        pages = _write_pages(report, _document(report), temporary)
        _check_whole(temporary, path)
    return pages


def _check_whole(written: Path, path: Path) -> None:
    """QPdfWriter says nothing when the disk fills: a PDF is whole only if it ends in %%EOF."""
    size = written.stat().st_size
    with open(written, "rb") as pdf:
        pdf.seek(max(0, size - 1024))
        if b"%%EOF" in pdf.read():
            return
    full = shutil.disk_usage(written.parent).free < 1024 * 1024
    code = errno.ENOSPC if full else errno.EIO
    raise OSError(code, os.strerror(code), str(path))


def _write_pages(report: PrintReport, document: QTextDocument, path: Path) -> int:
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout.Unit.Millimeter)
    writer.setTitle(report.title)
    writer.setCreator(QCoreApplication.applicationName() or "Membership Register")
    painter = QPainter(writer)
    if not painter.isActive():
        message = QCoreApplication.translate("report_pdf", "The PDF could not be written to {0}.")
        raise OSError(message.format(path))
    try:
        return _paint_pages(painter, writer, document, report.title)
    finally:
        painter.end()  # finishes and closes the file


def _document(report: PrintReport) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(9)
    # Plain glyphs: ligatures and kerning make copied or read-aloud text come out as
    # "ﬁgures" or "S ummary".
    font.setKerning(False)
    font.setFeature(QFont.Tag("liga"), 0)
    document.setDefaultFont(font)
    for name, svg in report.charts.items():
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(name), svg_image(svg, CHART_SCALE)
        )
    document.setHtml(report.html)
    return document


def svg_image(svg: str, scale: float) -> QImage:
    """The SVG drawn into an image `scale` times its own size, on white."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() * scale
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def print_report(report: PrintReport, printer: QPagedPaintDevice) -> int:
    """Prints `report` on a printer chosen in the print dialog; returns the page count."""
    painter = QPainter(printer)
    if not painter.isActive():
        raise OSError(QCoreApplication.translate("report_pdf", "The printer could not be used."))
    try:
        return _paint_pages(painter, printer, _document(report), report.title)
    finally:
        painter.end()


def _paint_pages(
    painter: QPainter, device: QPagedPaintDevice, document: QTextDocument, title: str
) -> int:
    """Lays the document out in pages of 96 dpi pixels and paints them scaled to the
    device's resolution, each with its footer."""
    scale = _resolution(device) / DPI
    body = QRectF(device.pageLayout().paintRectPixels(_resolution(device)))
    body = QRectF(0, 0, body.width() / scale, body.height() / scale)
    page_height = body.height() - FOOTER
    document.setPageSize(QSizeF(body.width(), page_height))
    pages = document.pageCount()
    painter.scale(scale, scale)
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * page_height)
        document.drawContents(painter, QRectF(0, page * page_height, body.width(), page_height))
        painter.restore()
        _footer(painter, body, title, page + 1, pages, document.defaultFont())
    return pages


def _resolution(device: QPagedPaintDevice) -> int:
    resolution = getattr(device, "resolution", None)  # QPdfWriter and QPrinter have one
    return int(resolution()) if callable(resolution) else device.logicalDpiX()


def _footer(
    painter: QPainter, body: QRectF, title: str, page: int, pages: int, font: QFont
) -> None:
    small = QFont(font)
    small.setPointSizeF(7.5)
    painter.setFont(small)
    painter.setPen(Qt.GlobalColor.darkGray)
    line_y = body.bottom() - FOOTER + 8
    painter.drawLine(body.left(), int(line_y), body.right(), int(line_y))
    area = QRectF(body.left(), line_y + 3, body.width(), FOOTER - 10)
    painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    painter.drawText(
        area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{page} / {pages}"
    )
