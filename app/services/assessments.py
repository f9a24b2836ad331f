"""Assessments of added value (mervärde): one per membership and year."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.rows import AssessmentData, AssessmentRow
from app.services.common import fetch, keyed_at_version, saving_keyed
from app.services.frozen import refuse_if_frozen
from app.services.memberships import assessment_row
from app.store import Store
from app.validation import Checker
from app.vocabulary import Recommendation
from db import models as m


def assessment_for(store: Store, membership_id: int, year: int) -> AssessmentRow | None:
    """The membership's assessment of `year`, if it has one."""
    with store.uow() as session:
        query = (
            select(m.Assessment, m.Organisation.name)
            .join(m.Membership, m.Membership.id == m.Assessment.membership_id)
            .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
            .where(m.Assessment.membership_id == membership_id, m.Assessment.year == year)
        )
        found = session.execute(query).first()
        return assessment_row(found[0], found[1]) if found else None


def check_assessment(check: Checker, data: AssessmentData) -> None:
    """The editor's rules for an assessment, shared with the import."""
    check.year("year", data.year)
    check.rating("rating", data.rating)
    check.not_negative("meetings_attended", data.meetings_attended)
    check.not_negative("working_groups", data.working_groups)
    check.not_negative("positions_held", data.positions_held)
    check.amount("other_costs_sek", data.other_costs_sek)
    check.choice("recommendation", data.recommendation, Recommendation)
    check.optional("added_value", data.added_value, 20_000)
    check.optional("assessed_by", data.assessed_by)


def save_assessment(
    store: Store, data: AssessmentData, *, version: int | None = None
) -> AssessmentRow:
    """Creates the membership's assessment for the year, or updates it, at the
    `version` the user saw (None: they saw no assessment)."""
    check = Checker()
    check_assessment(check, data)
    check.done()
    key: dict[str, object] = {"membership_id": data.membership_id, "year": data.year}

    def save(session: Session) -> AssessmentRow:
        refuse_if_frozen(session, data.year, "year")
        fetch(session, m.Membership, data.membership_id)
        record = keyed_at_version(session, m.Assessment, key, version, _their_row)
        for name in (
            "added_value", "rating", "meetings_attended", "working_groups", "positions_held",
            "other_costs_sek", "recommendation", "assessed_by", "assessed_on",
        ):  # fmt: skip
            value = getattr(data, name)
            setattr(record, name, value.strip() if isinstance(value, str) else value)
        session.flush()
        return _their_row(session, record)

    return saving_keyed(store, m.Assessment, key, version, save, _their_row)


def _their_row(session: Session, record: m.Assessment) -> AssessmentRow:
    membership = session.get(m.Membership, record.membership_id)
    return assessment_row(record, membership.organisation.name)  # type: ignore[union-attr]
