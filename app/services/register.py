"""The register as of a year: the memberships active in it, their totals and changes.

A membership is active in year Y when it started in or before Y and has not
ended before Y. Every figure here comes from the rows, never from numbers kept
by hand. Each function runs a fixed handful of set-based queries, never one
per membership, so the same code serves 80 memberships and 50,000.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.rows import MembershipRow, YearSummary
from app.services.rates import RateTable
from app.store import Store
from db import models as m
from db.enums import ContactRole, OrganisationKind


def active_in(year: int, *, most_rows: bool = False) -> ColumnElement[bool]:
    """The condition for a membership being part of the register of `year`.

    `most_rows`: for queries that read most of the year's memberships whole. Then
    `start_year + 0` keeps SQLite off the years index, whose order has it fetch the
    rows at random places instead of reading the table straight through.
    """
    start = m.Membership.start_year + 0 if most_rows else m.Membership.start_year
    return and_(
        start <= year,
        or_(m.Membership.end_year.is_(None), m.Membership.end_year >= year),
    )


def memberships_for_year(store: Store, year: int | None) -> list[MembershipRow]:
    """The memberships view's rows; `None` gives every membership on record."""
    with store.uow() as session:
        return _membership_rows(session, year)


def _membership_rows(session: Session, year: int | None) -> list[MembershipRow]:
    where = active_in(year) if year is not None else and_(True)
    base = (
        select(
            m.Membership.id, m.Membership.version, m.Membership.organisation_id,
            m.Organisation.name, m.Organisation.acronym, m.Organisation.kind,
            m.Organisation.scope, m.Membership.responsible_department_id, m.Department.name,
            m.Membership.start_year, m.Membership.end_year, m.Membership.status,
        )
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
        .where(where)
    )  # fmt: skip
    chosen = select(m.Membership.id).where(where)
    participants = _participants(session, chosen)
    contacts = _primary_contacts(session, chosen)
    fees = _fees(session, chosen, year)
    latest = _latest_assessments(session, chosen, year)
    themes = _themes(session)
    rates = RateTable.load(session)
    rows = []
    for r in session.execute(base):
        fee = fees.get(r[0])
        fee_year = fee[2] if fee else year
        assessment = latest.get(r[0], (None, None, ""))
        names = participants.get(r[0], ())
        rows.append(
            MembershipRow(
                id=r[0], version=r[1], organisation_id=r[2], organisation=r[3], acronym=r[4],
                kind=r[5], scope=r[6], responsible_department_id=r[7],
                responsible_department=r[8],
                participants=tuple(n for _, n in names),
                primary_contact=contacts.get(r[0], ""),
                fee_amount=fee[0] if fee else None,
                fee_currency=fee[1] if fee else "",
                fee_sek=rates.to_sek(fee[0], fee[1], fee_year) if fee else None,
                start_year=r[9], end_year=r[10], status=r[11],
                latest_assessment_year=assessment[0], latest_rating=assessment[1],
                latest_recommendation=assessment[2],
                participant_ids=tuple(i for i, _ in names),
                themes=themes.get(r[2], ()),
            )
        )  # fmt: skip
    return rows


def _participants(session: Session, chosen: object) -> dict[int, tuple[tuple[int, str], ...]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    query = (
        select(m.Participation.membership_id, m.Department.id, m.Department.name)
        .join(m.Department, m.Department.id == m.Participation.department_id)
        .where(m.Participation.membership_id.in_(chosen))
    )
    for membership_id, department_id, name in session.execute(query):
        found[membership_id].append((department_id, name))
    return {k: tuple(sorted(v, key=lambda d: d[1].casefold())) for k, v in found.items()}


def _primary_contacts(session: Session, chosen: object) -> dict[int, str]:
    query = (
        select(m.Contact.membership_id, m.Person.name)
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .where(m.Contact.role == ContactRole.PRIMARY, m.Contact.membership_id.in_(chosen))
    )
    return {membership_id: name for membership_id, name in session.execute(query)}


def _fees(
    session: Session, chosen: object, year: int | None
) -> dict[int, tuple[Decimal, str, int]]:
    """The fee of `year`; for all years, each membership's latest fee."""
    query = select(m.Fee.membership_id, m.Fee.amount, m.Fee.currency, m.Fee.year).where(
        m.Fee.membership_id.in_(chosen)
    )
    if year is not None:
        query = query.where(m.Fee.year == year)
    found: dict[int, tuple[Decimal, str, int]] = {}
    for membership_id, amount, currency, fee_year in session.execute(query.order_by(m.Fee.year)):
        found[membership_id] = (Decimal(amount), currency, fee_year)
    return found


def _latest_assessments(
    session: Session, chosen: object, year: int | None
) -> dict[int, tuple[int, int | None, str]]:
    latest = select(
        m.Assessment.membership_id.label("mid"), func.max(m.Assessment.year).label("year")
    ).where(m.Assessment.membership_id.in_(chosen))
    if year is not None:
        latest = latest.where(m.Assessment.year <= year)
    latest_sub = latest.group_by(m.Assessment.membership_id).subquery()
    query = select(
        m.Assessment.membership_id, m.Assessment.year, m.Assessment.rating,
        m.Assessment.recommendation,
    ).join(
        latest_sub,
        and_(
            m.Assessment.membership_id == latest_sub.c.mid, m.Assessment.year == latest_sub.c.year
        ),
    )  # fmt: skip
    return {mid: (y, rating, rec) for mid, y, rating, rec in session.execute(query)}


def _themes(session: Session) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme)
    for organisation_id, theme in session.execute(query.order_by(m.OrganisationTheme.theme)):
        found[organisation_id].append(theme)
    return {k: tuple(v) for k, v in found.items()}


def year_summary(store: Store, year: int) -> YearSummary:
    with store.uow() as session:
        return summary_in_session(session, year)


def summary_in_session(session: Session, year: int) -> YearSummary:
    kinds = dict(
        session.execute(
            select(m.Organisation.kind, func.count(func.distinct(m.Organisation.id)))
            .join(m.Membership, m.Membership.organisation_id == m.Organisation.id)
            .where(active_in(year))
            .group_by(m.Organisation.kind)
        ).all()
    )
    memberships = (
        session.scalar(select(func.count()).select_from(m.Membership).where(active_in(year))) or 0
    )
    positions = session.scalar(
        select(func.count(m.Position.id))
        .join(m.Membership, m.Membership.id == m.Position.membership_id)
        .where(
            active_in(year),
            m.Position.from_year <= year,
            or_(m.Position.to_year.is_(None), m.Position.to_year >= year),
        )
    )
    rates = RateTable.load(session)
    return YearSummary(
        year=year,
        organisations=kinds.get(OrganisationKind.ORGANISATION.value, 0),
        networks=kinds.get(OrganisationKind.NETWORK.value, 0),
        departments=len(departments_taking_part(session, year)),
        memberships=memberships,
        fees_sek=fees_total_sek(session, year, rates),
        positions=positions or 0,
        missing_rates=tuple(sorted(rates.missing)),
    )


def departments_taking_part(session: Session, year: int) -> set[int]:
    """Departments responsible for or participating in a membership active in `year`."""
    responsible = select(m.Membership.responsible_department_id).where(active_in(year))
    participating = (
        select(m.Participation.department_id)
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .where(active_in(year))
    )
    return set(session.scalars(responsible.union(participating)))


def fees_total_sek(session: Session, year: int, rates: RateTable) -> Decimal:
    sums = session.execute(
        select(m.Fee.currency, func.sum(m.Fee.amount))
        .join(m.Membership, m.Membership.id == m.Fee.membership_id)
        .where(m.Fee.year == year, active_in(year))
        .group_by(m.Fee.currency)
    ).all()
    total = Decimal(0)
    for currency, amount in sums:
        value = rates.to_sek(Decimal(amount), currency, year)
        total += value or Decimal(0)
    return total


def years_on_record(store: Store) -> list[int]:
    """Every year from the first membership's start to the last year with data."""
    with store.uow() as session:
        first = session.scalar(select(func.min(m.Membership.start_year)))
        last = session.scalar(
            select(func.max(func.coalesce(m.Membership.end_year, m.Membership.start_year)))
        )
        last_fee = session.scalar(select(func.max(m.Fee.year)))
    if first is None:
        return []
    end = max(v for v in (last, last_fee, first) if v is not None)
    return list(range(first, end + 1))
