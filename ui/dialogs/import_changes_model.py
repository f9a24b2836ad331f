"""What the import creates and updates, as the preview lists it."""

from __future__ import annotations

from typing import Any

from app.services.change_text import field_label
from app.spreadsheet.plan import ENTITY_LABELS, Action, Change
from ui.dialogs.import_text import tr_import
from ui.models.changelog_model import app_text
from ui.models.list_model import Index, ListTableModel, Role


class ChangesModel(ListTableModel):
    """What the import creates and updates: kind, name, action, the fields changed, where.

    State: `rows`, the changes, fixed when made.
    """

    def __init__(self, changes: list[Change], parent: Any = None) -> None:
        super().__init__([self.tr("What"), self.tr("Name"), self.tr("Change"), self.tr("Fields"),
                          self.tr("From")], parent)  # fmt: skip
        self.rows: list[Change] = changes
        self._actions = {Action.CREATE: self.tr("new"), Action.UPDATE: self.tr("updated")}

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or role not in (Role.DisplayRole, Role.UserRole):
            return None
        change, column = self.rows[index.row()], index.column()
        if column == 0:
            return tr_import(ENTITY_LABELS[change.kind])
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
