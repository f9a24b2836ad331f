"""The editor of a person: a contact person, coordinator or holder of a position."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from app.errors import Problem
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import PersonData, PersonRow
from app.services import people
from app.store import Store
from app.validation import Checker
from ui.dialogs.editor import EditorDialog, EditorWords, FormField, RecordCalls
from ui.dialogs.record_combo import RecordCombo
from ui.dialogs.records import department_choices


class PersonDialog(EditorDialog):
    entity = "person"
    words = EditorWords(
        N_("PersonDialog", "New person"),
        N_("PersonDialog", "Person: {0}"),
        N_("PersonDialog", "this person"),
    )
    calls = RecordCalls(people.get_person, people.create_person, people.update_person)

    def __init__(self, store: Store, person_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(store, person_id, parent)
        self.setObjectName("person_dialog")
        self.name = QLineEdit()
        self.job_title = QLineEdit()
        self.job_title.setPlaceholderText(self.tr("e.g. International coordinator"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@stockholm.se"))
        self.phone = QLineEdit()
        self._email_typed = False  # judge an address once it has been typed, not while
        self.email.editingFinished.connect(self._email_finished)
        self.department = RecordCombo(
            optional=True,
            unknown=self.tr(
                "No department has that name: choose one from the list, or leave it empty."
            ),
        )
        self.department.set_records(department_choices(store))
        self.department.lineEdit().setPlaceholderText(self.tr("No department"))
        self.has_left = QCheckBox(self.tr("Has &left (kept on past memberships)"))
        self.open_form(
            [
                FormField(self.tr("&Name:"), "name", self.name),
                FormField(self.tr("&Title:"), "title", self.job_title),
                FormField(self.tr("&E-mail:"), "email", self.email),
                FormField(self.tr("&Phone:"), "phone", self.phone),
                FormField(self.tr("&Department:"), "department_id", self.department),
                FormField("", "active", self.has_left, bound=False),  # it says "has left"
            ],
            width=520,
        )

    def fill(self, row: PersonRow | None) -> None:
        data = row.data() if row else PersonData("")
        self.show_fields(data)
        self.has_left.setChecked(not data.active)

    def collect(self) -> PersonData:
        return PersonData(**self.field_values(), active=not self.has_left.isChecked())

    def live_problems(self) -> list[Problem]:
        check = Checker()
        if self._email_typed:
            check.email("email", self.email.text())
        return check.problems + self.unknown_names()

    def _email_finished(self) -> None:
        self._email_typed = True
        self.refresh()
