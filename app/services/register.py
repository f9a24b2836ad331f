"""The register as of a year: the memberships active in it, their totals and changes.

A membership is active in year Y when it started in or before Y and has not
ended before Y. Every figure here comes from the rows, never from numbers kept
by hand. Each function runs a fixed handful of set-based queries, never one
per membership, so the same code serves 80 memberships and 50,000.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.rows import MembershipRow, YearSummary
from app.services.rates import RateTable
from app.store import Store
from db import models as m
from db.enums import ContactRole, OrganisationKind


def active_in(year: int, *, most_rows: bool = False) -> ColumnElement[bool]:
    """The condition for a membership being part of the register of `year`.

    `most_rows`: for queries reading whole rows of the year's memberships (most of
    the register). `start_year + 0` keeps SQLite off the years index: walking it
    fetches the rows in year order, at random places in the file, twice as slow
    as reading the table straight through when most memberships qualify.
    """
    start = m.Membership.start_year + 0 if most_rows else m.Membership.start_year
    return and_(
        start <= year,
        or_(m.Membership.end_year.is_(None), m.Membership.end_year >= year),
    )


def is_empty(store: Store) -> bool:
    """True while the register holds no organisation (the first start): one cheap query."""
    with store.uow() as session:
        return session.scalar(select(m.Organisation.id).limit(1)) is None


def memberships_for_year(store: Store, year: int | None) -> list[MembershipRow]:
    """The memberships view's rows; `None` gives every membership on record."""
    with store.uow() as session:
        return _membership_rows(session, year)


def _membership_rows(session: Session, year: int | None) -> list[MembershipRow]:
    """One query for the rows (fee, primary contact and latest assessment joined in,
    each at most one per membership) and one for the participants.

    Executed on the session's connection: plain Core rows, no ORM loading cost.
    """
    connection = session.connection()
    where = active_in(year, most_rows=True) if year is not None else true()
    participants = _participants(connection, where)
    themes = _themes(connection)
    rates = RateTable.load(session)
    return [
        _membership_row(r, participants, themes, rates)
        for r in connection.execute(_rows_query(year, where))
    ]


def _membership_row(
    r: Sequence[Any],
    participants: dict[int, tuple[tuple[int, str], ...]],
    themes: dict[int, tuple[str, ...]],
    rates: RateTable,
) -> MembershipRow:
    # fmt: off
    (membership_id, version, organisation_id, organisation, acronym, kind, scope,
     department_id, department, start_year, end_year, status,
     fee_amount, fee_currency, fee_year, contact, assessment_year, rating, recommendation) = r
    names = participants.get(membership_id, ())
    return MembershipRow(
        id=membership_id, version=version, organisation_id=organisation_id,
        organisation=organisation, acronym=acronym, kind=kind, scope=scope,
        responsible_department_id=department_id, responsible_department=department,
        participants=tuple(n for _, n in names), primary_contact=contact or "",
        fee_amount=fee_amount, fee_currency=fee_currency or "",
        fee_sek=rates.to_sek(fee_amount, fee_currency, fee_year) if fee_year else None,
        start_year=start_year, end_year=end_year, status=status,
        latest_assessment_year=assessment_year, latest_rating=rating,
        latest_recommendation=recommendation or "",
        participant_ids=tuple(i for i, _ in names), themes=themes.get(organisation_id, ()),
    )
    # fmt: on


def _rows_query(year: int | None, where: ColumnElement[bool]) -> Select:
    ms, fee, contact, person, assessment = (
        m.Membership, aliased(m.Fee), aliased(m.Contact), aliased(m.Person), aliased(m.Assessment)
    )  # fmt: skip
    # The fee of the year; over all years, each membership's latest fee.
    fee_year = year if year is not None else _latest(m.Fee, ms.id)
    # The latest assessment up to the year.
    assessment_year = _latest(m.Assessment, ms.id, up_to=year)
    return (
        select(
            ms.id, ms.version, ms.organisation_id, m.Organisation.name.label("organisation"),
            m.Organisation.acronym, m.Organisation.kind, m.Organisation.scope,
            ms.responsible_department_id, m.Department.name.label("responsible_department"),
            ms.start_year, ms.end_year, ms.status,
            fee.amount.label("fee_amount"), fee.currency.label("fee_currency"),
            fee.year.label("fee_year"), person.name.label("primary_contact"),
            assessment.year.label("assessment_year"), assessment.rating,
            assessment.recommendation,
        )
        .join(m.Organisation, m.Organisation.id == ms.organisation_id)
        .join(m.Department, m.Department.id == ms.responsible_department_id)
        .outerjoin(fee, and_(fee.membership_id == ms.id, fee.year == fee_year))
        .outerjoin(
            contact, and_(contact.membership_id == ms.id, contact.role == ContactRole.PRIMARY)
        )
        .outerjoin(person, person.id == contact.person_id)
        .outerjoin(
            assessment, and_(assessment.membership_id == ms.id, assessment.year == assessment_year)
        )
        .where(where)
    )  # fmt: skip


def _latest(
    model: type[m.Fee] | type[m.Assessment], membership_id: object, *, up_to: int | None = None
):
    """The latest year (up to `up_to`) with a `model` row for the membership: a correlated
    subquery answered from the (membership_id, year) unique index."""
    inner = aliased(model)
    query = select(func.max(inner.year)).where(inner.membership_id == membership_id)
    if up_to is not None:
        query = query.where(inner.year <= up_to)
    return query.scalar_subquery()


def _participants(
    connection: Connection, where: ColumnElement[bool]
) -> dict[int, tuple[tuple[int, str], ...]]:
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    query = (
        select(m.Participation.membership_id, m.Department.id, m.Department.name)
        .join(m.Department, m.Department.id == m.Participation.department_id)
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .where(where)
    )
    for membership_id, department_id, name in connection.execute(query):
        found[membership_id].append((department_id, name))
    return {k: tuple(sorted(v, key=lambda d: d[1].casefold())) for k, v in found.items()}


def _themes(connection: Connection) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme)
    for organisation_id, theme in connection.execute(query.order_by(m.OrganisationTheme.theme)):
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
