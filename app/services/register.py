"""The register as of a year: the memberships active in it, their totals and changes.

A membership is active in year Y when it started in or before Y and has not
ended before Y. Every figure here comes from the rows, never from numbers kept
by hand. Each function runs a fixed handful of set-based queries, never one
per membership, so the same code serves 80 memberships and 50,000.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.rows import MembershipRow, YearSummary
from app.services.rates import CENT, RateTable
from app.store import Store
from db import models as m
from db.enums import ContactRole, OrganisationKind


def active_in(year: int) -> ColumnElement[bool]:
    """The condition for a membership being part of the register of `year`."""
    return and_(
        m.Membership.start_year <= year,
        or_(m.Membership.end_year.is_(None), m.Membership.end_year >= year),
    )


def memberships_for_year(store: Store, year: int | None) -> list[MembershipRow]:
    """The memberships view's rows; `None` gives every membership on record."""
    with store.uow() as session:
        return _membership_rows(session, year)


def _membership_rows(session: Session, year: int | None) -> list[MembershipRow]:
    """A fixed handful of set-based queries whatever the register's size, merged here.

    Core execution (the ORM's row processing doubles the time at 50,000 rows), and
    fees and assessments read by year rather than joined: SQLite's join through the
    fee index costs five times the scan (measured in tests/benchmarks/table_bench.py).
    """
    connection = session.connection()
    participants = _participants(connection, year)
    fees = _fees(connection, year)
    latest = _latest_assessments(connection, year)
    themes = _themes(connection)
    to_sek = _sek_converter(RateTable.load(session))
    no_fee, no_assessment, nobody = (None, "", year), (None, None, ""), ((), ())
    rows = []
    for r in connection.execute(_membership_query(year)):
        ids, names = participants.get(r[0], nobody)
        amount, currency, fee_year = fees.get(r[0], no_fee)
        assessed = latest.get(r[0], no_assessment)
        # Positional, in MembershipRow's field order: a third faster than keywords.
        rows.append(
            MembershipRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], names, r[12] or "",
                amount, currency, None if amount is None else to_sek(amount, currency, fee_year),
                r[9], r[10], r[11], assessed[1], assessed[2], assessed[0], ids,
                themes.get(r[2], ()),
            )
        )  # fmt: skip
    return rows


def _membership_query(year: int | None) -> Select[Any]:
    contact, person, membership = aliased(m.Contact), aliased(m.Person), m.Membership
    return (
        select(
            membership.id, membership.version, membership.organisation_id,
            m.Organisation.name, m.Organisation.acronym, m.Organisation.kind,
            m.Organisation.scope, membership.responsible_department_id, m.Department.name,
            membership.start_year, membership.end_year, membership.status, person.name,
        )
        .join(m.Organisation, m.Organisation.id == membership.organisation_id)
        .join(m.Department, m.Department.id == membership.responsible_department_id)
        .outerjoin(
            contact,
            and_(contact.membership_id == membership.id, contact.role == ContactRole.PRIMARY),
        )
        .outerjoin(person, person.id == contact.person_id)
        .where(active_in(year) if year is not None else true())
    )  # fmt: skip


def _fees(connection: Connection, year: int | None) -> dict[int, tuple[Decimal, str, int]]:
    """The fee of `year` by membership; for all years, each membership's latest fee."""
    query = select(m.Fee.membership_id, m.Fee.amount, m.Fee.currency, m.Fee.year)
    if year is not None:
        query = query.where(m.Fee.year == year)
    else:
        last = (
            select(m.Fee.membership_id, func.max(m.Fee.year).label("year"))
            .group_by(m.Fee.membership_id)
            .subquery()
        )
        query = query.join(
            last, and_(last.c.membership_id == m.Fee.membership_id, last.c.year == m.Fee.year)
        )
    return {r[0]: (r[1], r[2], r[3]) for r in connection.execute(query)}


def _latest_assessments(
    connection: Connection, year: int | None
) -> dict[int, tuple[int, int | None, str]]:
    """Each membership's latest assessment up to `year`: (year, rating, recommendation)."""
    other = aliased(m.Assessment)
    latest = select(func.max(other.year)).where(other.membership_id == m.Assessment.membership_id)
    if year is not None:
        latest = latest.where(other.year <= year)
    query = select(
        m.Assessment.membership_id, m.Assessment.year, m.Assessment.rating,
        m.Assessment.recommendation,
    ).where(m.Assessment.year == latest.scalar_subquery())  # fmt: skip
    return {r[0]: (r[1], r[2], r[3]) for r in connection.execute(query)}


def _participants(
    connection: Connection, year: int | None
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """The participating departments of each membership: (ids, names) sorted by name."""
    found: dict[int, list[tuple[str, int]]] = defaultdict(list)
    query = (
        select(m.Participation.membership_id, m.Department.name, m.Department.id)
        .join(m.Department, m.Department.id == m.Participation.department_id)
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .where(active_in(year) if year is not None else true())
    )
    for membership_id, name, department_id in connection.execute(query):
        found[membership_id].append((name, department_id))
    result = {}
    for membership_id, departments in found.items():
        if len(departments) > 1:
            departments.sort(key=lambda d: d[0].casefold())
        result[membership_id] = (tuple(d[1] for d in departments), tuple(d[0] for d in departments))
    return result


def _sek_converter(rates: RateTable) -> Callable[[Decimal, str, int], Decimal | None]:
    """`rates.to_sek` with each (currency, year)'s rate looked up once."""
    found: dict[tuple[str, int], Decimal | None] = {}

    def to_sek(amount: Decimal, currency: str, year: int) -> Decimal | None:
        key = (currency, year)
        rate = found[key] if key in found else found.setdefault(key, rates.rate(currency, year))
        return None if rate is None else (amount * rate).quantize(CENT)

    return to_sek


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
