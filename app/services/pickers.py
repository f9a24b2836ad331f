"""What the editors' pickers offer: names only, read with one light query each.

An editor opened on a register of 5,000 organisations and 1,000 departments
must open at once, so these read plain columns instead of whole records.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.rows import PersonRow
from app.store import Store
from db import models as m


@dataclass(frozen=True, slots=True)
class Named:
    id: int
    name: str
    short: str = ""  # the acronym or short name people also search by


def organisation_names(store: Store) -> list[Named]:
    query = select(m.Organisation.id, m.Organisation.name, m.Organisation.acronym)
    with store.uow() as session:
        return [Named(i, name, short) for i, name, short in session.execute(query)]


def department_names(store: Store) -> list[Named]:
    query = select(m.Department.id, m.Department.name, m.Department.short_name)
    with store.uow() as session:
        return [Named(i, name, short) for i, name, short in session.execute(query)]


def people_for_pickers(store: Store) -> list[PersonRow]:
    """Every person with their department's name (contact counts left out)."""
    query = select(
        m.Person.id, m.Person.version, m.Person.name, m.Person.title, m.Person.email,
        m.Person.phone, m.Person.department_id, m.Department.name, m.Person.active,
    ).outerjoin(m.Department, m.Department.id == m.Person.department_id)  # fmt: skip
    with store.uow() as session:
        return [
            PersonRow(i, v, name, title, email, phone, dept_id, dept or "", bool(active))
            for i, v, name, title, email, phone, dept_id, dept, active in session.execute(query)
        ]
