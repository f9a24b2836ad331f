"""Year-on-year comparison: what joined and left, and the change by department."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.rows import ChangeRow, DepartmentChange, YearComparison
from app.services.register import active_in, summary_in_session
from app.store import Store
from app.valuation import ZERO, Rates, total
from db import models as m

Active = dict[int, tuple[int, str, str, int, str]]  # membership -> org, name, kind, dept, dept name


def compare_years(store: Store, before: int, after: int) -> YearComparison:
    """Memberships are matched by organisation: moving a membership to another
    department is neither joining nor leaving."""
    with store.uow() as session:
        rates = Rates.load(session)
        old, new = _active(session, before), _active(session, after)
        old_fees, new_fees = _fees_sek(session, before, rates), _fees_sek(session, after, rates)
        old_orgs = {v[0] for v in old.values()}
        new_orgs = {v[0] for v in new.values()}
        joined = [_change(i, v, new_fees) for i, v in new.items() if v[0] not in old_orgs]
        left = [_change(i, v, old_fees) for i, v in old.items() if v[0] not in new_orgs]
        return YearComparison(
            before=summary_in_session(session, before),
            after=summary_in_session(session, after),
            joined=tuple(sorted(joined, key=lambda c: c.organisation.casefold())),
            left=tuple(sorted(left, key=lambda c: c.organisation.casefold())),
            by_department=_by_department(old, new, old_fees, new_fees),
        )


def _active(session: Session, year: int) -> Active:
    query = (
        select(
            m.Membership.id,
            m.Organisation.id,
            m.Organisation.name,
            m.Organisation.kind,
            m.Department.id,
            m.Department.name,
        )
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
        .where(active_in(year))
    )
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}  # type: ignore[misc]


def _fees_sek(session: Session, year: int, rates: Rates) -> dict[int, Decimal]:
    query = (
        select(m.Fee.membership_id, m.Fee.amount, m.Fee.currency)
        .join(m.Membership, m.Membership.id == m.Fee.membership_id)
        .where(m.Fee.year == year, active_in(year))
    )
    found = {}
    for membership_id, amount, currency in session.execute(query):
        found[membership_id] = rates.to_sek(amount, currency, year) or ZERO
    return found


def _change(membership_id: int, values: tuple, fees: dict[int, Decimal]) -> ChangeRow:
    _org, name, kind, _dept, department = values
    return ChangeRow(membership_id, name, kind, department, fees.get(membership_id))


def _by_department(
    old: Active, new: Active, old_fees: dict[int, Decimal], new_fees: dict[int, Decimal]
) -> tuple[DepartmentChange, ...]:
    names: dict[int, str] = {}
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    fees_of: dict[int, tuple[list[Decimal], list[Decimal]]] = defaultdict(lambda: ([], []))
    for side, active, fees in ((0, old, old_fees), (1, new, new_fees)):
        for membership_id, (_o, _n, _k, dept, dept_name) in active.items():
            names[dept] = dept_name
            counts[dept][side] += 1
            fees_of[dept][side].append(fees.get(membership_id, ZERO))
    changes = [
        DepartmentChange(
            d, names[d], counts[d][0], counts[d][1], total(fees_of[d][0]), total(fees_of[d][1])
        )
        for d in names
    ]
    return tuple(sorted(changes, key=lambda c: c.department.casefold()))


def fees_by_department_and_year(store: Store) -> dict[tuple[int, int], Decimal]:
    """SEK paid per responsible department and year, over every year on record."""
    with store.uow() as session:
        rates = Rates.load(session)
        department = m.Membership.responsible_department_id
        query = (
            select(department, m.Fee.year, m.Fee.amount, m.Fee.currency, func.count())
            .join(m.Membership, m.Membership.id == m.Fee.membership_id)
            .where(m.Fee.year >= m.Membership.start_year)
            .where((m.Membership.end_year.is_(None)) | (m.Fee.year <= m.Membership.end_year))
            .group_by(department, m.Fee.year, m.Fee.currency, m.Fee.amount)
        )
        fees = session.execute(query)
        return rates.totals_by(((d, y), amount, c, y, n) for d, y, amount, c, n in fees)
