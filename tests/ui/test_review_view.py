"""The annual review driven through its view by keyboard and mouse, on the example register."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QRadioButton

from app.services import register, reviews
from app.services.review_closing import frozen_figures
from app.store import Store
from tests.support.dialogs import activate, answer_next_dialog, reload, settle
from tests.support.review import CYCLE, read_tables
from ui.actions import ActionId
from ui.views.review_view import ReviewView

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def create_review_through_dialog(qtbot, view: ReviewView) -> None:
    def fill(dialog: QDialog) -> None:
        dialog.held_on.setDate(QDate(2008, 2, 12))
        qtbot.keyClicks(dialog.participants, "Anna Berg, Karl Lund")
        dialog.accept()

    seen = answer_next_dialog(fill)
    qtbot.mouseClick(view.findChild(QPushButton, "create_review"), Qt.MouseButton.LeftButton)
    settle(qtbot, view)
    assert seen and view.review is not None
    activate(qtbot, view)


def decide_current(qtbot, view: ReviewView, kind: str, reason: str) -> None:
    choice = view.decision.findChild(QRadioButton, f"decision_{kind}")
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
    view.decision.reason.setFocus()
    qtbot.keyClicks(view.decision.reason, reason)
    qtbot.keyClick(view.decision.reason, Qt.Key.Key_Return, CTRL)


def test_a_whole_review_through_the_window(qtbot, view: ReviewView, tmp_path: Path) -> None:
    store = view.store
    figures = register.year_summary(store, 2007)
    assert view.stack.currentIndex() == 0  # no review yet: offers to create one
    create_review_through_dialog(qtbot, view)
    assert view.review.held_on == dt.date(2008, 2, 12)
    assert "Anna Berg, Karl Lund" in view.facts.text()
    total = len(view.items)
    assert view.progress.text() == f"0 of {total} decided"
    decided: dict[int, tuple[str, str]] = {}
    for n in range(total):  # Ctrl+Enter saves and jumps to the next undecided one
        kind, reason = CYCLE[n % 4], f"R{n:03d}"
        decided[view.current_id] = (kind, reason)
        decide_current(qtbot, view, kind, reason)
        assert view.progress.text() == f"{n + 1} of {total} decided"
    assert "Every membership is decided" in view.banner.text()
    stored = {i.membership_id: (i.decision.decision, i.decision.rationale) for i in view.items}
    assert stored == decided

    def confirm(dialog: QDialog) -> None:
        labels = " ".join(label.text() for label in dialog.findChildren(type(view.heading)))
        assert "notice given" in labels
        dialog.findChild(QPushButton, "confirm_close").click()

    before_close = {
        r.id: (r.status, r.end_year) for r in register.memberships_for_year(store, None)
    }
    answer_next_dialog(confirm)
    view.actions_by_id[ActionId.REVIEW_CLOSE].trigger()
    settle(qtbot, view)
    activate(qtbot, view)
    assert view.review.closed and "Closed on" in view.banner.text()
    assert not view.decision.save_button.isEnabled()
    assert not view.actions_by_id[ActionId.REVIEW_SAVE_DECISION].isEnabled()
    statuses = {r.id: (r.status, r.end_year) for r in register.memberships_for_year(store, None)}
    for membership_id, (kind, _reason) in decided.items():
        if kind == "leave":
            assert statuses[membership_id][0] == "notice_given"
            assert statuses[membership_id][1] in (2008, 2009)  # a 12 months' notice: 2009
        elif kind == "postpone":
            assert statuses[membership_id][0] == "under_review"
    assert frozen_figures(store, 2007).summary == figures
    assert register.year_summary(store, 2007) == figures

    html_path, pdf_path = tmp_path / "minutes.html", tmp_path / "minutes.pdf"
    assert view.commands.save_minutes_to(html_path)
    assert view.commands.save_minutes_to(pdf_path)
    tables = read_tables(html_path.read_text(encoding="utf-8"))
    reasons = [row[5] for title, rows in tables.items() if "(" in title for row in rows[1:]]
    assert sorted(reasons) == sorted(
        f"{reason}\ndecided by tester" for _k, reason in decided.values()
    )
    pdf_text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf_path).pages)
    assert all(reason in pdf_text for _k, reason in decided.values())
    assert "Review of the memberships 2007" in pdf_text

    def reopen(dialog: QDialog) -> None:
        assert not dialog.ok.isEnabled()  # no reason, no reopening
        qtbot.keyClicks(dialog.reason, "Eurocities was decided wrongly")
        dialog.ok.click()

    answer_next_dialog(reopen)
    view.actions_by_id[ActionId.REVIEW_REOPEN].trigger()
    settle(qtbot, view)
    assert not view.review.closed and view.decision.save_button.isEnabled()
    reopened = {r.id: (r.status, r.end_year) for r in register.memberships_for_year(store, None)}
    assert reopened == before_close  # what closing applied is undone
    assert "Eurocities was decided wrongly" in view.banner.text()
    assert frozen_figures(store, 2007) is None


def test_keys_move_through_the_list(qtbot, view: ReviewView) -> None:
    create_review_through_dialog(qtbot, view)
    ids = [item.membership_id for item in view.model.items]
    assert view.current_id == ids[0]
    qtbot.keyClick(view.list, Qt.Key.Key_Right, ALT)
    assert view.current_id == ids[1]
    qtbot.keyClick(view.list, Qt.Key.Key_Period, CTRL)
    assert view.current_id == ids[2]
    qtbot.keyClick(view.list, Qt.Key.Key_Comma, CTRL)
    qtbot.keyClick(view.list, Qt.Key.Key_Left, ALT)
    assert view.current_id == ids[0]
    reviews.record_decision(view.store, view.review.id, ids[1], "keep")
    reload(qtbot, view)
    qtbot.keyClick(view.list, Qt.Key.Key_J, CTRL)  # skips the decided one
    assert view.current_id == ids[2]
    keys = ((Qt.Key.Key_L, "leave"), (Qt.Key.Key_G, "change"), (Qt.Key.Key_P, "postpone"))
    for key, kind in (*keys, (Qt.Key.Key_K, "keep")):
        qtbot.keyClick(view.list, key, ALT)  # the decision's mnemonic (an animated click)
        qtbot.waitUntil(lambda kind=kind: view.decision.chosen() == kind)


def test_a_decision_made_meanwhile_is_shown_not_overwritten(qtbot, view: ReviewView, modal) -> None:
    create_review_through_dialog(qtbot, view)
    item = view.current_item()
    colleague = Store.open(view.store.url, actor="colleague")
    try:
        theirs = reviews.record_decision(
            colleague, view.review.id, item.membership_id, "leave", "Too costly"
        )
    finally:
        colleague.close()
    modal.answer("OK")
    decide_current(qtbot, view, "keep", "Worth it")
    qtbot.waitUntil(lambda: "Someone else changed this record" in modal.last)
    stored = reviews.decisions_of_review(view.store, view.review.id)
    assert [d for d in stored if d.membership_id == item.membership_id] == [theirs]
    assert view.current_id == item.membership_id  # not moved on as after a save
    assert view.current_item().decision == theirs
    assert view.decision.chosen() == "leave"  # theirs shown, as after a reload
    assert view.decision.reason.toPlainText() == "Too costly"
    activate(qtbot, view)  # the message box closed
    decide_current(qtbot, view, "keep", " or not")  # deciding again overwrites, knowingly
    stored = reviews.decisions_of_review(view.store, view.review.id)
    assert [d.decision for d in stored if d.membership_id == item.membership_id] == ["keep"]
