"""Closing a review (apply its decisions, freeze the year) and reopening it on purpose.

Closing applies each decision to its membership:

- leave: status "notice given" and an end year (see `end_year_on_leaving`);
- postpone: status "under review", so the membership stands out until decided;
- keep / change: a membership "under review" becomes "active" again.

It then stores the year's figures as they stood (`frozen_figures`, JSON) and
the review becomes read-only: the year's fees, assessments and decisions are
refused (`app.services.frozen`). Reopening needs a reason; it undoes what
closing applied wherever nobody has changed the membership since, and the
reason is written into the change log beside every change it makes.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import YearSummary
from app.services.common import fetch
from app.services.register import summary_in_session
from app.services.review_items import items_in_session
from app.services.review_outcome import outcome_of
from app.services.reviews import ReviewRow, review_row
from app.store import Store
from app.validation import Checker
from app.valuation import to_ore
from app.vocabulary import DecisionKind, MembershipStatus, ReviewStatus
from db import models as m

REOPENED = "reopened: "  # how the change log marks a reopening's changes


def end_year_on_leaving(review_year: int, held_on: dt.date | None, notice: int | None) -> int:
    """The last year of a membership the review decided to leave.

    Fees are paid by calendar year and notice given during a year usually ends
    the membership at the end of that year or the next, as the organisation's
    statutes say. Where the membership's notice period is known, the membership
    ends with the year in which the notice, counted from the day of the review,
    runs out (never before the review's year). Where it is not known we assume
    the cautious case: the membership (and its fee) runs one more year, to the
    end of the year after the review's.
    """
    if notice is None or held_on is None:
        return review_year + 1
    months = held_on.month - 1 + notice
    return max(review_year, held_on.year + months // 12)


def close_review(store: Store, review_id: int, *, version: int | None = None) -> ReviewRow:
    with store.uow() as session:
        review = fetch(session, m.Review, review_id, version=version)
        if review.status == ReviewStatus.CLOSED:
            raise ValidationError.one(
                "review", N_("app", "The review of {year} is already closed."), year=review.year
            )
        outcome = outcome_of(review.year, items_in_session(session, review.id, review.year))
        if outcome.undecided:
            raise ValidationError.one(
                "decision",
                N_("app", "{count} memberships have no decision yet. Decide them first."),
                count=len(outcome.undecided),
            )
        session.info["reason"] = f"closed the review of {review.year}"
        applied = _apply_decisions(session, review)
        session.flush()
        figures = {
            "year_summary": summary_in_session(session, review.year).as_dict(),
            "outcome": outcome.counts(),
            "applied": applied,
            "closed_by": store.actor,
        }
        # Money as exact decimal text ("1301256.84"), never a float.
        review.frozen_figures = json.dumps(figures, ensure_ascii=False, default=str)
        review.status = ReviewStatus.CLOSED.value
        review.closed_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        session.flush()
        return review_row(review)


def _apply_decisions(session: Session, review: m.Review) -> list[dict[str, Any]]:
    """Applies every decision; returns what changed, so reopening can undo it."""
    query = (
        select(m.Decision, m.Membership)
        .join(m.Membership, m.Membership.id == m.Decision.membership_id)
        .where(m.Decision.review_id == review.id)
    )
    applied = []
    for decision, membership in session.execute(query):
        before = _state(membership)
        if decision.decision == DecisionKind.LEAVE:
            end = end_year_on_leaving(review.year, review.held_on, membership.notice_months)
            membership.status = MembershipStatus.NOTICE_GIVEN.value
            membership.end_year = min(end, membership.end_year or end)
        elif decision.decision == DecisionKind.POSTPONE:
            membership.status = MembershipStatus.UNDER_REVIEW.value
        elif membership.status == MembershipStatus.UNDER_REVIEW:
            membership.status = MembershipStatus.ACTIVE.value
        after = _state(membership)
        if after != before:
            applied.append({"membership_id": membership.id, "before": before, "after": after})
    return applied


def _state(membership: m.Membership) -> dict[str, Any]:
    return {"status": membership.status, "end_year": membership.end_year}


def reopen_review(
    store: Store, review_id: int, reason: str, *, version: int | None = None
) -> ReviewRow:
    """Opens a closed review again; `reason` is required and kept in the change log."""
    check = Checker()
    reason = check.required("reason", reason, 250)
    check.done()
    with store.uow() as session:
        review = fetch(session, m.Review, review_id, version=version)
        if review.status != ReviewStatus.CLOSED:
            raise ValidationError.one(
                "review", N_("app", "The review of {year} is not closed."), year=review.year
            )
        session.info["reason"] = REOPENED + reason
        frozen = json.loads(review.frozen_figures or "{}")
        for change in frozen.get("applied", []):
            membership = session.get(m.Membership, change["membership_id"])
            # Undo only where nobody has changed the membership since the closing.
            if membership is not None and _state(membership) == change["after"]:
                membership.status = change["before"]["status"]
                membership.end_year = change["before"]["end_year"]
        review.status = ReviewStatus.OPEN.value
        review.closed_at = None
        review.frozen_figures = ""
        session.flush()
        return review_row(review)


@dataclass(frozen=True, slots=True)
class FrozenFigures:
    """What a closed review recorded about its year."""

    summary: YearSummary
    outcome: dict[str, Any]
    applied: tuple[dict[str, Any], ...]
    closed_by: str


def frozen_figures(store: Store, year: int) -> FrozenFigures | None:
    """The figures the review of `year` was closed on; None while it is open."""
    with store.uow() as session:
        review = session.scalar(select(m.Review).where(m.Review.year == year))
        if review is None or review.status != ReviewStatus.CLOSED or not review.frozen_figures:
            return None
        data = json.loads(review.frozen_figures)
    s = data["year_summary"]
    summary = YearSummary(
        year=s["year"], organisations=s["organisations"], networks=s["networks"],
        departments=s["departments"], memberships=s["memberships"],
        fees_sek=_decimal(s["fees_sek"]), positions=s.get("positions", 0),
        missing_rates=tuple(s.get("missing_rates", ())),
    )  # fmt: skip
    outcome = dict(data.get("outcome", {}))
    if "fees_saved_sek" in outcome:
        outcome["fees_saved_sek"] = _decimal(outcome["fees_saved_sek"])
    return FrozenFigures(
        summary, outcome, tuple(data.get("applied", ())), data.get("closed_by", "")
    )


def _decimal(value: str | float) -> Decimal:
    """Kept money: exact text since revision 0003 (a float before, migrated to text)."""
    return to_ore(value)


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """A closing or reopening of a review, from the change log."""

    at: dt.datetime  # UTC
    actor: str
    status: str  # the status it moved to
    reason: str


def review_events(store: Store, review_id: int) -> list[ReviewEvent]:
    """Every closing and reopening of the review, oldest first."""
    query = (
        select(m.ChangeLogEntry)
        .where(m.ChangeLogEntry.entity == "review", m.ChangeLogEntry.entity_id == review_id)
        .order_by(m.ChangeLogEntry.id)
    )
    events = []
    with store.uow() as session:
        for entry in session.scalars(query):
            status = json.loads(entry.changes or "{}").get("status")
            if entry.action == "update" and isinstance(status, list):
                reason = entry.summary.partition(" — ")[2].removeprefix(REOPENED)
                events.append(ReviewEvent(entry.at, entry.actor, status[1], reason))
    return events
