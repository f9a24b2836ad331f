"""The Qt model of the change log's entries, and how their values read.

State: `ChangeLogModel.rows` are `ChangeLogRow`s from `app.services.changelog`
(newest first), replaced whole by `set_rows`. Sorting happens in a QSortFilterProxyModel
over `SORT_ROLE` (the moment sorts by time, not by its text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.rows import ChangeLogRow
from app.services.change_text import entity_label, field_label
from app.vocabulary import CHANGE_ACTIONS, ChangeAction
from ui import formatting
from ui.models.list_model import Index, ListTableModel, Role

SORT_ROLE = Role.UserRole + 1
ROW_ROLE = Role.UserRole + 2
EMPTY = "–"


def app_text(text: str) -> str:
    """A string marked in app/ with QT_TRANSLATE_NOOP("app", ...), translated."""
    return QCoreApplication.translate("app", text)


AMOUNTS = {"amount", "rate_to_sek", "other_costs_sek"}


def value_text(field: str, value: str) -> str:
    """A stored value as the user reads it: amounts in the locale's format."""
    if not value:
        return EMPTY
    if field in AMOUNTS:
        try:
            number = Decimal(value)
        except InvalidOperation:
            return value
        return formatting.amount(number, 6 if field == "rate_to_sek" else 2)
    return value


def values_text(row: ChangeLogRow) -> str:
    """The entry's changes on one line: "Status: active → ended; End year: – → 2007"."""
    parts = []
    for change in row.fields:
        label = app_text(field_label(change.field))
        old, new = value_text(change.field, change.old), value_text(change.field, change.new)
        if row.action == ChangeAction.UPDATE:
            parts.append(f"{label}: {old} → {new}")
        elif change.old or change.new:
            parts.append(f"{label}: {new if change.new else old}")
    return "; ".join(parts)


Column = tuple[str, Callable[[ChangeLogRow], Any], Callable[[ChangeLogRow], Any]]


def _columns() -> list[Column]:
    """(header, shown text, sort key) per column."""
    return [
        (QCoreApplication.translate("ChangeLogModel", "When"),
         lambda r: formatting.date_time(r.at), lambda r: f"{r.at.isoformat()} {r.id:012d}"),
        (QCoreApplication.translate("ChangeLogModel", "Who"), lambda r: r.actor, None),
        (QCoreApplication.translate("ChangeLogModel", "What"),
         lambda r: CHANGE_ACTIONS.label(r.action), None),
        (QCoreApplication.translate("ChangeLogModel", "Kind of record"),
         lambda r: app_text(entity_label(r.entity)), None),
        (QCoreApplication.translate("ChangeLogModel", "Record"), lambda r: r.record, None),
        (QCoreApplication.translate("ChangeLogModel", "Changes"), values_text, None),
    ]  # fmt: skip


class ChangeLogModel(ListTableModel):
    rows: Sequence[ChangeLogRow]

    def __init__(self, parent: Any = None) -> None:
        columns = _columns()
        super().__init__([header for header, _text, _sort in columns], parent)
        self.columns = columns

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _header, text, sort = self.columns[index.column()]
        if role in (Role.DisplayRole, Role.ToolTipRole):
            return text(row)
        if role == SORT_ROLE:
            return sort(row) if sort else text(row).casefold()
        if role == ROW_ROLE:
            return row
        return None
