"""The import preview: what will be created, updated and left, and every problem.

Nothing is written before the user presses Import. With problems the button
stays disabled unless the user chooses to leave the rows with problems out;
"Back" returns to the mapping. The list can be copied for Excel or e-mail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
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

from app.services.change_text import field_label
from app.spreadsheet.plan import ENTITY_LABELS, Action, Change, ImportPlan
from app.spreadsheet.preview import fee_line
from app.spreadsheet.problems import ImportProblem, Severity, column_letter
from ui.models.changelog_model import app_text

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
Role = Qt.ItemDataRole
BACK = 2  # the dialog's result when the user goes back to the mapping
ORDER = {Severity.ERROR: 0, Severity.SKIPPED: 1, Severity.NOTE: 2}


def _tr(text: str) -> str:
    return QCoreApplication.translate("import", text)


class ProblemsModel(QAbstractTableModel):
    """The import's findings, problems first: kind, sheet, row, column, what.

    State: `problems`, fixed when made (a new plan makes a new model).
    """

    def __init__(self, problems: list[ImportProblem], parent: Any = None) -> None:
        super().__init__(parent)
        self.problems = sorted(problems, key=lambda p: ORDER[p.severity])
        self._headers = [self.tr("Kind"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                         self.tr("What")]  # fmt: skip
        self._kinds = {
            Severity.ERROR: self.tr("Problem"),
            Severity.SKIPPED: self.tr("Left out"),
            Severity.NOTE: self.tr("Note"),
        }

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.problems[index.row()]
        if role == Role.DisplayRole or role == Role.ToolTipRole:
            return self.text(problem, index.column())
        if role == Role.UserRole:  # a sort key: rows and columns as numbers
            return self.sort_key(problem, index.column())
        return None

    def text(self, problem: ImportProblem, column: int) -> str:
        where = problem.where
        if column == 0:
            return self._kinds[problem.severity]
        if column == 4:
            return QCoreApplication.translate(problem.context, problem.message).format(
                **problem.params
            )
        if where is None:
            return ""
        if column == 1:
            return where.sheet
        if column == 2:
            return str(where.row) if where.row else ""
        label = column_letter(where.column) if where.column else ""
        return f"{label} ({where.header})" if label and where.header else label

    def sort_key(self, problem: ImportProblem, column: int) -> Any:
        where = problem.where
        if column == 0:
            return ORDER[problem.severity]
        if column == 2:
            return where.row if where else 0
        if column == 3:
            return where.column if where else 0
        return self.text(problem, column)

    def as_text(self) -> str:
        """Tab-separated, with the header: pastes into Excel as a table."""
        lines = ["\t".join(self._headers)]
        for problem in self.problems:
            lines.append("\t".join(self.text(problem, c) for c in range(len(self._headers))))
        return "\n".join(lines)


class ChangesModel(QAbstractTableModel):
    """What the import creates and updates: kind, name, action, the fields changed, where.

    State: `changes`, fixed when made.
    """

    def __init__(self, changes: list[Change], parent: Any = None) -> None:
        super().__init__(parent)
        self.changes = changes
        self._headers = [self.tr("What"), self.tr("Name"), self.tr("Change"), self.tr("Fields"),
                         self.tr("From")]  # fmt: skip
        self._actions = {Action.CREATE: self.tr("new"), Action.UPDATE: self.tr("updated")}

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or role not in (Role.DisplayRole, Role.UserRole):
            return None
        change, column = self.changes[index.row()], index.column()
        if column == 0:
            return _tr(ENTITY_LABELS[change.kind])
        if column == 1:
            return change.name
        if column == 2:
            return self._actions.get(change.action, "")
        if column == 3:
            return ", ".join(app_text(field_label(f)) for f in change.fields)
        where = change.where
        if role == Role.UserRole:  # sorted by sheet and row
            return (where.sheet, where.row) if where else ("", 0)
        return f"{where.sheet}, {where.row}" if where and where.row else ""


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
        tabs.addTab(
            self._changes_table(), self.tr("What changes (%n)", "", len(self.changes.changes))
        )
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
                        what=_tr(ENTITY_LABELS[name]), create=counts.create,
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
