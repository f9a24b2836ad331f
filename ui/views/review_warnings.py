"""The review's warnings: the overview's attention list, beside the decision.

The same service and tree as the overview page (`attention_for_year`,
`AttentionTree`), so both say the same about a year; activating a line asks
the review to show that membership.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from app.services.attention import Attention
from ui import formatting
from ui.views.attention_tree import AttentionTree

SHOWN_PER_CONCERN = 500  # as on the overview: more lines only slow the window down


class AttentionPanel(QGroupBox):
    membership_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attention_panel")
        self.tree = AttentionTree(self)
        self.tree.setObjectName("attention_tree")
        self.tree.open_membership.connect(self.membership_chosen)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        self.set_attention(Attention((), {}))

    def set_attention(self, attention: Attention) -> None:
        self.tree.set_attention(attention)
        # The column is narrow beside the decision: the department is in each tooltip.
        self.tree.setColumnHidden(1, True)
        total = formatting.integer(attention.total)
        self.setTitle(self.tr("Needs attention ({0})").format(total))
