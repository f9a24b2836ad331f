"""What the register's workbook holds, gathered with a fixed handful of queries.

The figures come from the services (`register`, `comparison`, `rates`,
`reviews`); the detail the services' rows do not carry (every contact with
its role, notes, positions held in the year) is read here with set-based
queries, never one per membership.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.matrix.table import MatrixTable
from app.rows import (
    AssessmentRow,
    DepartmentRow,
    ExchangeRateRow,
    MembershipRow,
    OrganisationRow,
    PositionRow,
    YearComparison,
)
from app.services import comparison, departments, rates, register
from app.services.membership_rows import is_latest_assessment
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


@dataclass
class RegisterData:
    """The register as of one year, as the workbook shows it."""

    year: int
    memberships: list[MembershipRow]
    comparisons: list[YearComparison]
    organisations: list[OrganisationRow]
    departments: list[DepartmentRow]
    coordinator_emails: dict[int, str]
    contacts: list[ContactLine]
    positions: list[PositionRow]
    assessments: list[AssessmentRow]
    fees_by_year: dict[tuple[int, int], Decimal]
    rates: list[ExchangeRateRow]
    matrix: MatrixTable  # the year's whole matrix, as its sheet shows it (app.matrix)
    notes: dict[int, tuple[int | None, str]] = field(default_factory=dict)  # notice, notes

    def by_id(self) -> dict[int, MembershipRow]:
        return {row.id: row for row in self.memberships}


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


def _organisations(session: Session, chosen: object) -> list[OrganisationRow]:
    themes: dict[int, list[str]] = defaultdict(list)
    for organisation_id, theme in session.execute(
        select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme).order_by(
            m.OrganisationTheme.theme
        )
    ):
        themes[organisation_id].append(theme)
    names = ("id", "version", "name", "acronym", "kind", "scope", "website", "country",
             "description")  # fmt: skip
    query = select(*(getattr(m.Organisation, n) for n in names)).where(
        m.Organisation.id.in_(
            select(m.Membership.organisation_id).where(m.Membership.id.in_(chosen))
        )
    )  # fmt: skip
    lines = [
        OrganisationRow(**dict(zip(names, row, strict=True)), themes=tuple(themes.get(row[0], ())))
        for row in session.execute(query)
    ]
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


def _positions(session: Session, chosen: object, year: int) -> list[PositionRow]:
    query = (
        select(
            m.Position.id, m.Position.membership_id, m.Organisation.name, m.Position.title,
            m.Position.body, m.Position.person_id, m.Person.name, m.Position.from_year,
            m.Position.to_year,
        )
        .join(m.Membership, m.Membership.id == m.Position.membership_id)
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .outerjoin(m.Person, m.Person.id == m.Position.person_id)
        .where(
            m.Position.membership_id.in_(chosen),
            m.Position.from_year <= year,
            or_(m.Position.to_year.is_(None), m.Position.to_year >= year),
        )
        .order_by(m.Position.membership_id, m.Position.id)
    )  # fmt: skip
    return [
        PositionRow(i, mid, organisation, title, body, pid, person or "", start, end)
        for i, mid, organisation, title, body, pid, person, start, end in session.execute(query)
    ]


def _assessments(session: Session, chosen: object, year: int) -> list[AssessmentRow]:
    """Each membership's latest assessment up to the year, of whichever year: the ones
    the Memberships sheet shows, so that an import brings them all back."""
    names = ("id", "version", "membership_id", "year", "added_value", "rating",
             "meetings_attended", "working_groups", "positions_held", "other_costs_sek",
             "recommendation", "assessed_by", "assessed_on")  # fmt: skip
    query = (
        select(m.Organisation.name, *(getattr(m.Assessment, n) for n in names))
        .join(m.Membership, m.Membership.id == m.Assessment.membership_id)
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .where(is_latest_assessment(year), m.Assessment.membership_id.in_(chosen))
    )
    found = []
    for organisation, *values in session.execute(query):
        row = dict(zip(names, values, strict=True))
        row["other_costs_sek"] = Decimal(row["other_costs_sek"])
        found.append(AssessmentRow(**row, organisation=organisation))
    return found
