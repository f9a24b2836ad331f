"""The status bar: the database in use, the figures of the year, an example-data warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.rows import YearSummary
from app.services.register import year_summary
from app.services.register_info import is_example_data
from app.store import Store
from ui import formatting


class RegisterStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.example = QLabel(self.tr("Example data — fictional fees and people"), self)
        self.example.setObjectName("example_data")
        self.example.setStyleSheet(
            "QLabel { background: #fff3cd; color: #664d03; border: 1px solid #e6c96b;"
            " border-radius: 3px; padding: 1px 8px; }"
        )
        self.example.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("year_summary")
        self.database = QLabel(self)
        self.database.setObjectName("database")
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database.setMaximumWidth(420)
        for widget in (self.example, self.summary, self.database):
            self.addPermanentWidget(widget)

    def show_register(self, store: Store, year: int | None) -> None:
        """Reads the year's figures and the register's facts afresh."""
        self.example.setVisible(is_example_data(store))
        self.summary.setText(self.figures(year_summary(store, year)) if year else "")
        where = store.describe()
        metrics = self.database.fontMetrics()
        self.database.setText(
            metrics.elidedText(where, Qt.TextElideMode.ElideMiddle, self.database.maximumWidth())
        )
        self.database.setToolTip(self.tr("Database: %1").replace("%1", where))

    def figures(self, summary: YearSummary) -> str:
        parts = [
            _count(summary.organisations, self.tr("1 organisation"), self.tr("%n organisations")),
            _count(summary.networks, self.tr("1 network"), self.tr("%n networks")),
            self.tr("fees %1 SEK").replace("%1", formatting.amount(summary.fees_sek)),
        ]
        text = f"{summary.year}: " + " · ".join(parts)
        if summary.missing_rates:
            text += " " + self.tr("(no rate for %1)").replace(
                "%1", ", ".join(summary.missing_rates)
            )
        return text


def _count(number: int, one: str, many: str) -> str:
    """ "1 network", "5 networks": both forms translated, the number in the locale's digits."""
    return one if number == 1 else many.replace("%n", formatting.integer(number))
