"""First start and start-up problems: the welcome page, the example register, bad databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.errors import (
    DatabaseLockedError,
    MissingDatabaseError,
    NewerRegisterError,
    NotARegisterError,
)
from app.services.register import year_summary
from app.services.register_info import is_empty
from ui.actions import ActionId
from ui.opening import explain_unusable, open_or_explain


def test_loading_the_example_from_the_welcome_page_fills_the_window(
    make_window, empty_store, qtbot
) -> None:
    window = make_window(empty_store, 2007)
    assert window.actions[ActionId.LOAD_EXAMPLE].isEnabled()
    window.welcome.example.click()
    qtbot.waitUntil(lambda: window.central.currentWidget() is window.pages, timeout=60_000)
    assert not is_empty(empty_store)
    view = window.current_view()
    assert view.objectName() == "view_memberships"
    assert view.table.proxy.rowCount() == year_summary(empty_store, 2007).memberships
    assert window.status.summary.text().startswith("2007: 76 organisations · 5 networks")
    assert window.status.example.isVisible()
    assert not window.actions[ActionId.LOAD_EXAMPLE].isEnabled()  # never over a register


def test_matrix_review_and_overview_are_pages_made_when_first_shown(
    make_window, filled, qtbot
) -> None:
    store, _ = filled
    window = make_window(store, 2006)
    assert all(window.views[k].inner is None for k in ("matrix", "review", "overview"))
    titles = [window.navigation.tabText(i) for i in range(window.navigation.count())]
    assert titles[-3:] == ["Matrix", "Review", "Overview"]
    window.show_view("matrix")
    assert window.current_view().inner.filter_bar.current_year() == 2006
    window.show_view("overview")
    overview = window.current_view().inner
    qtbot.waitUntil(lambda: overview.overview_data() is not None, timeout=30_000)
    assert overview.year() == 2006
    window.show_view("review")
    review = window.current_view().inner
    with qtbot.waitSignal(review.loaded, timeout=30_000):  # it reads in the background
        pass
    assert review.year == 2006


def test_a_record_asked_for_is_shown_and_opened_in_its_view(make_window, filled, modal) -> None:
    from ui.dialogs.membership_dialog import MembershipDialog

    store, reg = filled
    window = make_window(store, 2006)
    window.show_view("people")
    opened: list[int | None] = []
    modal.when(MembershipDialog, lambda d: (opened.append(d.record_id), d.reject()))
    window.current_view().open_record.emit("membership", reg.ubc_membership)
    view = window.current_view()
    assert view.objectName() == "view_memberships"
    assert view.table.current_id() == reg.ubc_membership
    assert opened == [reg.ubc_membership]


def test_an_unusable_database_is_explained_with_its_path_and_what_to_do(
    tmp_path: Path, qtbot, settings
) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    target = str(tmp_path / "missing" / "register.db")
    assert open_or_explain(target, settings) is None
    assert shown and target in shown[0]
    assert "Check that the folder or network drive is reachable" in shown[0]


def test_the_explanations_name_the_cause() -> None:
    locked = explain_unusable("r.db", DatabaseLockedError("r.db"))
    assert "Wait a moment" in locked and "r.db" in locked
    foreign = explain_unusable("x.db", NotARegisterError("x.db is not a register database."))
    assert "Membership Register database" in foreign
    newer = "made by a newer version of Membership Register. Install the newer version."
    assert explain_unusable("n.db", NewerRegisterError(newer)).endswith(newer)
    missing = explain_unusable("m.db", MissingDatabaseError("The folder m does not exist."))
    assert "network drive is reachable" in missing
    # Told by the type, not the words: a locked-sounding message of another cause.
    assert "Wait a moment" not in explain_unusable("l.db", Exception("locked out"))
