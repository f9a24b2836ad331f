"""Departments and companies against the organisations they take part in.

One aggregated query gives, per membership and department, whether the
department is responsible, a participant, and which of its people are
contacts (with their roles), together with the membership's status and its
fee in the year; the matrix view and its export compute cells from these
rows (`app.services.matrix_layout`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, and_, func, literal, select, union_all
from sqlalchemy.orm import Session

from app.rows import MatrixCell
from app.services.rates import RateTable
from app.services.register import active_in
from app.store import Store
from db import models as m

# Separators of the aggregated contact list: control characters no name contains.
PERSON_SEP, ROLE_SEP = "\x1e", "\x1f"


@dataclass(frozen=True, slots=True)
class DepartmentHead:
    id: int
    name: str
    short_name: str
    kind: str


@dataclass(frozen=True, slots=True)
class OrganisationHead:
    id: int
    name: str
    acronym: str
    kind: str
    scope: str
    themes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class MatrixSource:
    """Everything the matrix of a year is laid out from, read in one unit of work."""

    year: int
    departments: tuple[DepartmentHead, ...]  # every department and company
    organisations: tuple[OrganisationHead, ...]  # those with a membership active in the year
    cells: tuple[MatrixCell, ...]
    fees_sek: dict[int, Decimal]  # membership -> its fee of the year in SEK
    missing_rates: tuple[str, ...]  # currencies with no exchange rate on record


def participation_cells(store: Store, year: int) -> list[MatrixCell]:
    with store.uow() as session:
        return [_cell(row) for row in session.execute(_cells_query(year))]


def matrix_source(store: Store, year: int) -> MatrixSource:
    """The matrix data of `year`: a fixed four queries whatever the register's size."""
    with store.uow() as session:
        cells = tuple(_cell(row) for row in session.execute(_cells_query(year)))
        departments = tuple(
            DepartmentHead(*row)
            for row in session.execute(
                select(
                    m.Department.id, m.Department.name, m.Department.short_name, m.Department.kind
                )
            )
        )
        organisations = _organisations(session, year)
        rates = RateTable.load(session)
    fees: dict[int, Decimal] = {}
    for cell in cells:
        if cell.fee_amount is not None and cell.membership_id not in fees:
            sek = rates.to_sek(cell.fee_amount, cell.fee_currency, year)
            if sek is not None:
                fees[cell.membership_id] = sek
    return MatrixSource(year, departments, organisations, cells, fees, tuple(sorted(rates.missing)))


def _organisations(session: Session, year: int) -> tuple[OrganisationHead, ...]:
    active = select(m.Membership.organisation_id).where(active_in(year))
    themes: dict[int, list[str]] = defaultdict(list)
    for organisation_id, theme in session.execute(
        select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme).where(
            m.OrganisationTheme.organisation_id.in_(active)
        )
    ):
        themes[organisation_id].append(theme)
    query = select(
        m.Organisation.id, m.Organisation.name, m.Organisation.acronym,
        m.Organisation.kind, m.Organisation.scope,
    ).where(m.Organisation.id.in_(active))  # fmt: skip
    return tuple(
        OrganisationHead(*row, themes=tuple(sorted(themes.get(row[0], ()))))
        for row in session.execute(query)
    )


def _cells_query(year: int) -> Select:
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
            m.Contact.membership_id,
            m.Person.department_id,
            literal(0),
            literal(0),
            m.Person.name + ROLE_SEP + m.Contact.role,
        )
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .join(m.Membership, m.Membership.id == m.Contact.membership_id)
        .where(active_in(year), m.Person.department_id.is_not(None))
    )
    parts = union_all(responsible, participant, contact).subquery()
    return (
        select(
            parts.c.membership_id,
            parts.c.department_id,
            m.Membership.organisation_id,
            func.max(parts.c.responsible),
            func.max(parts.c.participant),
            func.aggregate_strings(parts.c.contact, PERSON_SEP),
            m.Membership.status,
            m.Fee.amount,
            m.Fee.currency,
        )
        .join(m.Membership, m.Membership.id == parts.c.membership_id)
        .outerjoin(m.Fee, and_(m.Fee.membership_id == m.Membership.id, m.Fee.year == year))
        .group_by(
            parts.c.membership_id,
            parts.c.department_id,
            m.Membership.organisation_id,
            m.Membership.status,
            m.Fee.amount,
            m.Fee.currency,
        )
    )


def _cell(row: tuple) -> MatrixCell:
    membership_id, department_id, organisation_id, responsible, participant = row[:5]
    contacts, status, amount, currency = row[5:]
    people = sorted(p.split(ROLE_SEP, 1) for p in contacts.split(PERSON_SEP)) if contacts else []
    return MatrixCell(
        department_id=department_id,
        membership_id=membership_id,
        organisation_id=organisation_id,
        responsible=bool(responsible),
        participant=bool(participant),
        contacts=tuple(name for name, _ in people),
        contact_roles=tuple(role for _, role in people),
        status=status,
        fee_amount=None if amount is None else Decimal(amount),
        fee_currency=currency or "",
    )
