"""Contact persons and coordinators. A person who leaves stays, marked inactive."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import PersonData, PersonRow, fields_of
from app.services.common import create_record, fetch, name_key, update_record
from app.services.deletion import delete_record
from app.store import Store
from app.validation import Checker
from db import models as m


def list_people(store: Store) -> list[PersonRow]:
    with store.uow() as session:
        counts = dict(
            session.execute(
                select(m.Contact.person_id, func.count()).group_by(m.Contact.person_id)
            ).all()
        )
        records = session.scalars(select(m.Person).options(joinedload(m.Person.department))).all()
        return [_row(p, counts.get(p.id, 0)) for p in records]


def get_person(store: Store, person_id: int) -> PersonRow:
    with store.uow() as session:
        return _row(fetch(session, m.Person, person_id))


def find_person(store: Store, name: str, email: str = "") -> PersonRow | None:
    """By e-mail where given, else by name (ignoring case): how imports recognise people."""
    with store.uow() as session:
        record = None
        if email.strip():
            record = session.scalar(
                select(m.Person).where(func.lower(m.Person.email) == email.strip().lower())
            )
        if record is None:
            key = name_key(name)
            candidates = session.scalars(
                select(m.Person).where(func.lower(m.Person.name) == name.strip().lower())
            )
            matches = [p for p in candidates if name_key(p.name) == key]
            record = matches[0] if len(matches) == 1 else None
        return _row(record) if record else None


def create_person(store: Store, data: PersonData) -> PersonRow:
    return create_record(store, m.Person, data, _apply, _current)


def update_person(
    store: Store, person_id: int, data: PersonData, *, version: int | None = None
) -> PersonRow:
    return update_record(store, m.Person, person_id, data, _apply, _current, version=version)


def delete_person(store: Store, person_id: int, *, version: int | None = None) -> None:
    """What may be deleted, and what stands in the way, `app.services.deletion` says."""
    delete_record(store, "person", person_id, _current, version=version)


def check_person(check: Checker, data: PersonData) -> PersonData:
    """The editor's rules for a person, shared with the import: every problem goes
    to `check`. Returns the data as it is saved (trimmed)."""
    return PersonData(
        name=check.required("name", data.name),
        title=check.optional("title", data.title),
        email=check.email("email", data.email),
        phone=check.optional("phone", data.phone, 60),
        department_id=data.department_id,
        active=data.active,
    )


def _apply(session: Session, record: m.Person, data: PersonData) -> None:
    check = Checker()
    clean = check_person(check, data)
    if data.department_id is not None and session.get(m.Department, data.department_id) is None:
        check.add("department_id", N_("app", "The chosen department no longer exists."))
    check.done()
    record.name, record.title, record.email = clean.name, clean.title, clean.email
    record.phone, record.department_id, record.active = (
        clean.phone,
        clean.department_id,
        clean.active,
    )


def _current(_session: Session, record: m.Person) -> PersonRow:
    return _row(record)


def _row(record: m.Person, contact_for: int = 0) -> PersonRow:
    department = record.department.name if record.department else ""
    return fields_of(PersonRow, record, department=department, contact_for=contact_for)
