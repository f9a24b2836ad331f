"""Closing the review: what its decisions will do, and the confirmation."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.review_outcome import ReviewOutcome
from ui import formatting


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
