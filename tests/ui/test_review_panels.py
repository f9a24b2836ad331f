"""The review view's list, filters, warnings, assessment editor and unsaved decisions."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QRadioButton

from app.services import memberships, reviews
from app.services.review_closing import close_review
from app.services.review_items import SortKey
from tests.support.dialogs import activate, answer_next_dialog, reload
from tests.support.review import decide_all
from ui.actions import ActionId
from ui.views.review_list_model import ReviewListModel
from ui.views.review_view import ReviewView

ALT = Qt.KeyboardModifier.AltModifier


def open_review(qtbot, view: ReviewView) -> None:
    reviews.create_review(view.store, 2007)
    reload(qtbot, view)


def test_the_list_model_passes_the_model_tester(qtbot, qtmodeltester, view: ReviewView) -> None:
    open_review(qtbot, view)
    assert view.model.rowCount() == len(view.items) > 70
    qtmodeltester.check(view.model)
    qtmodeltester.check(ReviewListModel())  # and empty


def test_filters_and_sorting(qtbot, view: ReviewView) -> None:
    open_review(qtbot, view)
    items = view.items
    first = items[0]
    reviews.record_decision(view.store, view.review.id, first.membership_id, "keep")
    reload(qtbot, view)
    view.filters.undecided.setChecked(True)
    assert view.model.rowCount() == len(items) - 1
    view.filters.undecided.setChecked(False)
    combo = view.filters.department
    combo.setCurrentIndex(combo.findText(first.responsible_department))
    shown = view.model.items
    assert shown and all(first.responsible_department_id in i.department_ids for i in shown)
    combo.setCurrentIndex(0)
    recommendation = view.filters.recommendation
    recommendation.setCurrentIndex(recommendation.findData("leave"))
    assert {i.recommendation for i in view.model.items} == {"leave"}
    recommendation.setCurrentIndex(recommendation.findData(""))  # not assessed
    assert view.model.items and all(i.assessment is None for i in view.model.items)
    recommendation.setCurrentIndex(0)
    header = view.list.horizontalHeader()  # a click on "Cost" sorts, largest first
    x = header.sectionViewportPosition(2) + header.sectionSize(2) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.filters.sort_key() == SortKey.COST
    costs = [i.cost_sek for i in view.model.items]
    assert costs == sorted(costs, reverse=True)
    view.filters.sort.setCurrentIndex(view.filters.sort.findData(SortKey.RATING.value))
    view.filters.descending.setChecked(False)
    ratings = [i.rating for i in view.model.items if i.rating is not None]
    assert ratings == sorted(ratings)


def test_warnings_show_what_needs_attention_and_lead_to_it(qtbot, view: ReviewView) -> None:
    open_review(qtbot, view)
    eurocities = next(i for i in view.items if i.organisation == "Eurocities")
    detail = memberships.get_membership(view.store, eurocities.membership_id)
    before = next(f.amount for f in detail.fees if f.year == 2006)
    fees = tuple(
        replace(f, amount=before * Decimal("1.5")) if f.year == 2007 else f
        for f in detail.data().fees
    )
    memberships.update_membership(view.store, detail.id, replace(detail.data(), fees=fees))
    reload(qtbot, view)
    tree = view.attention.tree
    lines = _lines(tree)
    assert ("Fee up more than 20 %", "Eurocities", "+50 %") in lines
    assert any(group.startswith("No primary contact") for group, _o, _d in lines)
    assert any(group.startswith("No assessment this year") for group, _o, _d in lines)
    assert view.attention.title().startswith("Needs attention (")
    view.filters.undecided.setChecked(True)
    reviews.record_decision(view.store, view.review.id, eurocities.membership_id, "keep")
    reload(qtbot, view)  # Eurocities is now filtered out of the list
    model = tree.model()
    group = next(
        model.index(n, 0) for n in range(model.rowCount())
        if model.index(n, 0).data().startswith("Fee up")
    )  # fmt: skip
    line = next(
        model.index(r, 0, group) for r in range(model.rowCount(group))
        if model.index(r, 0, group).data() == "Eurocities"
    )  # fmt: skip
    tree.setFocus()
    tree.setCurrentIndex(line)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # as a double-click does
    assert view.current_id == eurocities.membership_id
    assert view.detail.title.text() == "Eurocities"


def _lines(tree) -> list[tuple[str, str, str]]:
    """(concern, organisation, detail) of every line of the attention tree."""
    model, found = tree.model(), []
    for n in range(model.rowCount()):
        group = model.index(n, 0)
        concern = group.data().rsplit(" (", 1)[0]
        for r in range(model.rowCount(group)):
            found.append(
                (concern, model.index(r, 0, group).data(), model.index(r, 2, group).data())
            )
    return found


def test_the_assessment_is_edited_from_the_review(qtbot, view: ReviewView) -> None:
    open_review(qtbot, view)
    item = next(i for i in view.items if i.assessment is None)
    view.show_membership(item.membership_id)

    def fill(dialog: QDialog) -> None:
        dialog.other_costs.setText("abc")
        dialog.rating.setCurrentIndex(dialog.rating.findData(2))
        dialog.recommendation.setCurrentIndex(dialog.recommendation.findData("leave"))
        qtbot.keyClicks(dialog.added_value, "Little use to the city")
        dialog.accept()  # refused: the costs are no amount, shown beside the field
        assert dialog.isVisible() and dialog.errors["other_costs_sek"].isVisible()
        assert "'abc' is not an amount." in dialog.errors["other_costs_sek"].text()
        dialog.other_costs.setText("12 500")
        dialog.accept()

    answer_next_dialog(fill)
    view.actions_by_id[ActionId.REVIEW_EDIT_ASSESSMENT].trigger()
    shown = view.current_item()
    assert shown.membership_id == item.membership_id
    assert (shown.rating, shown.recommendation) == (2, "leave")
    assert shown.assessment.other_costs_sek == Decimal("12500.00")
    assert "Little use to the city" in view.detail.page.toPlainText()


def test_a_closed_review_is_read_only(qtbot, view: ReviewView) -> None:
    open_review(qtbot, view)
    decide_all(view.store, view.review.id)
    close_review(view.store, view.review.id)
    reload(qtbot, view)
    assert not view.decision.findChild(QRadioButton, "decision_keep").isEnabled()
    assert not view.actions_by_id[ActionId.REVIEW_CLOSE].isEnabled()
    assert view.actions_by_id[ActionId.REVIEW_REOPEN].isEnabled()

    def look(dialog: QDialog) -> None:
        assert dialog.read_only and not dialog.rating.isEnabled()
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
        dialog.reject()

    seen = answer_next_dialog(look)
    view.actions_by_id[ActionId.REVIEW_EDIT_ASSESSMENT].trigger()
    assert seen


def test_moving_on_asks_before_an_unsaved_decision_is_lost(qtbot, view: ReviewView) -> None:
    open_review(qtbot, view)
    activate(qtbot, view)
    first = view.current_id
    view.decision.findChild(QRadioButton, "decision_leave").click()
    qtbot.keyClicks(view.decision.reason, "Too expensive")

    def cancel(box: QMessageBox) -> None:
        assert "not saved" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_next_dialog(cancel)
    qtbot.keyClick(view.list, Qt.Key.Key_Right, ALT)
    assert view.current_id == first and view.decision.dirty
    answer_next_dialog(cancel)  # a click on another row asks too, and keeps the entry
    third = view.list.visualRect(view.model.index(2, 1)).center()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=third)
    assert view.current_id == first and view.list.currentIndex().row() == 0
    assert view.decision.reason.toPlainText() == "Too expensive"

    def save(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Save).click()

    activate(qtbot, view)
    answer_next_dialog(save)
    qtbot.keyClick(view.list, Qt.Key.Key_Right, ALT)
    assert view.current_id != first
    qtbot.waitUntil(lambda: view.model.items[0].decided)
    saved = next(i for i in view.items if i.membership_id == first)
    assert (saved.decision.decision, saved.decision.rationale) == ("leave", "Too expensive")
