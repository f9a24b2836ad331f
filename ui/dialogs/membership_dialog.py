"""The membership editor: one tab per part of a membership, saved whole.

The service saves a membership with its participants, contacts, fees and
positions in one unit of work (`app.services.memberships`), so the tabs only
collect; nothing is written before Save.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTabWidget, QWidget

from app.errors import Problem
from app.rows import MembershipData, MembershipDetail
from app.services import memberships
from app.services.rates import rate_table
from app.store import Store
from ui.dialogs.editor import EditorDialog, RecordCalls
from ui.dialogs.membership.assessments import AssessmentsTab
from ui.dialogs.membership.contacts import ContactsTab
from ui.dialogs.membership.fees import FeesTab
from ui.dialogs.membership.general import GeneralTab
from ui.dialogs.membership.participants import ParticipantsTab
from ui.dialogs.membership.positions import PositionsTab
from ui.dialogs.records import department_choices, people_by_id


class MembershipDialog(EditorDialog):
    entity = "membership"
    calls = RecordCalls(
        memberships.get_membership, memberships.create_membership, memberships.update_membership
    )

    def __init__(
        self,
        store: Store,
        membership_id: int | None,
        parent: QWidget | None = None,
        year: int | None = None,
    ) -> None:
        super().__init__(store, membership_id, parent)
        self.setObjectName("membership_dialog")
        self.year = year or dt.date.today().year
        people = people_by_id(store)
        departments = department_choices(store)
        self.general = GeneralTab(self, store, departments)
        self.participants = ParticipantsTab()
        self.participants.set_departments(departments)
        self.contacts = ContactsTab(store, people)
        self.fees = FeesTab(rate_table(store))
        self.positions = PositionsTab(people)
        self.fees.default_year = self.positions.default_year = self.year
        self.assessments = AssessmentsTab()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for tab in (
            self.general, self.participants, self.contacts, self.fees, self.positions,
            self.assessments,
        ):  # fmt: skip
            self.tabs.addTab(tab, "")
        for field, tab in (
            ("participants", self.participants), ("contacts", self.contacts),
            ("fees", self.fees), ("positions", self.positions),
        ):  # fmt: skip
            self.add_error_row(field, tab.field_row)
            self.watch(field, tab.changed)
        self.general.department.currentTextChanged.connect(self._responsible_changed)
        self.set_content(self.tabs)
        self.resize(860, 600)
        self.start()
        self.general.organisation.setFocus()

    def fill(self, row: MembershipDetail | None) -> None:
        self.general.fill(row, self.year)
        self.participants.set_responsible(row.responsible_department_id if row else None)
        self.participants.set_participants(row.participant_ids if row else ())
        self.contacts.set_contacts(row.contacts if row else ())
        self.fees.set_fees(row.fees if row else ())
        self.positions.set_positions(row.positions if row else ())
        self.assessments.set_assessments(row.assessments if row else ())

    def collect(self) -> MembershipData:
        general = self.general
        general.check_names()
        return MembershipData(
            organisation_id=general.organisation.value() or 0,
            responsible_department_id=general.department.value() or 0,
            start_year=general.start_year.value() or 0,
            end_year=general.end_year.value(),
            status=general.status.value(),
            notice_months=general.notice_months(),
            notes=general.notes.toPlainText(),
            participant_ids=self.participants.participant_ids(),
            contacts=self.contacts.contact_data(),
            fees=self.fees.fee_data(),
            positions=self.positions.position_data(),
        )

    def snapshot(self) -> object:
        return (
            self.general.snapshot(),
            self.participants.participant_ids(),
            self.contacts.lines(),
            self.fees.lines(),
            self.positions.lines(),
        )

    def missing_required(self) -> list[str]:
        return self.general.missing()

    def live_problems(self) -> list[Problem]:
        return [
            *self.general.problems(),
            *self.contacts.problems(),
            *self.fees.problems(),
            *self.positions.problems(),
        ]

    def refresh(self) -> None:
        self._name_tabs()
        super().refresh()

    def title(self, row: MembershipDetail | None) -> str:
        if row is None:
            return self.tr("New membership")
        return self.tr("Membership: {0} — {1}").format(row.organisation, row.responsible_department)

    def this_record(self) -> str:
        return self.tr("this membership")

    def _responsible_changed(self) -> None:
        self.participants.set_responsible(self.general.department.value())

    def _name_tabs(self) -> None:
        """Tab titles with how many each holds: 'Fees (3)'."""
        counted = (
            (self.participants, self.tr("&Departments"), len(self.participants.participant_ids())),
            (self.contacts, self.tr("&Contacts"), len(self.contacts.lines())),
            (self.fees, self.tr("&Fees"), len(self.fees.lines())),
            (self.positions, self.tr("Pos&itions of trust"), len(self.positions.lines())),
            (self.assessments, self.tr("&Assessments"), self.assessments.table.rowCount()),
        )
        self.tabs.setTabText(0, self.tr("&Membership"))
        for tab, text, count in counted:
            shown = self.tr("{0} ({1})").format(text, count) if count else text
            self.tabs.setTabText(self.tabs.indexOf(tab), shown)
