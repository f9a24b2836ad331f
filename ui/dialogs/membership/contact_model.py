"""The contacts table's model: a line per contact person, with the role they have.

A `ContactLine` is a row: the person (shown with their e-mail and department) and
the role, which can be edited in the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.rows import PersonRow
from app.vocabulary import CONTACT_ROLES
from ui.dialogs.membership.lines_model import Column, LinesModel
from ui.dialogs.records import person_text

PERSON, ROLE, EMAIL, DEPARTMENT = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("contacts", text)


@dataclass(frozen=True)
class ContactLine:
    person_id: int
    role: str


class ContactModel(LinesModel):
    def __init__(self, people: Callable[[], dict[int, PersonRow]], parent: QWidget | None = None):
        self.people = people
        super().__init__(
            [
                Column(_tr("Person"), self._name),
                Column(_tr("Role"), lambda c: CONTACT_ROLES.label(c.role), lambda c: c.role,
                       lambda c, v: replace(c, role=str(v))),
                Column(_tr("E-mail"), lambda c: self._person(c, "email")),
                Column(_tr("Department"), lambda c: self._person(c, "department")),
            ],
            parent,
        )  # fmt: skip

    def _name(self, line: ContactLine) -> str:
        person = self.people().get(line.person_id)
        return person_text(person) if person else "?"

    def _person(self, line: ContactLine, attribute: str) -> str:
        person = self.people().get(line.person_id)
        return str(getattr(person, attribute)) if person else ""
