"""Key figure tiles: a figure of the year and its change on the year before."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui import formatting
from ui.widgets.heading import make_heading

MINUS = "\u2212"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewView", text)


def change_text(value: Decimal | int, previous: Decimal | int | None, year: int, unit: str) -> str:
    """'+3 on 2006', '−7 on 2006', 'unchanged on 2006', or that there is nothing to compare."""
    if previous is None:
        return _tr("no figures for {0}").format(year - 1)
    difference = value - previous
    if difference == 0:
        return _tr("unchanged on {0}").format(year - 1)
    amount = formatting.money(abs(difference), unit) if unit else formatting.amount(abs(difference))
    sign = "+" if difference > 0 else MINUS
    return _tr("{0} on {1}").format(f"{sign}{amount}", year - 1)


class KeyFigureTile(QFrame):
    """Caption, the figure in large type, and the change in words (not colour alone)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.caption = QLabel(caption, self)
        self.value = QLabel("–", self)
        make_heading(self.value, 1.8)  # the figure stands out as a heading would
        self.change = QLabel("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.caption, self.value, self.change):
            layout.addWidget(label)
        self.setObjectName("keyFigureTile")

    def set_figure(self, value: str, change: str, tooltip: str = "") -> None:
        self.value.setText(value)
        self.change.setText(change)
        self.setToolTip(tooltip)
        self.setAccessibleName(f"{self.caption.text()}: {value}, {change}")
