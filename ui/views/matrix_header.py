"""Pieces of the matrix's views: a header with upright text, and a delegate for it in cells.

Organisation names are long and the matrix's columns narrow, so the column
header draws its text turned a quarter to the left, read from bottom to top
like a printed matrix. Text longer than the header's height is elided; the
full name is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

PADDING = 6
FONT_ROLE = Qt.ItemDataRole.FontRole


class UprightHeader(QHeaderView):
    """A horizontal header whose section titles run upwards."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._height = 120
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def set_text_height(self, height: int) -> None:
        """The room for text; long titles are elided to it."""
        self._height = height
        self.updateGeometry()
        self.viewport().update()

    def fit_to(self, labels: list[str], low: int = 60, high: int = 200) -> int:
        """Makes the header as tall as the longest label needs, within low..high."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(text) for text in labels), default=0)
        self.set_text_height(max(low, min(high, widest + 2 * PADDING)))
        return self._height

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        text, option.text, option.icon = option.text, "", QIcon()
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        # Bold for the current column (the model says so) or a column selected whole,
        # not for every column a selected row crosses.
        font = self.model().headerData(logical_index, self.orientation(), FONT_ROLE)
        current = isinstance(font, QFont) and font.bold()
        bold = current or bool(option.state & QStyle.StateFlag.State_Sunken)
        _draw_upright(painter, rect, text, option.palette, bold=bold)


def _draw_upright(
    painter: QPainter, rect: QRect, text: str, palette: QPalette, *, bold: bool = False
) -> None:
    painter.save()
    font = painter.font()
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
    length = rect.height() - 2 * PADDING
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, length)
    painter.translate(rect.left(), rect.bottom() - PADDING)
    painter.rotate(-90)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRect(0, 0, length, rect.width()), flags, elided)
    painter.restore()


class UprightTextDelegate(QStyledItemDelegate):
    """Draws text upright in the cells whose `upright_role` data is true."""

    def __init__(self, parent: QWidget, upright_role: int) -> None:
        super().__init__(parent)
        self.upright_role = upright_role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not index.model().data(index, self.upright_role):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text, item.text = item.text, ""
        style = item.widget.style() if item.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        palette = QPalette(item.palette)
        palette.setColor(QPalette.ColorRole.ButtonText, item.palette.color(QPalette.ColorRole.Text))
        _draw_upright(painter, item.rect, text, palette)
