"""The matrix view: departments and companies against organisations and networks.

The view reads the year's matrix data once (`matrix_source`, a fixed handful
of queries) and lays it out again, without a query, whenever a filter, the
order or the orientation changes. What it shows is a `MatrixTable`; the
export writes that same table, so the workbook matches the screen.

Signals for the main window: `open_membership(id)` on a double click (or
Enter) on a cell, `open_department(id)` and `open_organisation(id)` on a
double click on a row or column header.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import language
from app.matrix.header import DEPARTMENT
from app.matrix.layout import lay_out
from app.matrix.roles import FILLS, INKS, NETWORK_FILL, SHOWN, SYMBOLS
from app.matrix.source import MatrixSource, matrix_source
from app.matrix.table import MatrixTable
from app.progress import Progress
from app.services.register import years_on_record
from app.spreadsheet.matrix_sheet import export_matrix
from app.store import Store
from ui import formatting
from ui.errors import show_error
from ui.export_actions import ask_workbook_path
from ui.models.matrix_headers import ID_ROLE
from ui.models.matrix_model import MEMBERSHIP_ROLE, MatrixModel
from ui.settings import EXPORT_FOLDER, Settings
from ui.tasks import Task, run_task
from ui.views.matrix_filters import MatrixFilterBar
from ui.views.matrix_panes import MatrixPanes


class MatrixView(QWidget):
    open_membership = Signal(int)
    open_department = Signal(int)
    open_organisation = Signal(int)
    exported = Signal(str)  # the path of a finished export

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._source: MatrixSource | None = None
        self.model = MatrixModel(self)
        self.filter_bar = MatrixFilterBar(self)
        self.panes = MatrixPanes(self.model, self)
        self.swap_button = QToolButton(self)
        self.swap_button.setText(self.tr("⇄ &Swap"))
        self.swap_button.setToolTip(
            self.tr("Swap rows and columns: organisations as rows, departments as columns")
        )
        self.swap_button.setCheckable(True)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.setToolTip(self.tr("Write the matrix as shown to an Excel workbook"))
        self.legend = QLabel(_legend_html(), self)
        self.summary = self.panes.cells.corner  # what is shown, in the matrix's corner
        self.status = QLabel(self)  # where an export went
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._lay_out()
        self._connect()
        self.filter_bar.set_years([], dt.date.today().year)

    def _lay_out(self) -> None:
        self.filter_bar.first_line.addWidget(self.swap_button)
        self.filter_bar.second_line.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.legend)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.panes, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.filter_bar.year_changed.connect(self._load)
        self.filter_bar.changed.connect(self._show)
        self.swap_button.toggled.connect(self._show)
        self.export_button.clicked.connect(self._ask_where_to_export)
        self.panes.row_total_clicked.connect(self._sort_by)
        cells = self.panes.cells
        cells.doubleClicked.connect(self._open_cell)
        cells.open_requested.connect(self._open_cell)
        cells.verticalHeader().sectionDoubleClicked.connect(
            lambda section: self._open_header(Qt.Orientation.Vertical, section)
        )
        cells.horizontalHeader().sectionDoubleClicked.connect(
            lambda section: self._open_header(Qt.Orientation.Horizontal, section)
        )

    # --- what the main window calls ----------------------------------------

    def set_year(self, year: int) -> None:
        if self._source is None:  # the first year shown: offer the years on record too
            self._offer_years(year)
        self.filter_bar.set_year(year)  # reads the year's data when the choice changes
        if self._source is None or self._source.year != year:
            self._load(year)

    def refresh(self) -> None:
        """Reads the register again (after an edit elsewhere), keeping filters and year."""
        year = self.filter_bar.current_year() or dt.date.today().year
        self._offer_years(year)
        self._load(year)

    def _offer_years(self, year: int) -> None:
        try:
            years = years_on_record(self.store)
        except Exception as exc:  # shown in plain words; the view stays usable
            show_error(self, exc)
            years = []
        self.filter_bar.set_years(years, year)

    def table(self) -> MatrixTable:
        return self.model.table

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._source is None:  # shown before the window chose a year
            self.refresh()

    # --- reading and laying out --------------------------------------------

    def _load(self, year: int) -> None:
        try:
            self._source = matrix_source(self.store, year)
        except Exception as exc:
            show_error(self, exc)
            return
        self._show()

    def _show(self) -> None:
        if self._source is None:
            return
        table = lay_out(self._source, self.filter_bar.filters(), self.swap_button.isChecked())
        self.filter_bar.offer(table)
        if self.filter_bar.filters() != table.filters:  # a chosen theme or order went away
            table = lay_out(self._source, self.filter_bar.filters(), table.swapped)
        self.model.set_table(table)
        self.panes.fit(table)
        self.summary.setText(self._summary_text(table))

    def _summary_text(self, table: MatrixTable) -> str:
        s = table.summary
        what = (
            self.tr("Organisations ↓ against departments →")
            if table.swapped
            else self.tr("Departments ↓ against organisations →")
        )
        lines = [f"<b>{table.year}</b>", what, ""]
        if not table.columns:
            lines.append(self.tr("No memberships in {0} match the filters.").format(table.year))
            return "<br>".join(lines)
        lines.append(
            self.tr(
                "{0} departments and companies take part in {1} organisations and {2} networks."
            ).format(s.departments, s.organisations, s.networks)
        )
        lines.append(self.tr("Fees: {0}").format(formatting.money(s.fees_sek)))
        if table.missing_rates:
            missing = ", ".join(table.missing_rates)
            lines.append(self.tr("No exchange rate for {0}.").format(missing))
        return "<br>".join(html.escape(line) if "<b>" not in line else line for line in lines)

    def _sort_by(self, key: str) -> None:
        index = self.filter_bar.sort.findData(key)
        if index >= 0:
            self.filter_bar.sort.setCurrentIndex(index)

    # --- opening records ---------------------------------------------------

    def _open_cell(self, index: QModelIndex) -> None:
        membership_id = self.model.data(index, MEMBERSHIP_ROLE)  # see matrix_panes: not index.data
        if membership_id is not None:
            self.open_membership.emit(int(membership_id))

    def _open_header(self, orientation: Qt.Orientation, section: int) -> None:
        table = self.model.table
        headers = table.columns if orientation == Qt.Orientation.Horizontal else table.rows
        if not 0 <= section < len(headers):
            return
        record_id = self.model.headerData(section, orientation, ID_ROLE)
        if headers[section].entity == DEPARTMENT:
            self.open_department.emit(int(record_id))
        else:
            self.open_organisation.emit(int(record_id))

    # --- export ------------------------------------------------------------

    def _ask_where_to_export(self) -> None:
        settings = Settings()
        folder = settings.get(EXPORT_FOLDER) or str(Path.home())
        name = self.tr("matrix-{0}.xlsx").format(self.model.table.year)
        path = ask_workbook_path(self, self.tr("Export the matrix"), Path(folder) / name, settings)
        if path is not None:
            self.export_to(str(path))

    def export_to(self, path: str) -> Task:
        """Writes the matrix as shown to `path` in the background."""
        table, chosen = self.model.table, language()

        def work(progress: Progress) -> str:
            progress.step(0, 1, self.tr("Writing the matrix…"))
            written = export_matrix(path, table, chosen)
            progress.step(1, 1)
            return str(written)

        return run_task(self, self.tr("Export the matrix"), work, self._exported)

    def _exported(self, path: str) -> None:
        self.status.setText(self.tr("Saved to {0}").format(path))
        self.exported.emit(path)


def _legend_html() -> str:
    parts = []
    for role in SHOWN:
        chip = (
            f'<span style="background-color:#{FILLS[role]}; color:#{INKS[role]};">'
            f"&nbsp;{SYMBOLS[role]}&nbsp;</span>"
        )
        parts.append(f"{chip}&nbsp;{html.escape(role.label())}")
    network = QCoreApplication.translate("MatrixView", "Network (column header)")
    parts.append(
        f'<span style="background-color:#{NETWORK_FILL};">&nbsp;&nbsp;&nbsp;</span>&nbsp;{network}'
    )
    return "&nbsp;&nbsp;&nbsp;".join(parts)
