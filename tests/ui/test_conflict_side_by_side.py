"""A save that meets a colleague's: their version is shown beside the user's, field by field."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialog

from app.conflicts import differences
from app.services import memberships, organisations
from tests.support.builders import small_register
from tests.support.modal import hide
from ui.dialogs.organisation_dialog import OrganisationDialog


def test_differences_name_references_and_skip_equal_fields(store) -> None:
    reg = small_register(store)
    detail = memberships.get_membership(store, reg.nss_membership)
    mine = replace(detail.data(), notes="Mine", responsible_department_id=reg.slk)
    theirs = replace(detail.data(), notes="Theirs")
    found = {d.field: (d.label, d.mine, d.theirs) for d in differences(store, mine, theirs)}
    assert found == {
        "responsible_department_id": (
            "Responsible department", "Stadsledningskontoret", "Miljöförvaltningen",
        ),
        "notes": ("Notes", "Mine", "Theirs"),
    }  # fmt: skip


def test_the_conflict_question_shows_theirs_beside_mine(qtbot, sqlite_store, modal) -> None:
    reg = small_register(sqlite_store)
    dialog = OrganisationDialog(sqlite_store, reg.eurocities)
    qtbot.addWidget(dialog, before_close_func=hide)
    row = organisations.get_organisation(sqlite_store, reg.eurocities)
    organisations.update_organisation(sqlite_store, row.id, replace(row.data(), country="BE"))
    dialog.country.setText("Belgium")
    modal.answer("Cancel")
    assert not dialog.save()
    shown = modal.last
    assert "Someone else has changed this organisation" in shown
    assert "<th>Yours</th><th>Theirs</th>" in shown
    assert "<tr><td>Country</td><td>Belgium</td><td>BE</td></tr>" in shown


def test_an_editor_opens_its_records_history(qtbot, sqlite_store) -> None:
    reg = small_register(sqlite_store)
    dialog = OrganisationDialog(sqlite_store, reg.eurocities)
    qtbot.addWidget(dialog, before_close_func=hide)
    dialog.show()
    assert dialog.history_button.isVisible()
    dialog.history_button.click()
    history = dialog.findChild(QDialog, "record_history")
    assert history is not None and history.windowTitle() == "History of this organisation"
    new = OrganisationDialog(sqlite_store, None)
    qtbot.addWidget(new, before_close_func=hide)
    new.show()
    assert not new.history_button.isVisible()  # nothing to show before the first save
