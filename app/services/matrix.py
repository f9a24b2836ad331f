"""Departments and companies against the organisations they take part in.

Three plain queries (responsible departments, participating departments, and
the departments of contact persons, all for memberships active in the year)
are merged into one cell per membership and department. Merging in Python is
several times faster than one aggregated UNION ALL ... GROUP BY query in SQLite
(measured on 50,000 memberships: docs/PERFORMANCE.md), and it keeps contact
names whole whatever characters they hold.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, Connection, Select, select

from app.rows import MatrixCell
from app.services.register import active_in
from app.store import Store
from db import models as m

Key = tuple[int, int]  # (membership, department)


def participation_cells(store: Store, year: int) -> list[MatrixCell]:
    """One cell per membership active in `year` and department taking part in it."""
    active = active_in(year, most_rows=True)
    with store.uow() as session:
        connection = session.connection()
        organisation_of: dict[int, int] = {}
        responsible: set[Key] = set()
        for membership_id, department_id, organisation_id in connection.execute(
            select(
                m.Membership.id,
                m.Membership.responsible_department_id,
                m.Membership.organisation_id,
            ).where(active)
        ):
            organisation_of[membership_id] = organisation_id
            responsible.add((membership_id, department_id))
        participant: set[Key] = set(map(tuple, connection.execute(_participants(active))))
        contacts = _contacts(connection, active)
    return [
        MatrixCell(
            key[1], key[0], organisation_of[key[0]], key in responsible, key in participant,
            tuple(sorted(contacts.get(key, ()))),
        )
        for key in sorted(responsible | participant | contacts.keys())
    ]  # fmt: skip


def _participants(active: ColumnElement[bool]) -> Select:
    return (
        select(m.Participation.membership_id, m.Participation.department_id)
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .where(active)
    )


def _contacts(connection: Connection, active: ColumnElement[bool]) -> dict[Key, list[str]]:
    """A department holds a contact where one of its people is a membership's contact."""
    query = (
        select(m.Contact.membership_id, m.Person.department_id, m.Person.name)
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .join(m.Membership, m.Membership.id == m.Contact.membership_id)
        .where(active, m.Person.department_id.is_not(None))
    )
    found: dict[Key, list[str]] = defaultdict(list)
    for membership_id, department_id, name in connection.execute(query):
        found[(membership_id, department_id)].append(name)
    return found
