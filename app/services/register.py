"""The register as of a year: the memberships active in it, their totals and changes.

A membership is active in year Y when it started in or before Y and has not
ended before Y. Every figure here comes from the rows, never from numbers kept
by hand. Each function runs a fixed handful of set-based queries, never one
per membership, so the same code serves 80 memberships and 50,000.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.rows import MembershipRow, YearSummary
from app.services.membership_rows import active_in, membership_rows
from app.store import Store
from app.valuation import ZERO, Rates
from app.vocabulary import OrganisationKind
from db import models as m


def memberships_for_year(store: Store, year: int | None) -> list[MembershipRow]:
    """The memberships view's rows; `None` gives every membership on record."""
    with store.uow() as session:
        return membership_rows(session, year)


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
    rates = Rates.load(session)
    return YearSummary(
        year=year,
        organisations=kinds.get(OrganisationKind.ORGANISATION.value, 0),
        networks=kinds.get(OrganisationKind.NETWORK.value, 0),
        departments=len(departments_taking_part(session, year)),
        memberships=memberships,
        fees_sek=fees_total_sek(session, year, rates),
        positions=positions or 0,
        missing_rates=rates.missing_rates(),
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


def fees_total_sek(session: Session, year: int, rates: Rates) -> Decimal:
    """The year's fees in SEK: each fee valued and rounded, then summed (equal fees
    grouped by the database), so the total is the sum of the rows people see."""
    fees = session.execute(
        select(m.Fee.amount, m.Fee.currency, func.count())
        .join(m.Membership, m.Membership.id == m.Fee.membership_id)
        .where(m.Fee.year == year, active_in(year))
        .group_by(m.Fee.currency, m.Fee.amount)
    )
    return rates.totals_by((year, a, c, year, n) for a, c, n in fees).get(year, ZERO)


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
