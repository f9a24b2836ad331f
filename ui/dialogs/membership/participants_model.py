"""Every department and company, ticked where it takes part in the membership.

State: `departments` is the list shown, (id, name) in Swedish order; `chosen`
holds the ids ticked; the department `responsible_id` is shown ticked and
cannot be unticked (it takes part by being responsible; the service keeps it
out of the participants). `edited` is emitted when the user ticks or unticks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
CHECKED = Qt.CheckState.Checked


class ParticipantsModel(QAbstractListModel):
    edited = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.departments: list[tuple[int, str]] = []
        self.chosen: set[int] = set()
        self.responsible_id: int | None = None
        self._rows: dict[int, int] = {}

    def set_departments(self, departments: Sequence[tuple[int, str]]) -> None:
        self.beginResetModel()
        self.departments = list(departments)
        self._rows = {department_id: row for row, (department_id, _) in enumerate(departments)}
        self.chosen = set()
        self.endResetModel()

    def set_chosen(self, ids: Iterable[int]) -> None:
        self.chosen = set(ids)
        self._all_changed()

    def set_responsible(self, department_id: int | None) -> None:
        rows = [self._rows.get(i) for i in (self.responsible_id, department_id) if i is not None]
        self.responsible_id = department_id
        for row in rows:
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def participant_ids(self) -> tuple[int, ...]:
        return tuple(sorted(i for i in self.chosen if i != self.responsible_id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.departments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.departments):
            return None
        department_id, name = self.departments[index.row()]
        responsible = department_id == self.responsible_id
        if role == Qt.ItemDataRole.DisplayRole:
            if responsible:
                return QCoreApplication.translate("participants", "{0} — responsible").format(name)
            return name
        if role == Qt.ItemDataRole.CheckStateRole:
            ticked = responsible or department_id in self.chosen
            return CHECKED if ticked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.departments[index.row()][0] == self.responsible_id:
            return Qt.ItemFlag.ItemIsSelectable  # shown ticked, greyed
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsUserCheckable)
        )

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        department_id = self.departments[index.row()][0]
        if department_id == self.responsible_id:
            return False
        ticked = value in (CHECKED, CHECKED.value)
        if ticked == (department_id in self.chosen):
            return True
        if ticked:
            self.chosen.add(department_id)
        else:
            self.chosen.discard(department_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.edited.emit()
        return True

    def _all_changed(self) -> None:
        if self.departments:
            self.dataChanged.emit(self.index(0), self.index(len(self.departments) - 1))
