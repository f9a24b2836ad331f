"""The review's small dialogs: its date and participants, closing it, reopening it."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.review_outcome import ReviewOutcome
from ui import formatting


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


class CloseReviewDialog(QDialog):
    """The outcome of the review, and what closing it will do; asks for confirmation."""

    def __init__(self, outcome: ReviewOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close the review of {0}").format(outcome.year))
        summary = QFormLayout()
        summary.addRow(self.tr("Kept:"), QLabel(formatting.integer(len(outcome.kept))))
        left = self.tr("{0}, saving {1} a year").format(
            formatting.integer(len(outcome.left)), formatting.money(outcome.fees_saved_sek)
        )
        summary.addRow(self.tr("Left:"), QLabel(left))
        summary.addRow(self.tr("Changed:"), QLabel(formatting.integer(len(outcome.changed))))
        summary.addRow(self.tr("Postponed:"), QLabel(formatting.integer(len(outcome.postponed))))
        self.explanation = QLabel(self._explanation(outcome), self)
        self.explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.close_button = QPushButton(self.tr("Close review"), self)
        self.close_button.setObjectName("confirm_close")
        self.close_button.setEnabled(not outcome.undecided)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(summary)
        layout.addWidget(self.explanation)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _explanation(self, outcome: ReviewOutcome) -> str:
        if outcome.undecided:
            return self.tr(
                "{0} memberships have no decision yet. Decide them (Ctrl+J jumps to the next "
                "one) before closing the review."
            ).format(len(outcome.undecided))
        return self.tr(
            "Closing applies the decisions: memberships left get the status “notice given” "
            "and an end year, postponed ones “under review”. The figures of {0} are frozen "
            "and the review can no longer be changed unless it is reopened."
        ).format(outcome.year)


class ReopenReviewDialog(QDialog):
    """Reopening is deliberate: it asks why, and the reason goes into the change log."""

    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reopen the review of {0}").format(year))
        note = QLabel(
            self.tr(
                "Reopening undoes what closing applied to the memberships (where nobody has "
                "changed them since) and unfreezes the figures of {0}. Say why; the reason "
                "is kept in the change log and in the minutes."
            ).format(year),
            self,
        )
        note.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("reopen_reason")
        self.reason.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Reopen review"))
        self.ok.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()
