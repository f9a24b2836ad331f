"""The review's date and who takes part, when it is created or changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ReviewDetailsDialog(QDialog):
    """The date a review is held and who takes part, for a new review or an open one."""

    def __init__(
        self,
        year: int,
        parent: QWidget | None = None,
        *,
        held_on: dt.date | None = None,
        participants: str = "",
        creating: bool = True,
    ) -> None:
        super().__init__(parent)
        title = self.tr("New review of {0}") if creating else self.tr("Review of {0}")
        self.setWindowTitle(title.format(year))
        day = held_on or dt.date.today()
        self.held_on = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.held_on.setObjectName("held_on")
        self.held_on.setCalendarPopup(True)
        self.participants = QPlainTextEdit(participants, self)
        self.participants.setObjectName("participants")
        self.participants.setTabChangesFocus(True)
        self.participants.setPlaceholderText(self.tr("Names, one per line or separated by commas"))
        form = QFormLayout()
        form.addRow(self.tr("&Held on:"), self.held_on)
        form.addRow(self.tr("&Participants:"), self.participants)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create review") if creating else self.tr("Save")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if creating:
            note = QLabel(
                self.tr(
                    "The review covers every membership of the register of {0} that goes on "
                    "after {0}."
                ).format(year),
                self,
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> tuple[dt.date, str]:
        return self.held_on.date().toPython(), self.participants.toPlainText().strip()
