"""The matrix's cells: Enter opens a cell, Copy gives the selection with its titles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QTableView, QWidget

from ui.views.matrix_header import PADDING


class CellsView(QTableView):
    """The cells: Enter opens the current cell; Copy puts the selection on the clipboard.

    `corner` is a label over the empty top-left corner (the headers' meeting point),
    for what the matrix shows; clicks go through it to the select-all button.
    """

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.corner = QLabel(self)
        self.corner.setObjectName("matrix_corner")
        self.corner.setWordWrap(True)
        self.corner.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.corner.setContentsMargins(PADDING, PADDING, PADDING, PADDING)
        self.corner.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.corner.setGeometry(
            0, 0, self.verticalHeader().width(), self.horizontalHeader().height()
        )
        self.corner.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
        elif event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selection_text())
        else:
            super().keyPressEvent(event)

    def selection_text(self) -> str:
        """The selected block with its row and column titles, tab-separated for Excel."""
        indexes = self.selectionModel().selectedIndexes()
        if not indexes:
            return ""
        model = self.model()
        rows = range(min(i.row() for i in indexes), max(i.row() for i in indexes) + 1)
        columns = range(min(i.column() for i in indexes), max(i.column() for i in indexes) + 1)
        horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
        lines = ["\t".join(["", *(str(model.headerData(c, horizontal)) for c in columns)])]
        for r in rows:
            # model.data(index), not index.data(): with PySide6 6.12 on Python 3.11, each
            # QModelIndex.data() that gets None from a Python model takes a reference from
            # None, and Python aborts when None's count reaches zero.
            cells = (model.data(model.index(r, c)) or "" for c in columns)
            lines.append("\t".join([str(model.headerData(r, vertical)), *cells]))
        return "\n".join(lines)
