"""Reopening a closed review, with the reason."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


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
