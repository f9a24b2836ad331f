"""Qt models of the change log: its entries, and the fields one entry changed.

State: `ChangeLogModel.rows` are `ChangeLogRow`s from `app.services.changelog`
(newest first), replaced whole by `set_rows`; `FieldChangesModel.row` is the
one entry whose fields are shown. Sorting happens in a QSortFilterProxyModel
over `SORT_ROLE` (the moment sorts by time, not by its text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.rows import ChangeLogRow, FieldChange
from app.services.change_text import entity_label, field_label
from app.vocabulary import CHANGE_ACTIONS, ChangeAction
from ui import formatting

Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
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


class ChangeLogModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = _columns()
        self.rows: list[ChangeLogRow] = []

    def set_rows(self, rows: Sequence[ChangeLogRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if role == Role.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][0]
        return None


class FieldChangesModel(QAbstractTableModel):
    """The fields one change-log entry changed: field, before, after."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.fields: list[FieldChange] = []
        self.action = ""

    def set_row(self, row: ChangeLogRow | None) -> None:
        self.beginResetModel()
        self.fields = list(row.fields) if row else []
        self.action = row.action if row else ""
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or role not in (Role.DisplayRole, Role.ToolTipRole):
            return None
        change = self.fields[index.row()]
        if index.column() == 0:
            return app_text(field_label(change.field))
        return value_text(change.field, change.old if index.column() == 1 else change.new)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole):
        if role != Role.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            QCoreApplication.translate("FieldChangesModel", "Field"),
            QCoreApplication.translate("FieldChangesModel", "Before"),
            QCoreApplication.translate("FieldChangesModel", "After"),
        )[section]
