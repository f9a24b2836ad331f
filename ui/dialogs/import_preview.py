"""The import preview: what will be created, updated and left, and every problem.

Nothing is written before the user presses Import. With problems the button
stays disabled unless the user chooses to leave the rows with problems out;
"Back" returns to the mapping. The list can be copied for Excel or e-mail.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.spreadsheet.plan import ENTITY_LABELS, ImportPlan
from app.spreadsheet.preview import fee_line
from ui.dialogs.import_changes_model import ChangesModel
from ui.dialogs.import_problems_model import ProblemsModel
from ui.dialogs.import_text import tr_import
from ui.models.list_model import Role

BACK = 2  # the dialog's result when the user goes back to the mapping


class PreviewDialog(QDialog):
    """Accepted: import. `BACK`: change the mapping. Rejected: nothing happens."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setObjectName("import_preview")
        self.setWindowTitle(self.tr("Import {name}: preview").format(name=plan.path.name))
        self.resize(900, 600)
        self.model = ProblemsModel(plan.problems, self)
        self.table = self._table()
        self.skip = QCheckBox(
            self.tr("Import the rows without problems; leave the others out"), self
        )
        self.skip.setObjectName("skip_bad_rows")
        self.skip.setVisible(not plan.ok)
        self.skip.toggled.connect(self._update)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        back = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        back.clicked.connect(lambda: self.done(BACK))
        copy = QPushButton(self.tr("Copy the list"), self)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.model.as_text()))
        self.buttons.addButton(copy, QDialogButtonBox.ButtonRole.HelpRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._summary())
        tabs = QTabWidget(self)
        tabs.addTab(self.table, self.tr("Problems and notes (%n)", "", len(plan.problems)))
        self.changes = ChangesModel(plan.changes(), self)
        tabs.addTab(self._changes_table(), self.tr("What changes (%n)", "", len(self.changes.rows)))
        layout.addWidget(tabs, 1)
        layout.addWidget(self.skip)
        layout.addWidget(self.buttons)
        self._update()

    def _summary(self) -> QLabel:
        heading = self.tr("The register of {year}, from {name}").format(
            year=self.plan.year, name=self.plan.path.name
        )
        lines = [f"<b>{heading}</b>"]
        for name, counts in self.plan.counts().items():
            if counts.create or counts.update or counts.same:
                lines.append(
                    self.tr("{what}: {create} new, {update} updated, {same} already there").format(
                        what=tr_import(ENTITY_LABELS[name]), create=counts.create,
                        update=counts.update, same=counts.same,
                    )
                )  # fmt: skip
        fees = fee_line(self.plan, QCoreApplication.translate)
        if fees:
            lines.append(fees)
        errors = len(self.plan.errors)
        if errors:
            lines.append(
                "<span style='color:#a00'>"
                + self.tr(
                    "%n problem(s): nothing is imported until they are put right.", "", errors
                )
                + "</span>"
            )
        else:
            lines.append(self.tr("No problems: nothing is written until you press Import."))
        label = QLabel("<br>".join(lines), self)
        label.setObjectName("summary")
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Role.UserRole)
        table = QTableView(self)
        table.setObjectName("problems")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column in range(4):
            table.resizeColumnToContents(column)
        return table

    def _changes_table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.changes)
        table = QTableView(self)
        table.setObjectName("changes")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        proxy.sort(-1)  # the plan's order: organisations, departments, people, memberships
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def skip_bad_rows(self) -> bool:
        return self.skip.isChecked()

    def _update(self) -> None:
        self.import_button.setEnabled(self.plan.ok or self.skip.isChecked())
