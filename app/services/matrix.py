"""Departments and companies against the organisations they take part in.

One aggregated query gives, per membership and department, whether the
department is responsible, a participant, and which of its people are
contacts; the matrix view and its export compute cells from these rows.
"""

from __future__ import annotations

from sqlalchemy import func, literal, select, union_all

from app.rows import MatrixCell
from app.services.register import active_in
from app.store import Store
from db import models as m


def participation_cells(store: Store, year: int) -> list[MatrixCell]:
    responsible = select(
        m.Membership.id.label("membership_id"),
        m.Membership.responsible_department_id.label("department_id"),
        literal(1).label("responsible"),
        literal(0).label("participant"),
        literal(None).label("contact"),
    ).where(active_in(year))
    participant = (
        select(
            m.Participation.membership_id,
            m.Participation.department_id,
            literal(0),
            literal(1),
            literal(None),
        )
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .where(active_in(year))
    )
    contact = (
        select(
            m.Contact.membership_id, m.Person.department_id, literal(0), literal(0), m.Person.name
        )
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .join(m.Membership, m.Membership.id == m.Contact.membership_id)
        .where(active_in(year), m.Person.department_id.is_not(None))
    )
    parts = union_all(responsible, participant, contact).subquery()
    query = (
        select(
            parts.c.membership_id,
            parts.c.department_id,
            m.Membership.organisation_id,
            func.max(parts.c.responsible),
            func.max(parts.c.participant),
            func.aggregate_strings(parts.c.contact, "; "),
        )
        .join(m.Membership, m.Membership.id == parts.c.membership_id)
        .group_by(parts.c.membership_id, parts.c.department_id, m.Membership.organisation_id)
    )
    with store.uow() as session:
        return [
            MatrixCell(
                department_id=department_id,
                membership_id=membership_id,
                organisation_id=organisation_id,
                responsible=bool(responsible_flag),
                participant=bool(participant_flag),
                contacts=tuple(sorted(contacts.split("; "))) if contacts else (),
            )
            for (
                membership_id,
                department_id,
                organisation_id,
                responsible_flag,
                participant_flag,
                contacts,
            ) in session.execute(query)
        ]
