"""The overview of a year: key figures against the year before, series and shares.

Everything the overview page and the published report draw comes from here,
in one unit of work and a fixed number of queries whatever the register's size:
the per-year series is one query with a column per year, not a query per year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.rows import PositionRow, YearSummary
from app.services.attention import Attention, attention_in_session
from app.services.register import active_in, summary_in_session
from app.store import Store
from app.valuation import ZERO, Rates
from app.vocabulary import OrganisationKind
from db import models as m

ATTENTION_SHOWN = 500  # per concern: more lines would only slow the window down
MAX_SERIES_YEARS = 25  # a longer history makes the columns too thin to read


@dataclass(frozen=True, slots=True)
class YearPoint:
    """One year of the register's history."""

    year: int
    memberships: int
    organisations: int
    networks: int
    fees_sek: Decimal | None  # None: no fee on record for that year


@dataclass(frozen=True, slots=True)
class DepartmentFees:
    """What a responsible department pays in a year, in SEK."""

    department_id: int
    department: str
    short_name: str
    memberships: int
    fees_sek: Decimal


@dataclass(frozen=True, slots=True)
class Count:
    """Memberships in one category (a scope or a theme)."""

    key: str
    memberships: int


@dataclass(frozen=True, slots=True)
class Overview:
    year: int
    summary: YearSummary
    previous: YearSummary | None  # None where the year before has no memberships
    per_year: tuple[YearPoint, ...]
    fees_by_department: tuple[DepartmentFees, ...]  # most expensive first
    by_scope: tuple[Count, ...]  # largest first
    by_theme: tuple[Count, ...]  # largest first; a membership counts once per theme
    attention: Attention  # at most ATTENTION_SHOWN per concern, with complete counts


def overview(store: Store, year: int) -> Overview:
    with store.uow() as session:
        rates = Rates.load(session)
        summary = summary_in_session(session, year)
        previous = summary_in_session(session, year - 1)
        return Overview(
            year=year,
            summary=summary,
            previous=previous if previous.memberships else None,
            per_year=per_year(session, year, rates),
            fees_by_department=fees_by_department(session, year, rates),
            by_scope=_counts(session, year, m.Organisation.scope),
            by_theme=_theme_counts(session, year),
            attention=attention_in_session(session, year, rates, ATTENTION_SHOWN),
        )


def series_years(session: Session, year: int) -> list[int]:
    """The years the history shows: those with fees on record (before them the
    register holds only the memberships that lasted, which would mislead),
    stretched to the chosen year and cut to the last MAX_SERIES_YEARS."""
    first_fee, last_fee = session.execute(select(func.min(m.Fee.year), func.max(m.Fee.year))).one()
    if first_fee is None:
        first_fee = session.scalar(select(func.min(m.Membership.start_year))) or year
        last_fee = first_fee
    first, last = min(first_fee, year), max(last_fee, year)
    return list(range(max(first, last - MAX_SERIES_YEARS + 1), last + 1))


def per_year(session: Session, year: int, rates: Rates) -> tuple[YearPoint, ...]:
    years = series_years(session, year)
    is_network = m.Organisation.kind == OrganisationKind.NETWORK.value
    columns = []
    for y in years:
        columns += [
            func.count(case((active_in(y), m.Membership.id))),
            func.count(func.distinct(case((and_(active_in(y), ~is_network), m.Organisation.id)))),
            func.count(func.distinct(case((and_(active_in(y), is_network), m.Organisation.id)))),
        ]
    counts = session.execute(
        select(*columns).join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
    ).one()
    fees = _fees_per_year(session, years, rates)
    return tuple(
        YearPoint(y, counts[3 * i], counts[3 * i + 1], counts[3 * i + 2], fees.get(y))
        for i, y in enumerate(years)
    )


def _fees_per_year(session: Session, years: list[int], rates: Rates) -> dict[int, Decimal]:
    """SEK per year, counting the fees of memberships active in their year, as the
    year's total does."""
    query = (
        select(m.Fee.year, m.Fee.amount, m.Fee.currency, func.count())
        .join(m.Membership, m.Membership.id == m.Fee.membership_id)
        .where(
            m.Fee.year.between(years[0], years[-1]),
            m.Membership.start_year <= m.Fee.year,
            func.coalesce(m.Membership.end_year, m.Fee.year) >= m.Fee.year,
        )
        .group_by(m.Fee.year, m.Fee.currency, m.Fee.amount)
    )
    fees = session.execute(query)
    return rates.totals_by((y, amount, c, y, n) for y, amount, c, n in fees)


def fees_by_department(session: Session, year: int, rates: Rates) -> tuple[DepartmentFees, ...]:
    """Every department responsible for a membership in `year`, with its fees."""
    counts = session.execute(
        select(
            m.Department.id, m.Department.name, m.Department.short_name, func.count(m.Membership.id)
        )
        .join(m.Membership, m.Membership.responsible_department_id == m.Department.id)
        .where(active_in(year))
        .group_by(m.Department.id, m.Department.name, m.Department.short_name)
    ).all()
    # Each fee valued on its own (app.valuation), so the department totals add up to
    # the year's total and to the rows people see. Equal fees are grouped.
    department = m.Membership.responsible_department_id
    fees = rates.totals_by(
        (d, amount, currency, year, n)
        for d, amount, currency, n in session.execute(
            select(department, m.Fee.amount, m.Fee.currency, func.count())
            .join(m.Fee, m.Fee.membership_id == m.Membership.id)
            .where(active_in(year), m.Fee.year == year)
            .group_by(department, m.Fee.currency, m.Fee.amount)
        )
    )
    rows = [DepartmentFees(i, name, short, n, fees.get(i, ZERO)) for i, name, short, n in counts]
    return tuple(sorted(rows, key=lambda r: (-r.fees_sek, -r.memberships, r.department.casefold())))


def top_with_rest(
    rows: tuple[DepartmentFees, ...], limit: int
) -> tuple[list[DepartmentFees], list[DepartmentFees]]:
    """The `limit` most expensive paying departments, and the rest (shown summed as
    "other"); a rest of one is shown by name instead."""
    paying = [r for r in rows if r.fees_sek > 0]
    if len(paying) <= limit + 1:
        return paying, []
    return paying[:limit], paying[limit:]


def _counts(session: Session, year: int, column: object) -> tuple[Count, ...]:
    query = (
        select(column, func.count(m.Membership.id))
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .where(active_in(year))
        .group_by(column)
    )
    return _largest_first(session.execute(query).all())


def _theme_counts(session: Session, year: int) -> tuple[Count, ...]:
    query = (
        select(m.OrganisationTheme.theme, func.count(m.Membership.id))
        .join(m.Membership, m.Membership.organisation_id == m.OrganisationTheme.organisation_id)
        .where(active_in(year))
        .group_by(m.OrganisationTheme.theme)
    )
    return _largest_first(session.execute(query).all())


def _largest_first(pairs: list) -> tuple[Count, ...]:
    return tuple(Count(str(k), int(n)) for k, n in sorted(pairs, key=lambda p: (-p[1], str(p[0]))))


def positions_in_year(store: Store, year: int) -> list[PositionRow]:
    """The positions of trust held in `year` through memberships active in it."""
    query = (
        select(m.Position, m.Organisation.name, m.Person.name)
        .join(m.Membership, m.Membership.id == m.Position.membership_id)
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .outerjoin(m.Person, m.Person.id == m.Position.person_id)
        .where(
            active_in(year),
            m.Position.from_year <= year,
            func.coalesce(m.Position.to_year, year) >= year,
        )
    )
    with store.uow() as session:
        rows = [
            PositionRow(
                p.id, p.membership_id, organisation, p.title, p.body, p.person_id,
                person or "", p.from_year, p.to_year,
            )
            for p, organisation, person in session.execute(query)
        ]  # fmt: skip
    return sorted(rows, key=lambda r: (r.organisation.casefold(), r.title.casefold()))


def is_example_register(store: Store) -> bool:
    """True while the register is the example one (its figures are fictional)."""
    from app.demo import EXAMPLE_DATA_KEY

    with store.uow() as session:
        value = session.get(m.RegisterInfo, EXAMPLE_DATA_KEY)
        return value is not None and value.value == "true"
