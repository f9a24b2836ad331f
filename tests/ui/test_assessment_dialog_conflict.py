"""The assessment dialog when a colleague assessed the same membership meanwhile."""

from __future__ import annotations

from app.rows import AssessmentData
from app.services import assessments
from app.store import Store
from ui.dialogs.assessment_dialog import AssessmentDialog


def test_an_assessment_made_meanwhile_is_reported_not_overwritten(qtbot, filled, modal) -> None:
    store, reg = filled
    dialog = AssessmentDialog(store, reg.nss_membership, 2007)
    qtbot.addWidget(dialog)
    colleague = Store.open(store.url, actor="colleague")
    try:
        theirs = assessments.save_assessment(
            colleague, AssessmentData(reg.nss_membership, 2007, rating=2)
        )
    finally:
        colleague.close()
    dialog.rating.setCurrentIndex(dialog.rating.findData(5))
    modal.answer("OK")
    dialog.accept()
    assert "Someone else changed this record" in modal.last
    assert dialog.saved is None
    assert assessments.assessment_for(store, reg.nss_membership, 2007) == theirs
    dialog.accept()  # saving again overwrites theirs, knowingly
    assert dialog.saved is not None and dialog.saved.rating == 5
    assert assessments.assessment_for(store, reg.nss_membership, 2007).rating == 5
