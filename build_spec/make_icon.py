"""Draws the application icon: resources/icons/app.png (256 px) and app.ico.

A globe on a blue tile, ringed by linked points: the city's memberships in
international organisations and networks. Each size of the .ico is drawn at
that size (small sizes leave out the fine lines), so it stays crisp in
Explorer and on the task bar. Run again after changing the drawing:

    QT_QPA_PLATFORM=offscreen python build_spec/make_icon.py

The .ico holds PNG images, which Windows reads since Vista.
"""

from __future__ import annotations

import math
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPen

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
TILE_TOP, TILE_BOTTOM = QColor("#2c6fbb"), QColor("#163f73")
GLOBE, NODE = QColor("#ffffff"), QColor("#f5c242")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)  # drawn on a 256 x 256 grid
    _tile(painter)
    _globe(painter, detailed=size >= 32)
    _network(painter, size)
    painter.end()
    return image


def _tile(painter: QPainter) -> None:
    gradient = QLinearGradient(0, 0, 0, 256)
    gradient.setColorAt(0, TILE_TOP)
    gradient.setColorAt(1, TILE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)


def _globe(painter: QPainter, *, detailed: bool) -> None:
    centre, radius = QPointF(128, 128), 70.0
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(GLOBE, 14 if detailed else 22))
    painter.drawEllipse(centre, radius, radius)
    if not detailed:
        return
    painter.setPen(QPen(GLOBE, 8))
    painter.drawEllipse(centre, radius * 0.42, radius)  # a meridian
    painter.drawLine(QPointF(128 - radius, 128), QPointF(128 + radius, 128))  # the equator
    for latitude in (-0.55, 0.55):
        half = radius * math.sqrt(1 - latitude**2)
        y = 128 + latitude * radius
        painter.drawLine(QPointF(128 - half, y), QPointF(128 + half, y))


def _network(painter: QPainter, size: int) -> None:
    """Points on a ring around the globe, linked: the networks the city is part of."""
    angles = (-50, 70, 190) if size < 32 else (-50, 10, 70, 130, 190, 250)
    ring = 100.0
    points = [
        QPointF(128 + ring * math.cos(math.radians(a)), 128 + ring * math.sin(math.radians(a)))
        for a in angles
    ]
    painter.setPen(QPen(NODE, 6 if size >= 32 else 12))
    for start, end in zip(points, points[1:] + points[:1], strict=True):
        painter.drawLine(start, end)
    painter.setPen(QPen(TILE_BOTTOM, 5))
    painter.setBrush(NODE)
    dot = 19.0 if size >= 32 else 30.0
    for point in points:
        painter.drawEllipse(point, dot, dot)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico file of PNG images: ICONDIR, one ICONDIRENTRY each, then the images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    images = {size: png_bytes(draw(size)) for size in ICO_SIZES}
    (ICONS / "app.png").write_bytes(images[256])
    (ICONS / "app.ico").write_bytes(ico_bytes(images))
    print(f"wrote {ICONS / 'app.png'} and {ICONS / 'app.ico'} ({len(images)} sizes)")
    del application
    return 0


if __name__ == "__main__":
    sys.exit(main())
