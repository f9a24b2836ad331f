"""Assessments of added value (mervärde): one per membership and year."""

from __future__ import annotations

from sqlalchemy import select

from app.errors import ConflictError
from app.rows import AssessmentData, AssessmentRow
from app.services.common import fetch, found_or_new
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
    """Creates the membership's assessment for the year, or updates it."""
    check = Checker()
    check_assessment(check, data)
    check.done()
    with store.uow() as session:
        refuse_if_frozen(session, data.year, "year")
        membership = fetch(session, m.Membership, data.membership_id)
        record = found_or_new(
            session, m.Assessment, membership_id=data.membership_id, year=data.year
        )
        if record.id is not None and version is not None and record.version != version:
            current = assessment_row(record, membership.organisation.name)
            raise ConflictError("assessment", record.id, current=current)
        for name in (
            "added_value", "rating", "meetings_attended", "working_groups", "positions_held",
            "other_costs_sek", "recommendation", "assessed_by", "assessed_on",
        ):  # fmt: skip
            value = getattr(data, name)
            setattr(record, name, value.strip() if isinstance(value, str) else value)
        session.flush()
        return assessment_row(record, membership.organisation.name)
