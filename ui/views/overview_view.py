"""The overview page: the year at a glance, and what needs attention.

Key figure tiles with the change on the year before, five charts, and the
attention list; a double click (or Enter) on a line asks the window to open
that membership. "Save report…" and "Print report…" publish the year's
register. State: the store, the shown year and the last `Overview` read
(replaced whole by `refresh`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.progress import Progress
from app.services.overview import Overview, is_example_register, overview
from app.store import Store
from ui import formatting
from ui.charts.panel import ChartPanel
from ui.tasks import Task, run_task
from ui.views.attention_tree import AttentionTree
from ui.views.key_figures import KeyFigureTile, change_text
from ui.views.overview_charts import OverviewCharts
from ui.views.overview_report import ReportButtons
from ui.widgets.heading import make_heading


class OverviewView(QWidget):
    open_membership = Signal(int)
    refreshed = Signal()  # the figures of the chosen year are shown

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._year = dt.date.today().year
        self._data: Overview | None = None
        self._generation = 0  # a newer refresh makes the results of older ones stale
        self._task: Task | None = None
        self.charts = OverviewCharts(self)
        self.tiles = {
            "organisations": KeyFigureTile(self.tr("Organisations")),
            "networks": KeyFigureTile(self.tr("Networks")),
            "departments": KeyFigureTile(self.tr("Departments taking part")),
            "fees": KeyFigureTile(self.tr("Total fees, SEK")),
            "positions": KeyFigureTile(self.tr("Positions of trust")),
        }
        self.attention = AttentionTree(self)
        self.attention.open_membership.connect(self.open_membership)
        self.heading = QLabel(self)
        self.example_note = QLabel(self)
        self.attention_heading = QLabel(self)
        self.report_buttons = ReportButtons(store, self)
        self.report_buttons.set_year(self._year)
        self._build()

    # --- the view's interface to the window ----------------------------------

    def year(self) -> int:
        return self._year

    def set_year(self, year: int) -> None:
        self._year = year
        self.report_buttons.set_year(year)
        self.refresh()

    def refresh(self) -> None:
        """Reads the year's figures in the background (a large register takes a
        moment) and shows them when they arrive; `refreshed` tells when."""
        self._generation += 1
        generation, store, year = self._generation, self._store, self._year

        def work(progress: Progress) -> tuple[Overview, bool]:
            progress.step(0, 1, self.tr("Reading the overview of {0}…").format(year))
            return overview(store, year), is_example_register(store)

        def done(result: tuple[Overview, bool]) -> None:
            if generation == self._generation:
                self._show(*result)
                self.refreshed.emit()

        self._task = run_task(self, self.tr("Reading the overview"), work, done)

    def overview_data(self) -> Overview | None:
        """The figures shown, as read from the services."""
        return self._data

    # --- building -------------------------------------------------------------

    def _build(self) -> None:
        content = QWidget(self)
        grid = QGridLayout(content)
        grid.setContentsMargins(12, 8, 12, 12)
        grid.setSpacing(10)
        grid.addLayout(self._header(), 0, 0, 1, 4)
        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile)
        grid.addLayout(tiles, 1, 0, 1, 4)
        c = self.charts
        grid.addWidget(ChartPanel(c.memberships), 2, 0)
        grid.addWidget(ChartPanel(c.fees), 2, 1)
        grid.addWidget(ChartPanel(c.scopes), 2, 2)
        grid.addWidget(ChartPanel(c.departments), 3, 0, 1, 2)
        grid.addWidget(ChartPanel(c.themes), 3, 2)
        grid.addLayout(self._attention_panel(), 2, 3, 2, 1)
        for column, stretch in enumerate((2, 2, 2, 3)):
            grid.setColumnStretch(column, stretch)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        content.setMinimumSize(960, 620)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _header(self) -> QHBoxLayout:
        make_heading(self.heading, 1.5)
        self.example_note.setText(self.tr("Example register: the figures are made up."))
        self.example_note.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.heading)
        row.addSpacing(12)
        row.addWidget(self.example_note)
        row.addStretch(1)
        for button in self.report_buttons.buttons():
            row.addWidget(button)
        return row

    def _attention_panel(self) -> QVBoxLayout:
        bold = QFont(self.font())
        bold.setBold(True)
        self.attention_heading.setFont(bold)
        table = self.attention
        hint = QLabel(self.tr("Double-click a line to open the membership."), self)
        hint.setWordWrap(True)
        panel = QVBoxLayout()
        panel.addWidget(self.attention_heading)
        panel.addWidget(table, 1)
        panel.addWidget(hint)
        return panel

    # --- showing --------------------------------------------------------------

    def _show(self, data: Overview, example: bool) -> None:
        self._data = data
        self.heading.setText(self.tr("Overview of {0}").format(data.year))
        self.example_note.setVisible(example)
        self._show_tiles(data)
        self.charts.show(data)
        self.attention.set_attention(data.attention)
        self.attention_heading.setText(
            self.tr("Needs attention ({0})").format(formatting.integer(data.attention.total))
        )

    def _show_tiles(self, data: Overview) -> None:
        now, before, year = data.summary, data.previous, data.year
        for key in ("organisations", "networks", "departments", "positions"):
            value = getattr(now, key)
            old = getattr(before, key) if before else None
            tip = self.tr("{0}: {1}").format(year - 1, formatting.integer(old)) if before else ""
            self.tiles[key].set_figure(
                formatting.integer(value), change_text(value, old, year, ""), tip
            )
        old_fees = before.fees_sek if before else None
        tip = self.tr("{0}: {1}").format(year - 1, formatting.money(old_fees)) if before else ""
        self.tiles["fees"].set_figure(
            formatting.amount(now.fees_sek), change_text(now.fees_sek, old_fees, year, "SEK"), tip
        )

    def save_report(self, path: Path) -> None:
        """Writes the year's report to `path` (HTML or PDF by its suffix) in the background."""
        self.report_buttons.save(path)
