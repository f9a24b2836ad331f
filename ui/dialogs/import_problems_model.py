"""The import's findings as the preview lists them, problems first.

Kind, sheet, row, column and what; copied as tab-separated text for Excel or e-mail.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.spreadsheet.problems import ImportProblem, Severity, column_letter
from ui.models.list_model import Index, ListTableModel, Role

ORDER = {Severity.ERROR: 0, Severity.SKIPPED: 1, Severity.NOTE: 2}


class ProblemsModel(ListTableModel):
    """The import's findings, problems first: kind, sheet, row, column, what.

    State: `rows`, the problems, fixed when made (a new plan makes a new model).
    """

    def __init__(self, problems: list[ImportProblem], parent: Any = None) -> None:
        super().__init__([self.tr("Kind"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"),
                          self.tr("What")], parent)  # fmt: skip
        self.rows: list[ImportProblem] = sorted(problems, key=lambda p: ORDER[p.severity])
        self._kinds = {
            Severity.ERROR: self.tr("Problem"),
            Severity.SKIPPED: self.tr("Left out"),
            Severity.NOTE: self.tr("Note"),
        }

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self.rows[index.row()]
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
            text = QCoreApplication.translate(problem.context, problem.message)
            return text.format(**problem.params)
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
        lines = ["\t".join(self.headers)]
        for problem in self.rows:
            lines.append("\t".join(self.text(problem, c) for c in range(len(self.headers))))
        return "\n".join(lines)
