"""The membership editor, driven through its tabs as a user would."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDialog, QWidget

from app.rows import ContactData, FeeData
from app.services import memberships
from tests.support.builders import small_register
from tests.support.modal import hide
from ui.dialogs.membership.fee_model import AMOUNT, CURRENCY, SEK
from ui.dialogs.membership_dialog import MembershipDialog
from ui.dialogs.organisation_dialog import OrganisationDialog
from ui.dialogs.record_combo import RecordCombo

Accepted = QDialog.DialogCode.Accepted
LEFT = Qt.MouseButton.LeftButton


def open_dialog(qtbot, store, membership_id=None, year=2008) -> MembershipDialog:
    dialog = MembershipDialog(store, membership_id, year=year)
    qtbot.addWidget(dialog, before_close_func=hide)
    dialog.show()
    return dialog


def pick(qtbot, combo: RecordCombo, typed: str) -> None:
    """Types part of a name and picks the first suggestion, as with the keyboard."""
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), typed)
    popup = combo.completer().popup()
    assert popup.isVisible(), f"no suggestion for {typed!r}"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert combo.value() is not None


def shown(text: str) -> str:
    return text.replace("\u00a0", " ")  # QLocale groups digits with a no-break space


def type_fee(qtbot, dialog: MembershipDialog, amount: str) -> int:
    """Adds a fee with the button and types its amount into the cell, ending with Enter."""
    dialog.tabs.setCurrentWidget(dialog.fees)
    qtbot.mouseClick(dialog.fees.add_button, LEFT)
    editor = cell_editor(dialog.fees.view)
    qtbot.keyClicks(editor, amount)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    end_of_edit(qtbot, dialog.fees.view)
    return dialog.fees.model.rowCount() - 1


def cell_editor(view: QAbstractItemView) -> QWidget:
    """The editor open in the view's current cell (found without relying on window focus)."""
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None and view.state() == QAbstractItemView.State.EditingState
    return editor


def end_of_edit(qtbot, view: QAbstractItemView) -> None:
    """The view commits an edit ended with Enter on its next turn of the event loop."""
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=2000)


def test_create_a_membership_with_everything(qtbot, sqlite_store, reg, modal) -> None:
    dialog = open_dialog(qtbot, sqlite_store)
    assert not dialog.save_button.isEnabled()
    assert dialog.general.start_year.text() == "2008"  # the year the register is shown for

    def add_organisation(new: QDialog) -> None:
        assert isinstance(new, OrganisationDialog)
        qtbot.keyClicks(new.name, "ICLEI")
        qtbot.mouseClick(new.save_button, LEFT)

    modal.when(OrganisationDialog, add_organisation)
    qtbot.mouseClick(dialog.general.new_organisation, LEFT)
    assert dialog.general.organisation.currentText() == "ICLEI"
    pick(qtbot, dialog.general.department, "stadsled")
    assert dialog.save_button.isEnabled()

    dialog.tabs.setCurrentWidget(dialog.participants)
    qtbot.keyClicks(dialog.participants.filter, "milj")  # QTest types ASCII only
    view = dialog.participants.view
    assert view.model().rowCount() == 1
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.participants.participant_ids() == (reg.miljo,)

    dialog.tabs.setCurrentWidget(dialog.contacts)
    pick(qtbot, dialog.contacts.person, "anna")
    assert dialog.contacts.role.value() == "primary"  # the first contact is the primary one
    qtbot.keyClick(dialog.contacts.person.lineEdit(), Qt.Key.Key_Return)  # Enter adds
    assert dialog.isVisible() and dialog.contacts.contact_data() == (
        ContactData(reg.anna, "primary"),
    )

    row = type_fee(qtbot, dialog, "12 500,50")
    assert dialog.isVisible()  # Enter in a cell ends the edit, it does not save
    fees = dialog.fees.model
    assert shown(fees.index(row, AMOUNT).data()) == "12 500,50"
    assert fees.index(row, CURRENCY).data() == "EUR"
    assert shown(fees.index(row, SEK).data()) == "115 630 kr"  # at 2007's 9.25, the latest
    assert dialog.tabs.tabText(dialog.tabs.indexOf(dialog.fees)) == "&Fees (1)"

    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == Accepted
    saved = memberships.get_membership(sqlite_store, dialog.saved_id)
    assert (saved.organisation, saved.responsible_department, saved.start_year) == (
        "ICLEI", "Stadsledningskontoret", 2008,
    )  # fmt: skip
    assert saved.participant_ids == (reg.miljo,)
    assert [(c.name, c.role) for c in saved.contacts] == [("Anna Berg", "primary")]
    assert [(f.year, f.amount, f.currency) for f in saved.fees] == [
        (2008, Decimal("12500.50"), "EUR")
    ]


def test_edit_fees_contacts_and_positions(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities_membership)
    assert not dialog.isWindowModified()
    row = type_fee(qtbot, dialog, "15 600")
    assert dialog.fees.model.lines[row].year == 2008  # the year after the last fee

    currency = dialog.fees.model.index(row, CURRENCY)
    dialog.fees.view.setCurrentIndex(currency)
    dialog.fees.view.edit(currency)
    editor = cell_editor(dialog.fees.view)
    assert isinstance(editor, QComboBox)
    assert [editor.itemText(i) for i in range(3)] == ["SEK", "EUR", "USD"]  # common ones first
    editor.setCurrentIndex(editor.findText("SEK"))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    end_of_edit(qtbot, dialog.fees.view)
    assert shown(dialog.fees.model.index(row, SEK).data()) == "15 600 kr"

    dialog.tabs.setCurrentWidget(dialog.contacts)
    contacts = dialog.contacts
    contacts.view.selectRow(1)  # Sara, the deputy
    qtbot.mouseClick(contacts.remove_button, LEFT)

    dialog.tabs.setCurrentWidget(dialog.positions)
    qtbot.mouseClick(dialog.positions.add_button, LEFT)
    editor = cell_editor(dialog.positions.view)
    qtbot.keyClicks(editor, "Executive committee member")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    end_of_edit(qtbot, dialog.positions.view)
    assert dialog.isWindowModified()
    assert dialog.save()
    saved = memberships.get_membership(sqlite_store, reg.eurocities_membership)
    assert [(f.year, f.amount, f.currency) for f in saved.fees][-1] == (
        2008, Decimal("15600.00"), "SEK",
    )  # fmt: skip
    assert [c.name for c in saved.contacts] == ["Anna Berg"]
    assert [(p.title, p.from_year, p.to_year) for p in saved.positions] == [
        ("Executive committee member", 2008, None)
    ]
    assert saved.version == 2


def test_end_year_before_start_is_shown_as_typed_and_refused(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities_membership)
    qtbot.keyClicks(dialog.general.end_year, "199")
    assert dialog.error_text("end_year") == ""  # not judged before the year is complete
    qtbot.keyClicks(dialog.general.end_year, "9")
    assert dialog.error_text("end_year") == "The end year 1999 is before the start year 2000."
    assert dialog.save_button.isEnabled()
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.error_text("end_year") == "The end year 1999 is before the start year 2000."


def test_a_second_open_membership_is_refused_beside_the_organisation(
    qtbot, sqlite_store, reg
) -> None:
    dialog = open_dialog(qtbot, sqlite_store)
    pick(qtbot, dialog.general.organisation, "euroc")
    pick(qtbot, dialog.general.department, "stadsled")
    dialog.tabs.setCurrentWidget(dialog.fees)
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.general  # brought to the field concerned
    assert "already has an open membership" in dialog.error_text("organisation_id")


def test_save_disabled_until_organisation_department_and_year(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store)
    general = dialog.general
    qtbot.keyClicks(general.organisation.lineEdit(), "Euro")  # names nothing yet
    assert not dialog.save_button.isEnabled()
    assert "No organisation or network has that name" in dialog.error_text("organisation_id")
    general.organisation.lineEdit().clear()
    pick(qtbot, general.organisation, "euro")
    assert dialog.error_text("organisation_id") == ""
    pick(qtbot, general.department, "milj")
    assert dialog.save_button.isEnabled()
    general.start_year.clear()
    assert not dialog.save_button.isEnabled()
    assert "Start year" in dialog.save_button.toolTip()


def test_unreadable_fee_is_shown_under_the_fees(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities_membership)
    row = type_fee(qtbot, dialog, "tolv tusen")
    assert "'tolv tusen' is not an amount" in dialog.error_text("fees")
    dialog.tabs.setCurrentWidget(dialog.general)
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is dialog.fees
    assert not dialog.tabs.tabIcon(dialog.tabs.indexOf(dialog.fees)).isNull()  # marked
    index = dialog.fees.model.index(row, AMOUNT)
    assert dialog.fees.model.setData(index, "9 000")
    assert dialog.error_text("fees") == ""
    assert dialog.tabs.tabIcon(dialog.tabs.indexOf(dialog.fees)).isNull()


def test_a_second_primary_contact_is_a_problem(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities_membership)
    model = dialog.contacts.model
    assert model.setData(model.index(1, 1), "primary")
    assert dialog.error_text("contacts") == "A membership has one primary contact, not several."
    assert model.setData(model.index(0, 1), "other")
    assert dialog.error_text("contacts") == ""
    assert dialog.contacts.note.isHidden()
    assert model.setData(model.index(1, 1), "deputy")
    assert dialog.contacts.note.text() == "This membership has no primary contact."


def test_changing_only_a_table_still_asks_before_closing(qtbot, sqlite_store, reg, modal) -> None:
    dialog = open_dialog(qtbot, sqlite_store, reg.eurocities_membership)
    dialog.contacts.view.selectRow(0)
    dialog.contacts.remove_selected()
    modal.answer("Discard")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert modal.last.startswith("Discard your changes?")
    assert len(memberships.get_membership(sqlite_store, reg.eurocities_membership).contacts) == 2


def test_conflict_between_two_membership_editors(qtbot, store, modal) -> None:
    reg = small_register(store)
    first = open_dialog(qtbot, store, reg.eurocities_membership)
    second = open_dialog(qtbot, store, reg.eurocities_membership)
    type_fee(qtbot, first, "15 600")
    assert first.save()
    qtbot.keyClicks(second.general.notes, "Renewed for 2008.")
    modal.answer("Reload")
    assert not second.save()
    assert "Someone else has changed this membership" in modal.last
    assert [f.year for f in second.fees.lines()] == [2005, 2006, 2007, 2008]  # theirs
    assert second.general.notes.toPlainText() == ""
    qtbot.keyClicks(second.general.notes, "Renewed.")
    assert second.save()
    saved = memberships.get_membership(store, reg.eurocities_membership)
    assert (len(saved.fees), saved.notes, saved.version) == (4, "Renewed.", 3)


def test_a_new_membership_offers_a_fee_in_the_shown_year(qtbot, sqlite_store, reg) -> None:
    dialog = open_dialog(qtbot, sqlite_store, year=2006)
    row = type_fee(qtbot, dialog, "4 500")
    assert dialog.fees.model.lines[row].year == 2006
    assert dialog.fees.fee_data() == (FeeData(2006, Decimal("4500"), "EUR"),)
