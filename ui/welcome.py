"""The first start: an empty register offers the example, an import, or a clean start."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCommandLinkButton, QFrame, QLabel, QVBoxLayout, QWidget

from ui.widgets.heading import make_heading

CARD_WIDTH, CARD_MARGIN = 640, 32


class WelcomePage(QWidget):
    example_requested = Signal()
    start_requested = Signal()

    def __init__(self, where: str, import_action: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Membership Register"), self)
        make_heading(title, 1.6)
        intro = QLabel(
            self.tr(
                "The register is empty. It keeps the city's memberships in international "
                "organisations and networks: who takes part, the contact persons, the fees and "
                "what each membership brings. How would you like to start?"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.example = self._choice(
            "load_example",
            self.tr("Load the example register"),
            self.tr(
                "Stockholm's memberships 2005–2008 with fictional fees and people: "
                "look around and try things out."
            ),
        )
        self.example.clicked.connect(self.example_requested)
        self.spreadsheet = self._choice(
            "import_spreadsheet",
            self.tr("Import a spreadsheet"),
            self.tr("Read your existing list of memberships from an Excel workbook."),
        )
        self._follow(import_action)
        self.start = self._choice(
            "start_empty",
            self.tr("Start with an empty register"),
            self.tr("Add organisations, departments and memberships yourself."),
        )
        self.start.clicked.connect(self.start_requested)
        self._lay_out(
            [title, intro, self.example, self.spreadsheet, self.start, self._where(where)]
        )

    def _where(self, where: str) -> QLabel:
        label = QLabel(self.tr("Database: %1").replace("%1", where), self)
        label.setObjectName("welcome_database")
        label.setEnabled(False)  # greyed: a note, not a choice
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _choice(self, name: str, text: str, detail: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, detail, self)
        button.setObjectName(name)
        # The layout does not ask for its height at the card's width: the wrapped
        # description would be cut off.
        button.setMinimumHeight(button.heightForWidth(CARD_WIDTH - 2 * CARD_MARGIN))
        return button

    def _follow(self, action: QAction) -> None:
        """The import button is the Import action: enabled when spreadsheets can be read."""
        self.spreadsheet.clicked.connect(action.trigger)
        self.spreadsheet.setEnabled(action.isEnabled())
        action.changed.connect(lambda: self.spreadsheet.setEnabled(action.isEnabled()))

    def _lay_out(self, widgets: list[QWidget]) -> None:
        card = QFrame(self)
        card.setObjectName("welcome_card")
        card.setFixedWidth(CARD_WIDTH)  # word-wrapped text needs a definite width to lay out
        card.setStyleSheet(
            "#welcome_card { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        inner = QVBoxLayout(card)
        inner.setContentsMargins(CARD_MARGIN, 28, CARD_MARGIN, 24)
        inner.setSpacing(10)
        for widget in widgets:
            inner.addWidget(widget)
            if isinstance(widget, QLabel) and widget.wordWrap():
                inner.addSpacing(8)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
