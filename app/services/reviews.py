"""The annual review: a session per year, and a decision per membership."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.services.common import fetch, keyed_at_version, saving_keyed
from app.store import Store
from app.validation import Checker
from app.vocabulary import DecisionKind, ReviewStatus
from db import models as m


@dataclass(frozen=True, slots=True)
class ReviewRow:
    id: int
    version: int
    year: int
    held_on: dt.date | None
    participants: str
    status: str
    closed_at: dt.datetime | None
    decisions: int

    @property
    def closed(self) -> bool:
        return self.status == ReviewStatus.CLOSED


@dataclass(frozen=True, slots=True)
class DecisionRow:
    id: int
    version: int
    review_id: int
    membership_id: int
    decision: str
    rationale: str
    decided_by: str


def review_for_year(store: Store, year: int) -> ReviewRow | None:
    with store.uow() as session:
        record = session.scalar(select(m.Review).where(m.Review.year == year))
        return review_row(record) if record else None


def create_review(
    store: Store, year: int, *, held_on: dt.date | None = None, participants: str = ""
) -> ReviewRow:
    check = Checker()
    check.year("year", year)
    check.optional("participants", participants, 5_000)
    check.done()
    with store.uow() as session:
        if session.scalar(select(m.Review.id).where(m.Review.year == year)) is not None:
            raise ValidationError.one(
                "year", N_("app", "There is already a review of {year}."), year=year
            )
        record = m.Review(year=year, held_on=held_on, participants=participants.strip())
        session.add(record)
        session.flush()
        return review_row(record)


def update_review(
    store: Store,
    review_id: int,
    *,
    held_on: dt.date | None,
    participants: str,
    version: int | None = None,
) -> ReviewRow:
    """Changes the date and participants of an open review."""
    check = Checker()
    check.optional("participants", participants, 5_000)
    check.done()
    with store.uow() as session:
        record = fetch(session, m.Review, review_id, version=version)
        _refuse_closed(record, "participants")
        record.held_on, record.participants = held_on, participants.strip()
        session.flush()
        return review_row(record)


def check_decision(check: Checker, decision: str, rationale: str) -> None:
    """The editor's rules for a review decision, shared with the import."""
    check.choice("decision", decision, DecisionKind)
    check.optional("rationale", rationale, 20_000)


def record_decision(
    store: Store,
    review_id: int,
    membership_id: int,
    decision: str,
    rationale: str = "",
    *,
    decided_by: str = "",
    version: int | None = None,
) -> DecisionRow:
    """Records the membership's decision at the `version` the user saw (None: they
    saw no decision)."""
    check = Checker()
    check_decision(check, decision, rationale)
    check.done()
    key: dict[str, object] = {"review_id": review_id, "membership_id": membership_id}

    def save(session: Session) -> DecisionRow:
        _refuse_closed(fetch(session, m.Review, review_id), "decision")
        fetch(session, m.Membership, membership_id)
        record = keyed_at_version(session, m.Decision, key, version, _their_row)
        record.decision, record.rationale = decision, rationale.strip()
        record.decided_by = decided_by or store.actor
        session.flush()
        return decision_row(record)

    return saving_keyed(store, m.Decision, key, version, save, _their_row)


def clear_decision(
    store: Store, review_id: int, membership_id: int, *, version: int | None = None
) -> None:
    """Takes back a membership's decision, leaving it undecided; `version` is the
    decision's as the user saw it (None: they saw none, so nothing to take back)."""
    key: dict[str, object] = {"review_id": review_id, "membership_id": membership_id}

    def clear(session: Session) -> None:
        _refuse_closed(fetch(session, m.Review, review_id), "decision")
        record = keyed_at_version(session, m.Decision, key, version, _their_row)
        if record.id is None:
            session.expunge(record)  # they saw none, and there is none
        else:
            session.delete(record)

    saving_keyed(store, m.Decision, key, version, clear, _their_row)


def _their_row(_session: Session, record: m.Decision) -> DecisionRow:
    return decision_row(record)


def decisions_of_review(store: Store, review_id: int) -> list[DecisionRow]:
    with store.uow() as session:
        return [decision_row(d) for d in fetch(session, m.Review, review_id).decisions]


def delete_review(store: Store, review_id: int) -> None:
    with store.uow() as session:
        record = fetch(session, m.Review, review_id)
        _refuse_closed(record, "review")
        session.delete(record)


def _refuse_closed(review: m.Review, field: str) -> None:
    if review.status == ReviewStatus.CLOSED:
        raise ValidationError.one(
            field,
            N_("app", "The review of {year} is closed. Reopen it to change it."),
            year=review.year,
        )


def review_row(record: m.Review) -> ReviewRow:
    return ReviewRow(
        record.id, record.version, record.year, record.held_on, record.participants,
        record.status, record.closed_at, len(record.decisions),
    )  # fmt: skip


def decision_row(record: m.Decision) -> DecisionRow:
    return DecisionRow(
        record.id, record.version, record.review_id, record.membership_id,
        record.decision, record.rationale, record.decided_by,
    )  # fmt: skip
