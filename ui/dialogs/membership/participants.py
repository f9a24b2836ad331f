"""The participants tab: the departments and companies taking part besides the responsible one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ui.dialogs.fields import FieldRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class ParticipantsTab(QWidget):
    """A checkable list of every department, filtered as the user types."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_tab")
        self.responsible_id: int | None = None
        self.names: dict[int, str] = {}
        self._quiet = False  # True while the program, not the user, ticks items
        self.items = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.items)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setObjectName("participant_filter")
        self.filter.setPlaceholderText(self.tr("Filter departments and companies"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QListView()
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)  # fast with a thousand departments
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.field_row = FieldRow(self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.field_row, 1)
        layout.addWidget(self.summary)
        self.items.itemChanged.connect(self._on_item_changed)

    def set_departments(self, departments: Sequence[tuple[int, str]]) -> None:
        self.names = dict(departments)
        self.responsible_id = None
        self._quiet = True
        self.items.clear()
        for department_id, text in departments:
            item = QStandardItem(text)
            item.setData(department_id, ID_ROLE)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(UNCHECKED)
            self.items.appendRow(item)
        self._quiet = False
        self._update_summary()

    def set_participants(self, ids: Sequence[int]) -> None:
        chosen = set(ids)
        self._each(lambda item, i: item.setCheckState(CHECKED if i in chosen else UNCHECKED))
        self._mark_responsible()
        self._update_summary()

    def set_responsible(self, department_id: int | None) -> None:
        """The responsible department is shown ticked and cannot be unticked here."""
        if department_id == self.responsible_id:
            return
        previous = self._item(self.responsible_id)
        if previous is not None:
            self._quiet = True
            previous.setText(self.names.get(self.responsible_id or 0, previous.text()))
            previous.setEnabled(True)
            previous.setCheckState(UNCHECKED)
            self._quiet = False
        self.responsible_id = department_id
        self._mark_responsible()
        self._update_summary()

    def participant_ids(self) -> tuple[int, ...]:
        ids: list[int] = []
        self._each(
            lambda item, i: (
                ids.append(i) if item.checkState() == CHECKED and i != self.responsible_id else None
            )
        )
        return tuple(sorted(ids))

    def _mark_responsible(self) -> None:
        item = self._item(self.responsible_id)
        if item is None:
            return
        self._quiet = True
        item.setText(self.tr("{0} — responsible").format(self.names.get(self.responsible_id, "")))
        item.setCheckState(CHECKED)
        item.setEnabled(False)
        self._quiet = False

    def _item(self, department_id: int | None) -> QStandardItem | None:
        if department_id is None:
            return None
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            if item.data(ID_ROLE) == department_id:
                return item
        return None

    def _each(self, action: Callable[[QStandardItem, int], object]) -> None:
        self._quiet = True
        for row in range(self.items.rowCount()):
            item = self.items.item(row)
            action(item, item.data(ID_ROLE))
        self._quiet = False

    def _on_item_changed(self, _item: QStandardItem) -> None:
        if self._quiet:
            return
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        names = [self.names[i] for i in self.participant_ids() if i in self.names]
        if not names:
            text = self.tr("No other department or company takes part.")
        else:
            text = self.tr("Taking part besides the responsible department: {0}").format(
                ", ".join(names)
            )
        self.summary.setText(text)
