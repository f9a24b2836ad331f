"""The fields one change-log entry changed: field, before, after.

State: `rows`, the fields of the one entry shown, replaced by `set_row`. The
values read as in the log itself (`changelog_model.value_text`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.rows import ChangeLogRow, FieldChange
from app.services.change_text import field_label
from ui.models.changelog_model import app_text, value_text
from ui.models.list_model import Index, ListTableModel, Role


class FieldChangesModel(ListTableModel):
    """The fields one change-log entry changed: field, before, after."""

    rows: Sequence[FieldChange]

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                QCoreApplication.translate("FieldChangesModel", "Field"),
                QCoreApplication.translate("FieldChangesModel", "Before"),
                QCoreApplication.translate("FieldChangesModel", "After"),
            ],
            parent,
        )

    def set_row(self, row: ChangeLogRow | None) -> None:
        self.set_rows(row.fields if row else ())

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or role not in (Role.DisplayRole, Role.ToolTipRole):
            return None
        change = self.rows[index.row()]
        if index.column() == 0:
            return app_text(field_label(change.field))
        return value_text(change.field, change.old if index.column() == 1 else change.new)
