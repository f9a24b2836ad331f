"""A chart in a frame with a small menu button for "Save as PNG…" and "Print…"
(the same as the chart's context menu, for those who do not right-click)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QToolButton, QWidget

from ui.charts.base import ChartWidget


class ChartPanel(QFrame):
    def __init__(self, chart: ChartWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.setFrameShape(QFrame.Shape.StyledPanel)
        menu = chart.chart_menu(self)
        self.button = QToolButton(self)
        self.button.setText("⋯")
        self.button.setAutoRaise(True)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tip = QCoreApplication.translate("charts", "Save or print this chart")
        self.button.setToolTip(tip)
        self.button.setAccessibleName(tip)
        layout = QGridLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(chart, 0, 0)
        # Over the chart's top right corner, beside its title.
        layout.addWidget(self.button, 0, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.button.raise_()  # the chart joined the frame later and would cover it
