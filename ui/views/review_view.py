"""The annual review: walk through the year's memberships and decide each one.

State: `year`, its `review` (None until created), `items` (every membership
the review decides on, from `review_items`) and `current_id` (the membership
shown). The list on the left shows `items` filtered and sorted by the filter
bar; the middle shows everything needed to decide the current membership; on
the right the decision and the warnings. Every change goes through a service
and is followed by `refresh()`, so what is shown is what is stored.
Commands that open dialogs (create, close, reopen, minutes) live in
`ui.views.review_commands`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.progress import Progress
from app.services.attention import Attention, attention_for_year
from app.services.review_items import (
    ReviewItem,
    SortKey,
    filter_items,
    progress,
    review_items,
    sort_items,
)
from app.services.reviews import ReviewRow, review_for_year
from app.store import Store
from ui.actions import SPECS, ActionId, create_action
from ui.errors import show_error
from ui.menus import REVIEW_TOOLBAR, view_toolbar
from ui.settings import REVIEW_SPLITTER, Settings
from ui.tasks import Task, run_task
from ui.views.review_commands import ReviewCommands
from ui.views.review_list_model import COLUMNS
from ui.views.review_page import ReviewPage
from ui.views.review_warnings import SHOWN_PER_CONCERN
from ui.widgets.heading import make_heading


@dataclass(frozen=True)
class Loaded:
    """What one load of the review read (in a worker thread)."""

    year: int
    review: ReviewRow | None
    items: list[ReviewItem]
    warnings: Attention


class ReviewView(QWidget):
    loaded = Signal()  # the review of the year is shown as stored

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_view")
        self.store = store
        self.settings = Settings()
        self.year = dt.date.today().year
        self.review: ReviewRow | None = None
        self.items: list[ReviewItem] = []
        self.current_id: int | None = None
        self._selecting = False  # True while code, not the user, moves the selection
        self._loading: Task | None = None
        self._load_again = False
        self.commands = ReviewCommands(self, self)
        self._build()
        self.set_year(self.year)

    # --- building -----------------------------------------------------------

    def _build(self) -> None:
        self.actions_by_id = {
            i: create_action(self, i) for i in ActionId if SPECS[i].view == "review"
        }
        self.actions_by_id[ActionId.REVIEW_NEXT].triggered.connect(lambda: self.step(1))
        self.actions_by_id[ActionId.REVIEW_PREVIOUS].triggered.connect(lambda: self.step(-1))
        self.actions_by_id[ActionId.REVIEW_NEXT_UNDECIDED].triggered.connect(self.next_undecided)
        self.actions_by_id[ActionId.REVIEW_SAVE_DECISION].triggered.connect(self.save_decision)
        self.commands.connect(self.actions_by_id)
        self.heading = QLabel(self)
        self.heading.setObjectName("review_heading")
        make_heading(self.heading, 1.25)
        self.facts = QLabel(self)
        self.facts.setObjectName("review_facts")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("review_progress")
        self.progress.setMinimumWidth(220)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.facts, 1)
        top.addWidget(self.progress)
        self.banner = QLabel(self)
        self.banner.setObjectName("review_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff4e5; border: 1px solid #f0c36d; padding: 6px; }"
        )
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._empty_page())
        self.stack.addWidget(self._review_page())
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(view_toolbar(self, self.actions_by_id, REVIEW_TOOLBAR))
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def _empty_page(self) -> QWidget:
        page = QWidget(self)
        self.empty_text = QLabel(page)
        self.empty_text.setObjectName("review_empty_text")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        create = QPushButton(self.tr("Create the review…"), page)
        create.setObjectName("create_review")
        create.clicked.connect(self.commands.create_review)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_text)
        layout.addWidget(create, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _review_page(self) -> QWidget:
        page = ReviewPage(self)
        self.filters, self.model, self.list = page.filters, page.model, page.list
        self.detail, self.decision, self.attention = page.detail, page.decision, page.attention
        self.filters.changed.connect(self._show_list)
        self.list.horizontalHeader().sectionClicked.connect(self._sort_by_column)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.decision.save_requested.connect(self.save_decision)
        self.decision.clear_requested.connect(self.commands.clear_decision)
        self.attention.membership_chosen.connect(self.show_membership)
        page.restoreState(self.settings.get(REVIEW_SPLITTER))
        page.splitterMoved.connect(lambda *_: self.settings.set(REVIEW_SPLITTER, page.saveState()))
        return page

    # --- loading ------------------------------------------------------------

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.current_id = None
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        """Reads the year's review again, off the GUI thread (a large register takes a
        while), and shows it, keeping the current membership; emits `loaded`."""
        if self._loading is not None:
            self._load_again = True  # one load at a time; the newest wins
            return
        store, year = self.store, self.year

        def load(step: Progress) -> Loaded:
            step.step(0, 3, self.tr("Reading the review of {0}…").format(year))
            review = review_for_year(store, year)
            items = review_items(store, review.id) if review else []
            step.step(2, 3, self.tr("Looking for what needs attention…"))
            warnings = attention_for_year(store, year, SHOWN_PER_CONCERN)
            return Loaded(year, review, items, warnings)

        self._loading = run_task(self, self.tr("Review of {0}").format(year), load, self._show)
        self._loading.error.connect(self._load_failed)

    def _show(self, loaded: Loaded) -> None:
        self._loading = None
        if self._load_again or loaded.year != self.year:
            self._load_again = False
            self.refresh()
            return
        self.review, self.items = loaded.review, loaded.items
        self.attention.set_attention(loaded.warnings)
        self.filters.set_departments(self.items)
        self._show_header()
        self._show_list()
        self.loaded.emit()

    def _load_failed(self, _exc: BaseException) -> None:
        self._loading, self._load_again = None, False  # the error was shown by run_task

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def _show_header(self) -> None:
        review = self.review
        self.heading.setText(self.tr("Review of {0}").format(self.year))
        self.stack.setCurrentIndex(1 if review else 0)
        decided, total = progress(self.items)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(decided)
        self.progress.setFormat(self.tr("{0} of {1} decided").format(decided, total))
        self.progress.setVisible(review is not None)
        self.empty_text.setText(
            self.tr("There is no review of {0} yet. Create it to start deciding.").format(self.year)
        )
        self.commands.update_enabled(review)
        self.facts.setText(self.commands.facts(review))
        self.banner.setText(self.commands.banner(review))
        self.banner.setVisible(bool(self.banner.text()))

    def _show_list(self) -> None:
        shown = sort_items(
            filter_items(self.items, self.filters.item_filter()),
            self.filters.sort_key(),
            descending=self.filters.descending.isChecked(),
        )
        self.model.set_items(shown)
        row = self.model.row_of(self.current_id) if self.current_id is not None else None
        self._select_row(row if row is not None else 0)
        if not shown:
            self._show_current(None)

    def _sort_by_column(self, column: int) -> None:
        key = COLUMNS[column].sort_key
        if key is None:
            return
        if key == self.filters.sort_key():  # a second click turns the order round
            descending = not self.filters.descending.isChecked()
        else:  # cost and rating: largest first
            descending = key != SortKey.ORGANISATION
        self.filters.set_sort(key, descending)

    # --- moving -------------------------------------------------------------

    def current_item(self) -> ReviewItem | None:
        return next((i for i in self.items if i.membership_id == self.current_id), None)

    def _select_row(self, row: int, *, show: bool = True) -> None:
        """Selects a row from code: no question asked (callers have asked already)."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 1)
        self._selecting = True
        try:
            self.list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self.list.scrollTo(index)
        if show:
            self._show_current(self.model.items[row])

    def _row_changed(self, current: object, _previous: object) -> None:
        """The user chose another row (mouse or list keys)."""
        row = current.row()  # type: ignore[attr-defined]
        if self._selecting or not 0 <= row < len(self.model.items):
            return
        item = self.model.items[row]
        if item.membership_id != self.current_id and not self._may_leave_current():
            # Stay, keeping what the user typed.
            self._select_row(self.model.row_of(self.current_id) or 0, show=False)
            return
        self._show_current(item)

    def _show_current(self, item: ReviewItem | None) -> None:
        self.current_id = item.membership_id if item else None
        self.detail.show_item(item)
        closed = self.review is None or self.review.closed
        self.decision.show_item(item, read_only=closed)

    def _may_leave_current(self) -> bool:
        """Asks before an unsaved decision is lost; True where moving on is fine."""
        if not self.decision.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved decision"),
            self.tr("The decision on {0} is not saved. Save it?").format(self.detail.title.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            updated = self.commands.record_decision()
            if updated is None:
                return False
            # Show the saved mark once the move is done (not while the list is moving).
            QTimer.singleShot(0, lambda: self.replace_item(updated))
            return True
        return answer == QMessageBox.StandardButton.Discard

    def step(self, delta: int) -> None:
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        target = (row if row is not None else -1) + delta
        if 0 <= target < self.model.rowCount() and self._may_leave_current():
            self._select_row(target)

    def next_undecided(self) -> bool:
        """Jumps to the next undecided membership in the list, wrapping round."""
        items = self.model.items
        row = self.model.row_of(self.current_id) if self.current_id is not None else -1
        start = row if row is not None else -1
        for offset in range(1, len(items) + 1):
            target = (start + offset) % len(items)
            if not items[target].decided and items[target].membership_id != self.current_id:
                if self._may_leave_current():
                    self._select_row(target)
                return True
        return False

    def show_membership(self, membership_id: int) -> None:
        if self.model.row_of(membership_id) is None:
            self.filters.reset()  # the warning's membership is filtered out: show all
        row = self.model.row_of(membership_id)
        if row is not None and self._may_leave_current():
            self._select_row(row)

    # --- changes to one membership --------------------------------------------

    def replace_item(self, item: ReviewItem) -> None:
        """Shows a changed membership without reading the whole review again."""
        self.items = [item if i.membership_id == item.membership_id else i for i in self.items]
        self._show_header()
        self._show_list()

    def show_warnings(self) -> None:
        try:
            warnings = attention_for_year(self.store, self.year, SHOWN_PER_CONCERN)
        except Exception as exc:
            show_error(self, exc)
            return
        self.attention.set_attention(warnings)

    def save_decision(self) -> None:
        """Records the decision shown and goes on to the next undecided membership."""
        updated = self.commands.record_decision()
        if updated is not None:
            self.replace_item(updated)
            self.next_undecided()
