"""The organisation editor, driven as a user would: typing, Save, Esc, two editors at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.rows import OrganisationData
from app.services import organisations
from tests.support.builders import small_register
from tests.support.modal import hide
from ui.dialogs.organisation_dialog import OrganisationDialog, themes_from_text

Accepted = QDialog.DialogCode.Accepted


def open_dialog(qtbot, store, organisation_id=None) -> OrganisationDialog:
    dialog = OrganisationDialog(store, organisation_id)
    qtbot.addWidget(dialog, before_close_func=hide)
    dialog.show()
    return dialog


def test_create_an_organisation(qtbot, sqlite_store, modal) -> None:
    dialog = open_dialog(qtbot, sqlite_store)
    assert not dialog.save_button.isEnabled()  # the name is required
    qtbot.keyClicks(dialog.name, "Local Governments for Sustainability")
    qtbot.keyClicks(dialog.acronym, "ICLEI")
    qtbot.keyClicks(dialog.kind, "Network")
    qtbot.keyClicks(dialog.scope, "Global")
    qtbot.keyClicks(dialog.themes, "climate; energy, climate")
    qtbot.keyClicks(dialog.website, "https://iclei.org")
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == Accepted
    saved = organisations.get_organisation(sqlite_store, dialog.saved_id)
    assert (saved.name, saved.acronym, saved.kind, saved.scope) == (
        "Local Governments for Sustainability", "ICLEI", "network", "global",
    )  # fmt: skip
    assert saved.themes == ("climate", "energy")
    assert saved.website == "https://iclei.org"


def test_save_stays_disabled_while_the_name_is_empty(qtbot, sqlite_store) -> None:
    dialog = open_dialog(qtbot, sqlite_store)
    qtbot.keyClicks(dialog.name, "   ")
    assert not dialog.save_button.isEnabled()
    assert "Name" in dialog.save_button.toolTip()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter does not save either
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "UCLG")
    assert dialog.save_button.isEnabled()


def test_duplicate_name_is_shown_beside_the_field(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store)
    qtbot.keyClicks(dialog.name, "eurocities")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # it stays open
    assert dialog.error_text("name") == "An organisation named 'eurocities' already exists."
    assert dialog.error_text("") == ""
    qtbot.keyClicks(dialog.name, " 2")  # editing the field clears its message
    assert dialog.error_text("name") == ""


def test_edit_and_save_with_enter(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities)
    assert dialog.name.text() == "Eurocities"
    assert not dialog.isWindowModified()
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "Belgium")
    assert dialog.isWindowModified()
    qtbot.keyClick(dialog.country, Qt.Key.Key_Return)
    assert dialog.result() == Accepted
    saved = organisations.get_organisation(sqlite_store, reg.eurocities)
    assert saved.country == "Belgium" and saved.version == 2


def test_closing_asks_only_when_something_changed(qtbot, sqlite_store, reg, modal) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes without a question
    assert not dialog.isVisible() and modal.seen == []

    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities)
    qtbot.keyClicks(dialog.acronym, "X")
    modal.answer("Keep editing")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert modal.last.startswith("Discard your changes?")
    modal.answer("Discard")
    dialog.close()  # the window's close button asks too
    assert not dialog.isVisible()
    assert organisations.get_organisation(sqlite_store, reg.eurocities).acronym == "EC"


def test_the_question_on_closing_can_save(qtbot, sqlite_store, reg, modal) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities)
    qtbot.keyClicks(dialog.acronym, "X")
    modal.answer("Save")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    assert dialog.result() == Accepted
    assert organisations.get_organisation(sqlite_store, reg.eurocities).acronym == "ECX"


def test_conflict_overwrite_saves_mine_on_top(qtbot, store, modal) -> None:
    reg = small_register(store)
    first, second = (
        open_dialog(qtbot, store, reg.eurocities),
        open_dialog(qtbot, store, reg.eurocities),
    )
    first.acronym.clear()
    qtbot.keyClicks(first.acronym, "EUC")
    assert first.save()
    qtbot.keyClicks(second.country, "Belgium")
    modal.answer("Overwrite")
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert "Someone else has changed this organisation" in modal.last
    assert second.result() == Accepted
    saved = organisations.get_organisation(store, reg.eurocities)
    assert (saved.acronym, saved.country, saved.version) == ("EC", "Belgium", 3)


def test_conflict_reload_shows_theirs(qtbot, store, modal) -> None:
    reg = small_register(store)
    first, second = (
        open_dialog(qtbot, store, reg.eurocities),
        open_dialog(qtbot, store, reg.eurocities),
    )
    qtbot.keyClicks(first.country, "Belgium")
    assert first.save()
    qtbot.keyClicks(second.acronym, "X")
    modal.answer("Reload")
    assert not second.save()
    assert second.isVisible() and not second.isWindowModified()
    assert (second.acronym.text(), second.country.text()) == ("EC", "Belgium")
    qtbot.keyClicks(second.acronym, "Y")  # a save now starts from their version
    assert second.save()
    assert organisations.get_organisation(store, reg.eurocities).acronym == "ECY"


def test_deleted_meanwhile_is_said_and_can_be_saved_as_new(qtbot, sqlite_store, modal) -> None:
    gone = organisations.create_organisation(sqlite_store, OrganisationData("ICLEI")).id
    dialog = open_dialog(qtbot, sqlite_store, gone)
    organisations.delete_organisation(sqlite_store, gone)
    qtbot.keyClicks(dialog.acronym, "IC")
    modal.answer("Save as new")
    assert dialog.save()
    assert "Someone else has deleted this organisation" in modal.last
    saved = organisations.get_organisation(sqlite_store, dialog.saved_id)
    assert (saved.name, saved.acronym, saved.version) == ("ICLEI", "IC", 1)  # a new record


def test_opening_a_deleted_record_says_so(qtbot, sqlite_store, modal) -> None:
    dialog = OrganisationDialog(sqlite_store, 999)
    qtbot.addWidget(dialog, before_close_func=hide)
    modal.answer("OK")
    assert dialog.exec() == QDialog.DialogCode.Rejected
    assert "no longer exists" in modal.last


def test_themes_are_read_from_commas_and_semicolons() -> None:
    assert themes_from_text(" culture,environment ;; transport ") == (
        "culture", "environment", "transport",
    )  # fmt: skip
