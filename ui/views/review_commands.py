"""The review view's commands that open dialogs or write files.

Create the review, change its date and participants, edit an assessment,
close the review (summary and confirmation), reopen it (with a reason) and
save the minutes as PDF or HTML. Each is one service call and a `refresh()`.
The commands act on an `OpenReview` (the review view, `ui.views.review_view`)
through what it shows: the year, its review, the items and the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.errors import ConflictError
from app.files import write_text_whole
from app.i18n import language
from app.report import PrintReport
from app.report.minutes import minutes_html
from app.services import review_closing, reviews
from app.services.review_items import ReviewItem, review_item
from app.services.review_outcome import review_outcome
from app.services.reviews import DecisionRow, ReviewRow
from app.store import Store
from ui import formatting
from ui.actions import ActionId
from ui.dialogs.assessment_dialog import AssessmentDialog
from ui.dialogs.close_review_dialog import CloseReviewDialog
from ui.dialogs.reopen_review_dialog import ReopenReviewDialog
from ui.dialogs.review_details_dialog import ReviewDetailsDialog
from ui.errors import show_error
from ui.report_pdf import write_pdf
from ui.settings import MINUTES_FOLDER, Settings
from ui.views.review_decision import DecisionPanel

WRITES = (ActionId.REVIEW_SAVE_DECISION, ActionId.REVIEW_DETAILS, ActionId.REVIEW_CLOSE)


class OpenReview(Protocol):
    """The review the window shows, as the commands read and refresh it."""

    store: Store
    settings: Settings
    year: int
    review: ReviewRow | None
    items: list[ReviewItem]
    decision: DecisionPanel

    def current_item(self) -> ReviewItem | None: ...

    def refresh(self) -> None: ...

    def replace_item(self, item: ReviewItem) -> None: ...

    def show_warnings(self) -> None: ...


class ReviewCommands(QObject):
    """The review's commands, each a dialog and a service call, for the view that owns them."""

    def __init__(self, review: OpenReview, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = review
        self.parent_widget = parent  # of the dialogs and error messages
        self.actions: dict[ActionId, QAction] = {}
        self.closed_by = ""
        self.reopened = ""  # who reopened the review last, when and why

    def connect(self, actions: dict[ActionId, QAction]) -> None:
        self.actions = actions
        actions[ActionId.REVIEW_EDIT_ASSESSMENT].triggered.connect(self.edit_assessment)
        actions[ActionId.REVIEW_DETAILS].triggered.connect(self.edit_details)
        actions[ActionId.REVIEW_CLOSE].triggered.connect(self.close_review)
        actions[ActionId.REVIEW_REOPEN].triggered.connect(self.reopen_review)
        actions[ActionId.REVIEW_MINUTES_PDF].triggered.connect(lambda: self.save_minutes("pdf"))
        actions[ActionId.REVIEW_MINUTES_HTML].triggered.connect(lambda: self.save_minutes("html"))

    def update_enabled(self, review: ReviewRow | None) -> None:
        for action_id, action in self.actions.items():
            enabled = review is not None
            if action_id in WRITES:
                enabled = enabled and not review.closed  # type: ignore[union-attr]
            if action_id == ActionId.REVIEW_REOPEN:
                enabled = review is not None and review.closed
            action.setEnabled(enabled)
        self.closed_by, self.reopened = "", ""
        if review is not None and review.closed:
            frozen = review_closing.frozen_figures(self.view.store, review.year)
            self.closed_by = frozen.closed_by if frozen else ""
        elif review is not None:
            events = review_closing.review_events(self.view.store, review.id)
            last = events[-1] if events else None
            if last is not None and last.status == "open":
                self.reopened = self.tr("Reopened on {0} by {1}: {2}").format(
                    formatting.date(last.at.date()), last.actor, last.reason
                )

    # --- what the header says -------------------------------------------------

    def facts(self, review: ReviewRow | None) -> str:
        if review is None:
            return ""
        if review.held_on:
            text = self.tr("Held on {0}").format(formatting.date(review.held_on))
        else:
            text = self.tr("No date set")
        people = ", ".join(p.strip() for p in review.participants.splitlines() if p.strip())
        return text + (" · " + self.tr("Participants: {0}").format(people) if people else "")

    def banner(self, review: ReviewRow | None) -> str:
        if review is None:
            return ""
        if review.closed:
            when = formatting.date(review.closed_at.date()) if review.closed_at else ""
            return self.tr(
                "Closed on {0} by {1}. The figures of {2} are frozen and the review is "
                "read-only; use Reopen review to change it."
            ).format(when, self.closed_by or "–", review.year)
        lines = [self.reopened] if self.reopened else []
        decided = [i for i in self.view.items if i.decided]
        if self.view.items and len(decided) == len(self.view.items):
            lines.append(
                self.tr("Every membership is decided. Close the review to apply the decisions.")
            )
        return "\n".join(lines)

    # --- commands -------------------------------------------------------------

    def create_review(self) -> None:
        dialog = ReviewDetailsDialog(self.view.year, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        held_on, participants = dialog.values()
        self._run(
            lambda: reviews.create_review(
                self.view.store, self.view.year, held_on=held_on, participants=participants
            )
        )

    def edit_details(self) -> None:
        review = self.view.review
        if review is None:
            return
        dialog = ReviewDetailsDialog(
            review.year, self.parent_widget, held_on=review.held_on,
            participants=review.participants, creating=False,
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        held_on, participants = dialog.values()
        self._run(
            lambda: reviews.update_review(
                self.view.store, review.id, held_on=held_on, participants=participants,
                version=review.version,
            )
        )  # fmt: skip

    def edit_assessment(self) -> None:
        item = self.view.current_item()
        if item is None:
            return
        try:
            dialog = AssessmentDialog(
                self.view.store, item.membership_id, item.year, self.parent_widget,
                organisation=item.organisation,
            )  # fmt: skip
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._reload(item.membership_id)

    def close_review(self) -> None:
        review = self.view.review
        if review is None or review.closed:
            return
        try:
            outcome = review_outcome(self.view.store, review.id)
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return
        dialog = CloseReviewDialog(outcome, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            store = self.view.store
            self._run(lambda: review_closing.close_review(store, review.id, version=review.version))

    def reopen_review(self) -> None:
        review = self.view.review
        if review is None or not review.closed:
            return
        dialog = ReopenReviewDialog(review.year, self.parent_widget)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason, store = dialog.reason_text(), self.view.store
            self._run(lambda: review_closing.reopen_review(store, review.id, reason))

    def save_minutes(self, kind: str) -> None:
        if self.view.review is None:
            return
        folder = self.view.settings.get(MINUTES_FOLDER) or str(Path.home())
        name = self.tr("review_minutes_{0}").format(self.view.year) + f".{kind}"
        wanted = (
            self.tr("PDF documents (*.pdf)") if kind == "pdf" else self.tr("Web pages (*.html)")
        )
        path, _chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save the minutes"), str(Path(folder) / name), wanted
        )
        if path:
            self.save_minutes_to(Path(path))

    def save_minutes_to(self, path: Path) -> bool:
        """Writes the minutes whole (never half a file) as PDF (a .pdf path) or HTML."""
        try:
            html = minutes_html(self.view.store, self.view.year, language())
            if path.suffix.lower() == ".pdf":
                title = self.tr("Review of {0}").format(self.view.year)
                write_pdf(PrintReport(html, {}, title), path)
            else:
                write_text_whole(path, html)
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return False
        self.view.settings.set(MINUTES_FOLDER, str(path.parent))
        return True

    def record_decision(self) -> ReviewItem | None:
        """Saves the decision panel's entry; the membership as it now stands, or None."""
        view = self.view
        item, kind = view.current_item(), view.decision.chosen()
        if item is None or view.review is None:
            return None
        if kind is None:
            QMessageBox.information(
                self.parent_widget,
                self.tr("No decision chosen"),
                self.tr("Choose keep, leave, change or postpone first."),
            )
            return None
        reason = view.decision.reason.toPlainText()
        try:
            saved = reviews.record_decision(
                view.store, view.review.id, item.membership_id, kind, reason,
                version=_version_of(item),
            )  # fmt: skip
        except ConflictError as exc:
            self._show_theirs(item, exc)
            return None
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return None
        return replace(item, decision=saved)

    def _show_theirs(self, item: ReviewItem, exc: ConflictError) -> None:
        """Someone else decided meanwhile: says so and shows their decision, as a
        reload would; deciding again then overwrites theirs knowingly."""
        show_error(self.parent_widget, exc)
        theirs = exc.current if isinstance(exc.current, DecisionRow) else None
        self.view.replace_item(replace(item, decision=theirs))

    def clear_decision(self) -> None:
        view = self.view
        item = view.current_item()
        if item is None or view.review is None:
            return
        try:
            reviews.clear_decision(
                view.store, view.review.id, item.membership_id, version=_version_of(item)
            )
        except ConflictError as exc:
            self._show_theirs(item, exc)
            return
        except Exception as exc:
            show_error(self.parent_widget, exc)
            view.refresh()
            return
        view.replace_item(replace(item, decision=None))

    def _reload(self, membership_id: int) -> None:
        """Reads one membership again (after its assessment changed)."""
        view = self.view
        try:
            item = review_item(view.store, view.review.id, membership_id)  # type: ignore[union-attr]
        except Exception as exc:
            show_error(self.parent_widget, exc)
            return
        if item is None:
            view.refresh()
            return
        view.replace_item(item)
        view.show_warnings()  # an assessment may settle a warning

    def _run(self, work: Callable[[], object]) -> None:
        try:
            work()
        except Exception as exc:
            show_error(self.parent_widget, exc)
        self.view.refresh()


def _version_of(item: ReviewItem) -> int | None:
    """The version of the membership's decision as the view shows it; None: undecided."""
    return item.decision.version if item.decision is not None else None
