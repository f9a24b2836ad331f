"""Departments and companies against the organisations they take part in.

One aggregated query gives, per membership and department, whether the
department is responsible, a participant, and which of its people are
contacts (with their roles), together with the membership's status; a
second query gives the fees of the year. `app.matrix.layout` lays the
matrix out from these rows; `matrix_source` adds the department and
organisation names: a fixed handful of queries whatever the register's size.
Each fee is valued in SEK by `app.valuation`, once per membership.

The bulk rows are NamedTuples, not frozen dataclasses: a large register has
tens of thousands of cells and a NamedTuple is made three times faster. A
cell (`Entry`) is made once here and shown as it is: laying out the matrix
for other filters or swapped creates no cell objects.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from operator import attrgetter
from typing import NamedTuple

from sqlalchemy import Connection, Select, func, literal, select, union_all

from app.matrix.entry import Entry
from app.matrix.roles import Role
from app.services.register import active_in
from app.store import Store
from app.valuation import Rates
from db import models as m

# Separators of the aggregated contact list: control characters no name contains.
PERSON_SEP, ROLE_SEP = "\x1e", "\x1f"


class DepartmentHead(NamedTuple):
    id: int
    name: str
    short_name: str
    kind: str


class OrganisationHead(NamedTuple):
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
    cells: tuple[Entry, ...]
    fees_sek: dict[int, Decimal]  # membership -> its fee of the year in SEK
    missing_rates: tuple[str, ...]  # currencies with no exchange rate on record


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector held back while many small tuples are made.

    Tens of thousands of new tuples set the collector off again and again, and
    each run scans every object the program holds (40 % of the time of a large
    year). None of these tuples can form a cycle; the collector runs after.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def matrix_source(store: Store, year: int) -> MatrixSource:
    """The matrix data of `year`."""
    with store.uow() as session, collector_paused():
        rates = Rates.load(session)
        # Plain Core rows: the ORM's row processing would triple the time of a large year.
        connection = session.connection()
        fees: dict[int, Decimal] = {}
        of_year = _fees(connection, year)
        cells = [
            _entry(row, of_year.get(row[1], NO_FEE), rates, year, fees)
            for row in connection.execute(_cells_query(year)).all()
        ]
        d = m.Department
        departments = tuple(
            DepartmentHead._make(row)
            for row in connection.execute(select(d.id, d.name, d.short_name, d.kind)).all()
        )
        organisations = _organisations(connection, year)
    cells.sort(key=_BY_MEMBERSHIP)  # where one department has two memberships, the first wins
    return MatrixSource(year, departments, organisations, tuple(cells), fees, rates.missing_rates())


_BY_MEMBERSHIP = attrgetter("membership_id")


def _organisations(connection: Connection, year: int) -> tuple[OrganisationHead, ...]:
    active = select(m.Membership.organisation_id).where(active_in(year))
    themes: dict[int, list[str]] = defaultdict(list)
    for organisation_id, theme in connection.execute(
        select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme).where(
            m.OrganisationTheme.organisation_id.in_(active)
        )
    ).all():
        themes[organisation_id].append(theme)
    query = select(
        m.Organisation.id, m.Organisation.name, m.Organisation.acronym,
        m.Organisation.kind, m.Organisation.scope,
    ).where(m.Organisation.id.in_(active))  # fmt: skip
    return tuple(
        OrganisationHead(*row, themes=tuple(sorted(themes.get(row[0], ()))))
        for row in connection.execute(query).all()
    )


NO_FEE: tuple[Decimal | None, str] = (None, "")


def _fees(connection: Connection, year: int) -> dict[int, tuple[Decimal | None, str]]:
    """Each membership's fee of `year`, read by the year index: joined to every cell
    instead, SQLite would look the fee up once per cell (docs/PERFORMANCE.md)."""
    query = select(m.Fee.membership_id, m.Fee.amount, m.Fee.currency).where(m.Fee.year == year)
    return {row[0]: (row[1], row[2]) for row in connection.execute(query).all()}


def _cells_query(year: int) -> Select:
    """Per membership active in `year` and department taking part in it: responsible,
    participant, and the department's contacts; with the membership's organisation and
    status. The parts read most of the year's memberships: `most_rows` scans them."""
    active = active_in(year, most_rows=True)
    responsible = select(
        m.Membership.id.label("membership_id"),
        m.Membership.responsible_department_id.label("department_id"),
        literal(1).label("responsible"),
        literal(0).label("participant"),
        literal(None).label("contact"),
    ).where(active)
    participant = (
        select(
            m.Participation.membership_id,
            m.Participation.department_id,
            literal(0),
            literal(1),
            literal(None),
        )
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .where(active)
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
        .where(active, m.Person.department_id.is_not(None))
    )
    parts = union_all(responsible, participant, contact).subquery()
    # Grouped on the two keys alone, then joined: a smaller sort than grouping on all.
    grouped = (
        select(
            parts.c.membership_id,
            parts.c.department_id,
            func.max(parts.c.responsible).label("responsible"),
            func.max(parts.c.participant).label("participant"),
            func.aggregate_strings(parts.c.contact, PERSON_SEP).label("contacts"),
        )
        .group_by(parts.c.membership_id, parts.c.department_id)
        .subquery()
    )
    return select(
        grouped.c.department_id,
        grouped.c.membership_id,
        m.Membership.organisation_id,
        grouped.c.responsible,
        grouped.c.participant,
        grouped.c.contacts,
        m.Membership.status,
    ).join(m.Membership, m.Membership.id == grouped.c.membership_id)


def _people(contacts: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names and roles from the aggregated "name ROLE_SEP role PERSON_SEP ..." text."""
    if not contacts:
        return (), ()
    if PERSON_SEP not in contacts:  # the usual case: one person
        name, role = contacts.split(ROLE_SEP, 1)
        return (name,), (role,)
    people = sorted(p.split(ROLE_SEP, 1) for p in contacts.split(PERSON_SEP))
    return tuple(p[0] for p in people), tuple(p[1] for p in people)


def _entry(
    row: tuple,
    fee: tuple[Decimal | None, str],
    rates: Rates,
    year: int,
    fees: dict[int, Decimal],
) -> Entry:
    """A matrix cell; `fees` collects each membership's fee in SEK (valued once)."""
    department_id, membership_id, organisation_id, responsible, participant = row[:5]
    contacts, status = row[5:]
    amount, currency = fee
    names, roles = _people(contacts)
    sek = fees.get(membership_id)
    if sek is None and amount is not None:
        sek = rates.to_sek(amount, currency, year)
        if sek is not None:
            fees[membership_id] = sek
    role = Role.RESPONSIBLE if responsible else Role.PARTICIPANT if participant else Role.CONTACT
    return Entry(
        role, department_id, membership_id, organisation_id, names, roles, status, amount,
        currency or "", sek,
    )  # fmt: skip
