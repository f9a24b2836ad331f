"""The contacts tab: the membership's contact persons and their roles."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from app.errors import Problem
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import ContactData, ContactRow, PersonRow
from app.store import Store
from app.vocabulary import CONTACT_ROLES, ContactRole
from ui.dialogs.choice_combo import ChoiceCombo
from ui.dialogs.membership.choice_delegate import ChoiceDelegate
from ui.dialogs.membership.contact_model import EMAIL, PERSON, ROLE, ContactLine, ContactModel
from ui.dialogs.membership.lines_tab import LinesTab
from ui.dialogs.record_combo import RecordCombo
from ui.dialogs.records import people_by_id, person_choices


class ContactsTab(LinesTab):
    """Adds a contact by picking a person (or creating one) and a role."""

    def __init__(self, store: Store, people: dict[int, PersonRow], parent: QWidget | None = None):
        self.store = store
        self.people = people
        super().__init__(ContactModel(lambda: self.people), parent)
        self.setObjectName("contacts_tab")
        self.view.setItemDelegateForColumn(ROLE, ChoiceDelegate(self._roles, self.view))
        self.person = RecordCombo()
        self.person.setObjectName("contact_person")
        self.person.lineEdit().setPlaceholderText(self.tr("Type a name to find a person"))
        self.person.set_records(person_choices(people))
        self.person.set_value(None)
        self.role = ChoiceCombo(CONTACT_ROLES.choices())
        self.role.setObjectName("contact_role")
        self.add_button = QPushButton(self.tr("Add to the &list"))
        self.add_button.setObjectName("add_contact")
        self.add_button.clicked.connect(self.add_contact)
        self.new_person = QPushButton(self.tr("New &person…"))
        self.new_person.clicked.connect(self.create_person)
        self.person.currentTextChanged.connect(self._update_add)
        self.person.lineEdit().installEventFilter(self)  # Enter adds, rather than saves
        for widget in (self.person, self.role, self.add_button, self.new_person):
            self.toolbar.addWidget(widget)
        self.finish_toolbar()
        self.toolbar.setStretchFactor(self.person, 1)
        for column, width in ((PERSON, 180), (ROLE, 130), (EMAIL, 190)):
            self.view.setColumnWidth(column, width)
        self.model.edited.connect(self._update_note)
        self.model.modelReset.connect(self._update_note)
        self._update_add()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.person.lineEdit()
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.person.value() is not None
        ):
            self.add_contact()
            return True
        return super().eventFilter(watched, event)

    def _roles(self) -> list[tuple[str, str]]:
        return CONTACT_ROLES.choices()

    def set_contacts(self, contacts: Sequence[ContactRow]) -> None:
        self.model.set_lines([ContactLine(c.person_id, c.role) for c in contacts])
        self.person.set_value(None)
        self._suggest_role()

    def lines(self) -> tuple[ContactLine, ...]:
        return tuple(self.model.lines)

    def contact_data(self) -> tuple[ContactData, ...]:
        return tuple(ContactData(c.person_id, c.role) for c in self.model.lines)

    def add_contact(self) -> None:
        person_id = self.person.value()
        if person_id is None:
            return
        listed = [c.person_id for c in self.model.lines]
        if person_id in listed:  # already a contact: show it rather than list it twice
            self.view.selectRow(listed.index(person_id))
        else:
            self.model.append(ContactLine(person_id, self.role.value()))
        self.person.set_value(None)
        self._suggest_role()
        self.person.setFocus()

    def create_person(self) -> None:
        from ui.dialogs.person_dialog import PersonDialog  # the person editor needs no contacts

        dialog = PersonDialog(self.store, None, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.window().activateWindow()  # not every platform gives it back by itself
        if not accepted or dialog.saved_id is None:
            return
        self.people.clear()
        self.people.update(people_by_id(self.store))
        self.person.set_records(person_choices(self.people))
        self.person.set_value(dialog.saved_id)
        self.add_contact()

    def problems(self) -> list[Problem]:
        primaries = sum(1 for c in self.model.lines if c.role == ContactRole.PRIMARY)
        if primaries > 1:
            return [
                Problem("contacts", N_("app", "A membership has one primary contact, not several."))
            ]
        return []

    def _suggest_role(self) -> None:
        """Primary for the first contact, deputy once there is a primary."""
        has_primary = any(c.role == ContactRole.PRIMARY for c in self.model.lines)
        self.role.set_value(ContactRole.DEPUTY if has_primary else ContactRole.PRIMARY)

    def _update_add(self, *_: object) -> None:
        self.add_button.setEnabled(self.person.value() is not None)

    def _update_note(self) -> None:
        has_primary = any(c.role == ContactRole.PRIMARY for c in self.model.lines)
        self.show_note("" if has_primary else self.tr("This membership has no primary contact."))
