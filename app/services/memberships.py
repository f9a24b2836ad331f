"""Memberships: one organisation, one responsible department, and what hangs on it.

A membership is saved whole, as the editor shows it: participating
departments, contacts, fees by year and positions of trust are replaced by
what the `MembershipData` holds.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import (
    AssessmentRow,
    ContactRow,
    FeeData,
    FeeRow,
    MembershipData,
    MembershipDetail,
    PositionRow,
    fields_of,
)
from app.services.common import create_record, fetch, update_record
from app.services.deletion import delete_record
from app.services.frozen import check_frozen_fees
from app.store import Store
from app.validation import Checker
from app.valuation import Rates, to_ore
from app.vocabulary import ContactRole, MembershipStatus
from db import models as m


def get_membership(store: Store, membership_id: int) -> MembershipDetail:
    with store.uow() as session:
        return _current(session, fetch(session, m.Membership, membership_id))


def create_membership(store: Store, data: MembershipData) -> MembershipDetail:
    return create_record(store, m.Membership, data, _apply, _current)


def update_membership(
    store: Store, membership_id: int, data: MembershipData, *, version: int | None = None
) -> MembershipDetail:
    return update_record(
        store, m.Membership, membership_id, data, _apply, _current, version=version
    )


def delete_membership(store: Store, membership_id: int, *, version: int | None = None) -> None:
    """Its fees, contacts, ... go with it; `app.services.deletion` says what may go."""
    delete_record(store, "membership", membership_id, _current, version=version)


def _apply(session: Session, record: m.Membership, data: MembershipData) -> None:
    check = Checker()
    _check_fields(session, check, data)
    _check_open_unique(session, check, record, data)
    check_frozen_fees(session, check, record, data)
    check.done()
    record.organisation_id = data.organisation_id
    record.responsible_department_id = data.responsible_department_id
    record.start_year, record.end_year = data.start_year, data.end_year
    record.status, record.notice_months = data.status, data.notice_months
    record.notes = data.notes.strip()
    if _replace_children(session, record, data) and record.id is not None:
        # A change to fees or contacts alone must still move the version on.
        flag_modified(record, "notes")


def _check_fields(session: Session, check: Checker, data: MembershipData) -> None:
    if session.get(m.Organisation, data.organisation_id) is None:
        check.add("organisation_id", N_("app", "Choose an organisation or network."))
    if session.get(m.Department, data.responsible_department_id) is None:
        check.add("responsible_department_id", N_("app", "Choose the responsible department."))
    check_membership(check, data)
    _check_contacts(session, check, data)


def check_membership(check: Checker, data: MembershipData) -> MembershipData:
    """The editor's rules for a membership's own fields, fees and positions, shared
    with the import (which finds the records it names itself). Returns the data with
    its notes and fees as saved."""
    start = check.year("start_year", data.start_year)
    end = check.year("end_year", data.end_year, required=False)
    check.years_in_order("end_year", start, end)
    check.choice("status", data.status, MembershipStatus)
    if data.status == MembershipStatus.ENDED and data.end_year is None:
        check.add("end_year", N_("app", "An ended membership needs an end year."))
    if data.notice_months is not None and not 0 <= data.notice_months <= 120:
        check.add("notice_months", N_("app", "The notice period is 0 to 120 months."))
    notes = check.optional("notes", data.notes, 20_000)
    fees = _check_fees(check, data)
    for position in data.positions:
        check.required("positions", position.title)
        check.year("positions", position.from_year)
        check.years_in_order("positions", position.from_year, position.to_year)
    return replace(data, notes=notes, fees=fees)


def _check_fees(check: Checker, data: MembershipData) -> tuple[FeeData, ...]:
    years = [fee.year for fee in data.fees]
    fees = []
    for fee in data.fees:
        check.year("fees", fee.year)
        amount = check.amount("fees", fee.amount)
        currency = check.currency("fees", fee.currency)
        fees.append(FeeData(fee.year, fee.amount if amount is None else amount, currency))
    duplicates = sorted({y for y in years if years.count(y) > 1})
    if duplicates:
        check.add("fees", N_("app", "There are two fees for {year}."), year=duplicates[0])
    return tuple(fees)


def _check_contacts(session: Session, check: Checker, data: MembershipData) -> None:
    primaries = [c for c in data.contacts if c.role == ContactRole.PRIMARY]
    if len(primaries) > 1:
        check.add("contacts", N_("app", "A membership has one primary contact, not several."))
    people = [c.person_id for c in data.contacts]
    if len(set(people)) != len(people):
        check.add("contacts", N_("app", "The same person is listed twice as a contact."))
    for contact in data.contacts:
        check.choice("contacts", contact.role, ContactRole)
        if session.get(m.Person, contact.person_id) is None:
            check.add("contacts", N_("app", "A chosen contact person no longer exists."))
    for department_id in data.participant_ids:
        if session.get(m.Department, department_id) is None:
            check.add("participants", N_("app", "A chosen department no longer exists."))


def _check_open_unique(
    session: Session, check: Checker, record: m.Membership, data: MembershipData
) -> None:
    """At most one open membership per organisation and responsible department."""
    if data.end_year is not None:
        return
    clash = session.scalar(
        select(m.Membership.id).where(
            m.Membership.organisation_id == data.organisation_id,
            m.Membership.responsible_department_id == data.responsible_department_id,
            m.Membership.end_year.is_(None),
            m.Membership.id != record.id,
        )
    )
    if clash is not None:
        check.add(
            "organisation_id",
            N_("app", "This department already has an open membership in this organisation."),
        )


def _replace_children(session: Session, record: m.Membership, data: MembershipData) -> bool:
    """Replaces the child rows that differ; True where any did."""
    changed = False
    participants = [d for d in dict.fromkeys(data.participant_ids)]
    participants = [d for d in participants if d != data.responsible_department_id]
    if sorted(p.department_id for p in record.participations) != sorted(participants):
        record.participations = [m.Participation(department_id=d) for d in participants]
        changed = True
    contacts = sorted((c.person_id, c.role) for c in data.contacts)
    if sorted((c.person_id, c.role) for c in record.contacts) != contacts:
        record.contacts = []
        session.flush()  # the one-primary index must see the old rows gone first
        record.contacts = [m.Contact(person_id=p, role=r) for p, r in contacts]
        changed = True
    fees = sorted((f.year, to_ore(f.amount), f.currency.upper()) for f in data.fees)
    if sorted((f.year, f.amount, f.currency) for f in record.fees) != fees:
        record.fees = []
        session.flush()  # (membership, year) is unique
        record.fees = [m.Fee(year=y, amount=a, currency=c) for y, a, c in fees]
        changed = True
    positions = [
        (p.title.strip(), p.body.strip(), p.person_id, p.from_year, p.to_year)
        for p in data.positions
    ]
    current = [(p.title, p.body, p.person_id, p.from_year, p.to_year) for p in record.positions]
    if current != positions:
        record.positions = [
            m.Position(title=t, body=b, person_id=pid, from_year=f, to_year=to)
            for t, b, pid, f, to in positions
        ]
        changed = True
    return changed


def _current(session: Session, record: m.Membership) -> MembershipDetail:
    return _detail(record, Rates.load(session))


def _detail(record: m.Membership, rates: Rates) -> MembershipDetail:
    organisation = record.organisation.name
    return MembershipDetail(
        id=record.id,
        version=record.version,
        organisation_id=record.organisation_id,
        organisation=organisation,
        kind=record.organisation.kind,
        responsible_department_id=record.responsible_department_id,
        responsible_department=record.responsible_department.name,
        start_year=record.start_year,
        end_year=record.end_year,
        status=record.status,
        notice_months=record.notice_months,
        notes=record.notes,
        participant_ids=tuple(p.department_id for p in record.participations),
        participants=tuple(p.department.name for p in record.participations),
        contacts=tuple(_contact(c) for c in _by_role(record.contacts)),
        fees=tuple(
            FeeRow(f.year, f.amount, f.currency, rates.to_sek(f.amount, f.currency, f.year))
            for f in record.fees
        ),
        positions=tuple(position_row(p, organisation) for p in record.positions),
        assessments=tuple(assessment_row(a, organisation) for a in record.assessments),
    )


def _by_role(contacts: list[m.Contact]) -> list[m.Contact]:
    order = {role.value: i for i, role in enumerate(ContactRole)}
    return sorted(contacts, key=lambda c: (order.get(c.role, 9), c.person.name.casefold()))


def _contact(contact: m.Contact) -> ContactRow:
    person = contact.person
    department = person.department.name if person.department else ""
    return ContactRow(person.id, person.name, contact.role, person.email, department, person.active)


def position_row(record: m.Position, organisation: str) -> PositionRow:
    person = record.person.name if record.person else ""
    return fields_of(PositionRow, record, organisation=organisation, person=person)


def assessment_row(record: m.Assessment, organisation: str) -> AssessmentRow:
    return fields_of(AssessmentRow, record, organisation=organisation)
