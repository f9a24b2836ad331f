"""The memberships view's rows for a year, built fast enough for 50,000 memberships.

Narrow queries over whole small tables (organisations, departments, people,
contacts, participations: ids and names) and the year's fees and latest
assessments, joined here with dictionaries. Measured at 50,000 memberships
(tests/benchmarks/table_bench.py), SQLite's joins cost three times these scans,
and the ORM's row handling doubles everything, hence Core. The cyclic garbage
collector is paused while the rows are built: they hold no cycles, and its
passes over the growing heap cost a quarter of the time.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from app.rows import MembershipRow
from app.valuation import Rates
from app.vocabulary import ContactRole
from db import models as m


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


@contextmanager
def collector_paused() -> Iterator[None]:
    """Bulk building of acyclic rows: no collector passes over the growing heap."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def membership_rows(session: Session, year: int | None) -> list[MembershipRow]:
    connection = session.connection()
    with collector_paused():
        return _build(connection, Rates.load(session), year)


def _build(connection: Connection, rates: Rates, year: int | None) -> list[MembershipRow]:
    organisations = {r[0]: r[1:] for r in connection.execute(
        select(m.Organisation.id, m.Organisation.name, m.Organisation.acronym,
               m.Organisation.kind, m.Organisation.scope))}  # fmt: skip
    departments = dict(connection.execute(select(m.Department.id, m.Department.name)).all())
    contacts = _primary_contacts(connection)
    participants = _participants(connection, departments)
    fees, latest = _fees(connection, year), _latest_assessments(connection, year)
    themes, to_sek = _themes(connection), rates.to_sek
    no_fee, no_assessment, nobody = (None, "", year), (None, None, ""), ((), ())
    query = select(
        m.Membership.id, m.Membership.version, m.Membership.organisation_id,
        m.Membership.responsible_department_id, m.Membership.start_year,
        m.Membership.end_year, m.Membership.status,
    ).where(active_in(year, most_rows=True) if year is not None else true())  # fmt: skip
    rows = []
    for mid, version, oid, did, start, end, status in connection.execute(query):
        name, acronym, kind, scope = organisations[oid]
        ids, names = participants.get(mid, nobody)
        amount, currency, fee_year = fees.get(mid, no_fee)
        assessed = latest.get(mid, no_assessment)
        # Positional, in MembershipRow's field order: a third faster than keywords.
        rows.append(
            MembershipRow(
                mid, version, oid, name, acronym, kind, scope, did, departments[did], names,
                contacts.get(mid, ""), amount, currency,
                None if amount is None else to_sek(amount, currency, fee_year),
                start, end, status, assessed[1], assessed[2], assessed[0], ids,
                themes.get(oid, ()),
            )
        )  # fmt: skip
    return rows


def _primary_contacts(connection: Connection) -> dict[int, str]:
    people = dict(connection.execute(select(m.Person.id, m.Person.name)).all())
    query = select(m.Contact.membership_id, m.Contact.person_id).where(
        m.Contact.role == ContactRole.PRIMARY
    )
    return {mid: people[pid] for mid, pid in connection.execute(query)}


def _participants(
    connection: Connection, departments: dict[int, str]
) -> dict[int, tuple[tuple[int, ...], tuple[str, ...]]]:
    """The participating departments of each membership: (ids, names), sorted by name."""
    found: dict[int, list[int]] = defaultdict(list)
    query = select(m.Participation.membership_id, m.Participation.department_id)
    for membership_id, department_id in connection.execute(query):
        found[membership_id].append(department_id)
    result = {}
    for membership_id, ids in found.items():
        if len(ids) > 1:
            ids.sort(key=lambda d: departments[d].casefold())
        result[membership_id] = (tuple(ids), tuple(departments[d] for d in ids))
    return result


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
    query = select(
        m.Assessment.membership_id, m.Assessment.year, m.Assessment.rating,
        m.Assessment.recommendation,
    ).where(is_latest_assessment(year))  # fmt: skip
    return {r[0]: (r[1], r[2], r[3]) for r in connection.execute(query)}


def is_latest_assessment(year: int | None) -> ColumnElement[bool]:
    """An `m.Assessment` row is its membership's latest up to `year` (any year if None):
    the one the memberships' "Latest rating ... Assessed in" columns show."""
    other = aliased(m.Assessment)
    latest = select(func.max(other.year)).where(other.membership_id == m.Assessment.membership_id)
    if year is not None:
        latest = latest.where(other.year <= year)
    return m.Assessment.year == latest.scalar_subquery()


def _themes(connection: Connection) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = defaultdict(list)
    query = select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme)
    for organisation_id, theme in connection.execute(query.order_by(m.OrganisationTheme.theme)):
        found[organisation_id].append(theme)
    return {k: tuple(v) for k, v in found.items()}
