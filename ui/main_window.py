"""The main window (minimal for now: the memberships of this year)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView

from app.services.register import memberships_for_year
from app.store import Store


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Membership Register — %1").replace("%1", store.describe()))
        self.resize(1280, 800)
        table = QTableView(self)
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels([self.tr("Organisation"), self.tr("Department")])
        for row in memberships_for_year(store, dt.date.today().year):
            model.appendRow(
                [QStandardItem(row.organisation), QStandardItem(row.responsible_department)]
            )
        table.setModel(model)
        self.setCentralWidget(table)
