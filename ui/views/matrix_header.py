"""Pieces of the matrix's views: a header with upright text, and a delegate for it in cells.

Organisation names are long and the matrix's columns narrow, so the column
header draws its text turned a quarter to the left, read from bottom to top
like a printed matrix. Text longer than the header's height is elided; the
full name is in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPalette, QTransform
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
SUNKEN = QStyle.StateFlag.State_Sunken


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
        # QHeaderView saves and restores the painter around each section. Few calls per
        # section: with PySide6 6.12 on Python 3.11 every call into Qt that returns
        # nothing takes a reference from None (see ui/views/matrix_panes.py).
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logical_index)
        option.rect = rect
        text, option.text, option.icon = option.text, "", QIcon()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        # Bold for the current column (the model says so) or a column selected whole,
        # not for every column a selected row crosses.
        font = self.model().headerData(logical_index, self.orientation(), FONT_ROLE)
        if (isinstance(font, QFont) and font.bold()) or option.state & SUNKEN:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
        colour = option.palette.color(QPalette.ColorRole.ButtonText)
        _draw_upright(painter, rect, text, colour)


def _draw_upright(painter: QPainter, rect: QRect, text: str, colour: QColor) -> None:
    """Text from the bottom of `rect` upwards; changes the painter's pen and transform."""
    length = rect.height() - 2 * PADDING
    elided = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, length)
    painter.setPen(colour)
    # A quarter turn to the left about the bottom-left corner of the text.
    painter.setTransform(QTransform(0, -1, 1, 0, rect.left(), rect.bottom() - PADDING), True)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(QRect(0, 0, length, rect.width()), flags, elided)


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
        painter.save()  # a view does not restore the painter after each cell
        _draw_upright(painter, item.rect, text, item.palette.color(QPalette.ColorRole.Text))
        painter.restore()
