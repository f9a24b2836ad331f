"""What the register's workbook holds, gathered with a fixed handful of queries.

The figures come from the services (`register`, `comparison`, `rates`,
`reviews`); the detail the services' rows do not carry (every contact with
its role, notes, positions held in the year) is read here with set-based
queries, never one per membership.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.matrix.table import MatrixTable
from app.rows import DepartmentRow, ExchangeRateRow, MembershipRow, YearComparison
from app.services import comparison, departments, rates, register
from app.services.register import active_in
from app.spreadsheet.matrix_sheet import whole_matrix
from app.store import Store
from app.vocabulary import ContactRole
from db import models as m

ROLE_ORDER = {role.value: i for i, role in enumerate(ContactRole)}


@dataclass(frozen=True, slots=True)
class ContactLine:
    membership_id: int
    role: str
    name: str
    title: str
    email: str
    phone: str
    department: str
    active: bool


@dataclass(frozen=True, slots=True)
class PositionLine:
    membership_id: int
    title: str
    body: str
    person: str
    from_year: int
    to_year: int | None


@dataclass(frozen=True, slots=True)
class AssessmentLine:
    membership_id: int
    added_value: str
    rating: int | None
    meetings_attended: int
    working_groups: int
    positions_held: int
    other_costs_sek: Decimal
    recommendation: str
    assessed_by: str
    assessed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class OrganisationLine:
    id: int
    name: str
    acronym: str
    kind: str
    scope: str
    themes: tuple[str, ...]
    country: str
    website: str
    description: str


@dataclass
class RegisterData:
    """The register as of one year, as the workbook shows it."""

    year: int
    memberships: list[MembershipRow]
    comparisons: list[YearComparison]
    organisations: list[OrganisationLine]
    departments: list[DepartmentRow]
    coordinator_emails: dict[int, str]
    contacts: list[ContactLine]
    positions: list[PositionLine]
    assessments: list[AssessmentLine]
    fees_by_year: dict[tuple[int, int], Decimal]
    rates: list[ExchangeRateRow]
    matrix: MatrixTable  # the year's whole matrix, as its sheet shows it (app.matrix)
    notes: dict[int, tuple[int | None, str]] = field(default_factory=dict)  # notice, notes

    def by_id(self) -> dict[int, MembershipRow]:
        return {row.id: row for row in self.memberships}

    def organisation_kinds(self) -> dict[int, str]:
        return {o.id: o.kind for o in self.organisations}


def collect(store: Store, year: int) -> RegisterData:
    memberships = register.memberships_for_year(store, year)
    memberships.sort(
        key=lambda r: (r.organisation.casefold(), r.responsible_department.casefold(), r.start_year)
    )
    comparisons = [comparison.compare_years(store, year - back, year) for back in (1, 2)]
    with store.uow() as session:
        details = _details(session, year)
    return RegisterData(
        year=year,
        memberships=memberships,
        comparisons=comparisons,
        departments=sorted(departments.list_departments(store), key=lambda d: d.name.casefold()),
        fees_by_year=comparison.fees_by_department_and_year(store),
        rates=rates.list_rates(store),
        matrix=whole_matrix(store, year),
        **details,
    )


def _details(session: Session, year: int) -> dict:
    chosen = select(m.Membership.id).where(active_in(year))
    return {
        "organisations": _organisations(session, chosen),
        "coordinator_emails": _coordinator_emails(session),
        "contacts": _contacts(session, chosen),
        "positions": _positions(session, chosen, year),
        "assessments": _assessments(session, chosen, year),
        "notes": {
            mid: (notice, notes)
            for mid, notice, notes in session.execute(
                select(m.Membership.id, m.Membership.notice_months, m.Membership.notes).where(
                    active_in(year)
                )
            )
        },
    }


def _organisations(session: Session, chosen: object) -> list[OrganisationLine]:
    themes: dict[int, list[str]] = defaultdict(list)
    for organisation_id, theme in session.execute(
        select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme).order_by(
            m.OrganisationTheme.theme
        )
    ):
        themes[organisation_id].append(theme)
    query = select(
        m.Organisation.id, m.Organisation.name, m.Organisation.acronym, m.Organisation.kind,
        m.Organisation.scope, m.Organisation.country, m.Organisation.website,
        m.Organisation.description,
    ).where(
        m.Organisation.id.in_(
            select(m.Membership.organisation_id).where(m.Membership.id.in_(chosen))
        )
    )  # fmt: skip
    lines = [
        OrganisationLine(
            id=i, name=name, acronym=acronym, kind=kind, scope=scope,
            themes=tuple(themes.get(i, ())), country=country, website=website,
            description=description,
        )
        for i, name, acronym, kind, scope, country, website, description in session.execute(query)
    ]  # fmt: skip
    return sorted(lines, key=lambda o: o.name.casefold())


def _coordinator_emails(session: Session) -> dict[int, str]:
    query = select(m.Department.id, m.Person.email).join(
        m.Person, m.Person.id == m.Department.coordinator_id
    )
    return {department_id: email for department_id, email in session.execute(query)}


def _contacts(session: Session, chosen: object) -> list[ContactLine]:
    home = m.Department.__table__.alias("home")
    query = (
        select(
            m.Contact.membership_id, m.Contact.role, m.Person.name, m.Person.title,
            m.Person.email, m.Person.phone, home.c.name, m.Person.active,
        )
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .outerjoin(home, home.c.id == m.Person.department_id)
        .where(m.Contact.membership_id.in_(chosen))
    )  # fmt: skip
    return [
        ContactLine(mid, role, name, title, email, phone, department or "", bool(active))
        for mid, role, name, title, email, phone, department, active in session.execute(query)
    ]


def _positions(session: Session, chosen: object, year: int) -> list[PositionLine]:
    query = (
        select(
            m.Position.membership_id, m.Position.title, m.Position.body, m.Person.name,
            m.Position.from_year, m.Position.to_year,
        )
        .outerjoin(m.Person, m.Person.id == m.Position.person_id)
        .where(
            m.Position.membership_id.in_(chosen),
            m.Position.from_year <= year,
            or_(m.Position.to_year.is_(None), m.Position.to_year >= year),
        )
        .order_by(m.Position.membership_id, m.Position.id)
    )  # fmt: skip
    return [
        PositionLine(mid, title, body, person or "", start, end)
        for mid, title, body, person, start, end in session.execute(query)
    ]


def _assessments(session: Session, chosen: object, year: int) -> list[AssessmentLine]:
    query = select(
        m.Assessment.membership_id, m.Assessment.added_value, m.Assessment.rating,
        m.Assessment.meetings_attended, m.Assessment.working_groups,
        m.Assessment.positions_held, m.Assessment.other_costs_sek,
        m.Assessment.recommendation, m.Assessment.assessed_by, m.Assessment.assessed_on,
    ).where(m.Assessment.year == year, m.Assessment.membership_id.in_(chosen))  # fmt: skip
    return [AssessmentLine(*row[:6], Decimal(row[6]), *row[7:]) for row in session.execute(query)]
