"""The participants tab: the departments and companies taking part besides the responsible one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from ui.dialogs.fields import FieldRow
from ui.dialogs.membership.participants_model import ParticipantsModel


class ParticipantsTab(QWidget):
    """A checkable list of every department, filtered as the user types."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participants_tab")
        self.model = ParticipantsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
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
        self.model.edited.connect(self._on_edited)

    def set_departments(self, departments: Sequence[tuple[int, str]]) -> None:
        self.model.set_departments(departments)
        self._update_summary()

    def set_participants(self, ids: Sequence[int]) -> None:
        self.model.set_chosen(ids)
        self._update_summary()

    def set_responsible(self, department_id: int | None) -> None:
        """The responsible department is shown ticked and cannot be unticked here."""
        self.model.set_responsible(department_id)
        self._update_summary()

    def participant_ids(self) -> tuple[int, ...]:
        return self.model.participant_ids()

    def _on_edited(self) -> None:
        self._update_summary()
        self.changed.emit()

    def _update_summary(self) -> None:
        names = dict(self.model.departments)
        chosen = [names[i] for i in self.participant_ids() if i in names]
        if not chosen:
            text = self.tr("No other department or company takes part.")
        else:
            text = self.tr("Taking part besides the responsible department: {0}").format(
                ", ".join(chosen)
            )
        self.summary.setText(text)
