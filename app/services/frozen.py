"""Closed reviews freeze their year: its fees, assessments and decisions stay as decided.

A year is frozen while its review is closed. Every service that writes a fee,
an assessment or a decision asks here first and refuses with a plain message
naming the year, so the figures the review closed on cannot drift afterwards.
Reopening the review (on purpose, with a reason) thaws the year.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import MembershipData
from app.store import Store
from app.validation import Checker
from app.valuation import to_ore
from app.vocabulary import ReviewStatus
from db import models as m

FROZEN = N_(
    "app",
    "The review of {year} is closed, so the figures of {year} can no longer be changed. "
    "Reopen the review to change them.",
)


def closed_years(session: Session) -> set[int]:
    query = select(m.Review.year).where(m.Review.status == ReviewStatus.CLOSED)
    return set(session.scalars(query))


def is_frozen(store: Store, year: int) -> bool:
    with store.uow() as session:
        return year in closed_years(session)


def refuse_if_frozen(session: Session, year: int, field: str) -> None:
    if year in closed_years(session):
        raise ValidationError.one(field, FROZEN, year=year)


def check_frozen_fees(
    session: Session, check: Checker, record: m.Membership, data: MembershipData
) -> None:
    """Adds a problem where the fees of a frozen year would change."""
    frozen = closed_years(session)
    if not frozen:
        return
    before = {(f.year, to_ore(f.amount), f.currency) for f in record.fees}
    after = {(f.year, to_ore(f.amount), f.currency.strip().upper()) for f in data.fees}
    changed = {year for year, _a, _c in before ^ after if year in frozen}
    if changed:
        check.add("fees", FROZEN, year=min(changed))


def refuse_frozen_delete(session: Session, membership_ids: list[int]) -> None:
    """A membership with figures in a closed review cannot be deleted (end it instead)."""
    frozen = closed_years(session)
    if not frozen:
        return
    fee_years = select(m.Fee.year).where(m.Fee.membership_id.in_(membership_ids))
    assessed = select(m.Assessment.year).where(m.Assessment.membership_id.in_(membership_ids))
    decided = (
        select(m.Review.year)
        .join(m.Decision, m.Decision.review_id == m.Review.id)
        .where(m.Decision.membership_id.in_(membership_ids))
    )
    years = set(session.scalars(fee_years.union(assessed, decided))) & frozen
    if years:
        raise ValidationError.one(
            "membership",
            N_(
                "app",
                "This membership is part of the closed review of {year} and cannot be "
                "deleted. Give it an end year instead, or reopen the review.",
            ),
            year=min(years),
        )
