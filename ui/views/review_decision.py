"""Recording one membership's decision: keep, leave, change or postpone, with a reason.

The panel only holds what the user is typing; the view saves it through the
review service. `dirty` tells the view when moving on would lose an entry.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.review_items import ReviewItem
from app.vocabulary import DECISIONS, RECOMMENDATIONS

KINDS = DECISIONS.keys()  # in the order of the buttons


class DecisionPanel(QGroupBox):
    save_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decision_panel")
        texts = (self.tr("&Keep"), self.tr("&Leave"), self.tr("Chan&ge"), self.tr("&Postpone"))
        self.group = QButtonGroup(self)
        choices = QHBoxLayout()
        for number, (kind, text) in enumerate(zip(KINDS, texts, strict=True)):
            button = QRadioButton(text, self)
            button.setObjectName(f"decision_{kind}")
            self.group.addButton(button, number)
            choices.addWidget(button)
        self.recommended = QLabel(self)
        self.reason_label = QLabel(self.tr("&Reason:"), self)
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("decision_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why: what the membership gives and costs"))
        self.reason_label.setBuddy(self.reason)
        self.decided_by = QLabel(self)
        self.decided_by.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save and go on"), self)
        self.save_button.setObjectName("save_decision")
        self.save_button.setToolTip(self.tr("Record the decision (Ctrl+Enter)"))
        self.save_button.clicked.connect(self.save_requested)
        self.clear_button = QPushButton(self.tr("Take back"), self)
        self.clear_button.setToolTip(self.tr("Remove the decision: the membership is undecided"))
        self.clear_button.clicked.connect(self.clear_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.recommended)
        layout.addLayout(choices)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.decided_by)
        layout.addLayout(buttons)
        self._loaded: tuple[str | None, str] = (None, "")
        self.show_item(None, read_only=True)

    def show_item(self, item: ReviewItem | None, *, read_only: bool) -> None:
        decision = item.decision if item else None
        self.setTitle(self.tr("Decision {0}").format(item.year) if item else self.tr("Decision"))
        self._select(decision.decision if decision else None)
        self.reason.setPlainText(decision.rationale if decision else "")
        self._loaded = (self.chosen(), self.reason.toPlainText())
        if item is not None:
            recommendation = RECOMMENDATIONS.label(item.recommendation)
            self.recommended.setText(self.tr("Recommended: {0}").format(recommendation))
        else:
            self.recommended.clear()
        self.decided_by.setText(
            self.tr("Decided by {0}").format(decision.decided_by) if decision else ""
        )
        for widget in (*self.group.buttons(), self.reason, self.save_button):
            widget.setEnabled(item is not None and not read_only)
        self.clear_button.setEnabled(decision is not None and not read_only)

    def chosen(self) -> str | None:
        number = self.group.checkedId()
        return KINDS[number] if number >= 0 else None

    def choose(self, kind: str) -> None:
        self._select(kind)

    @property
    def dirty(self) -> bool:
        if not self.save_button.isEnabled():
            return False
        return (self.chosen(), self.reason.toPlainText()) != self._loaded

    def _select(self, kind: str | None) -> None:
        self.group.setExclusive(False)  # lets every button be unchecked
        for number, button in enumerate(self.group.buttons()):
            button.setChecked(kind is not None and KINDS[number] == kind)
        self.group.setExclusive(True)
