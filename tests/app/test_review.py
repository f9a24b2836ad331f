"""The annual review at the app level: items, decisions, closing, freezing, reopening."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from app.errors import ValidationError
from app.rows import AssessmentData, FeeData, MembershipData, OrganisationData
from app.services import (
    assessments,
    changelog,
    deletion,
    memberships,
    organisations,
    register,
    reviews,
)
from app.services.attention import attention_list
from app.services.review_closing import (
    close_review,
    end_year_on_leaving,
    frozen_figures,
    reopen_review,
    review_events,
)
from app.services.review_items import (
    ItemFilter,
    SortKey,
    filter_items,
    progress,
    review_items,
    sort_items,
)
from app.services.review_outcome import review_outcome
from app.store import Store
from db import models as m
from tests.support.builders import SmallRegister, small_register


@contextmanager
def counted_queries(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def assess(store: Store, membership_id: int, year: int, **values: object) -> None:
    assessments.save_assessment(store, AssessmentData(membership_id, year, **values))


def test_review_items_show_everything_needed_to_decide(store) -> None:
    reg = small_register(store)
    assess(store, reg.eurocities_membership, 2006, rating=3, recommendation="keep")
    assess(
        store, reg.eurocities_membership, 2007, added_value="Peer learning on climate",
        rating=4, meetings_attended=3, working_groups=2, positions_held=1,
        other_costs_sek=Decimal("12000"), recommendation="keep", assessed_by="Anna",
    )  # fmt: skip
    old = reviews.create_review(store, 2006)
    reviews.record_decision(store, old.id, reg.eurocities_membership, "keep", "Worth it")
    review = reviews.create_review(store, 2007, held_on=dt.date(2008, 2, 12), participants="A, B")
    items = {i.membership_id: i for i in review_items(store, review.id)}
    assert set(items) == {reg.eurocities_membership, reg.nss_membership}  # UBC ended 2006
    ec = items[reg.eurocities_membership]
    assert (ec.organisation, ec.responsible_department) == ("Eurocities", "Stadsledningskontoret")
    assert ec.participants == ((reg.miljo, "Miljöförvaltningen"),)
    assert [(c.name, c.role) for c in ec.contacts] == [
        ("Anna Berg", "primary"), ("Sara Nyström", "deputy"),
    ]  # fmt: skip
    assert [f.year for f in ec.fees] == [2005, 2006, 2007]
    assert ec.fee_sek == Decimal("138750.00")
    assert ec.fee_change == Decimal(0)
    assert ec.cost_sek == Decimal("150750.00")
    assert ec.assessment.added_value == "Peer learning on climate" and ec.rating == 4
    assert [a.year for a in ec.earlier_assessments] == [2006]
    assert [(d.year, d.decision, d.rationale) for d in ec.earlier_decisions] == [
        (2006, "keep", "Worth it")
    ]
    assert not ec.decided and ec.primary_contact.name == "Anna Berg"
    assert items[reg.nss_membership].fee_sek is None


def test_review_items_take_the_same_queries_for_any_register_size(store) -> None:
    reg = small_register(store)
    review = reviews.create_review(store, 2007)
    with counted_queries(store) as few:
        review_items(store, review.id)
    with counted_queries(store) as few_warnings:
        attention_list(store, 2007)
    for n in range(25):
        org = organisations.create_organisation(store, OrganisationData(f"Network {n}")).id
        memberships.create_membership(
            store,
            MembershipData(org, reg.slk, 2001, fees=(FeeData(2007, Decimal(n), "EUR"),)),
        )
        assess(store, memberships.get_membership(store, reg.nss_membership).id, 2000 + n)
    with counted_queries(store) as many:
        items = review_items(store, review.id)
    with counted_queries(store) as many_warnings:
        warnings = attention_list(store, 2007)
    assert len(items) == 27 and len(warnings) > 25
    assert len(many) == len(few) == 9
    assert len(many_warnings) == len(few_warnings) <= 8


def test_filters_sorting_and_progress(store) -> None:
    reg = small_register(store)
    assess(store, reg.eurocities_membership, 2007, rating=2, recommendation="leave")
    assess(store, reg.nss_membership, 2007, rating=5, recommendation="keep")
    review = reviews.create_review(store, 2007)
    reviews.record_decision(store, review.id, reg.nss_membership, "keep")
    items = review_items(store, review.id)
    assert progress(items) == (1, 2)
    names = [i.organisation for i in filter_items(items, ItemFilter(undecided_only=True))]
    assert names == ["Eurocities"]
    by_miljo = filter_items(items, ItemFilter(department_id=reg.miljo))
    assert len(by_miljo) == 2  # responsible for NSS, takes part in Eurocities
    assert len(filter_items(items, ItemFilter(department_id=reg.slk))) == 1
    leave = filter_items(items, ItemFilter(recommendation="leave"))
    assert [i.organisation for i in leave] == ["Eurocities"]
    by_cost = sort_items(items, SortKey.COST, descending=True)
    assert by_cost[0].organisation == "Eurocities"
    by_rating = sort_items(items, SortKey.RATING)
    assert [i.rating for i in by_rating] == [2, 5]


def test_closing_applies_decisions_and_freezes_the_year(store) -> None:
    reg = small_register(store)
    review = reviews.create_review(store, 2007, held_on=dt.date(2008, 2, 12))
    reviews.record_decision(store, review.id, reg.eurocities_membership, "leave", "Too costly")
    with pytest.raises(ValidationError, match="1 memberships have no decision"):
        close_review(store, review.id)
    reviews.record_decision(store, review.id, reg.nss_membership, "postpone", "Ask MF")
    outcome = review_outcome(store, review.id)
    assert [line.organisation for line in outcome.left] == ["Eurocities"]
    assert outcome.fees_saved_sek == Decimal("138750.00")
    assert len(outcome.postponed) == 1 and outcome.undecided == ()
    figures_before = register.year_summary(store, 2007)
    closed = close_review(store, review.id)
    assert closed.closed and closed.closed_at is not None
    ec = memberships.get_membership(store, reg.eurocities_membership)
    assert (ec.status, ec.end_year) == ("notice_given", 2008)
    assert memberships.get_membership(store, reg.nss_membership).status == "under_review"
    frozen = frozen_figures(store, 2007)
    assert frozen.summary == replace(figures_before, missing_rates=())
    assert frozen.outcome["left"] == 1 and frozen.outcome["fees_saved_sek"] == Decimal("138750.00")
    kept = _kept_figures(store, 2007)
    # Kept as exact decimal text, never a JSON number read back as a float.
    assert kept["year_summary"]["fees_sek"] == str(figures_before.fees_sek)
    assert kept["outcome"]["fees_saved_sek"] == "138750.00"
    assert register.year_summary(store, 2007) == figures_before  # leaving ends after 2008
    assert {r.id for r in register.memberships_for_year(store, 2009)} == {reg.nss_membership}


def _kept_figures(store: Store, year: int) -> dict:
    """The closed review's figures as stored, not as `frozen_figures` reads them."""
    with store.uow() as session:
        return json.loads(
            session.scalar(select(m.Review.frozen_figures).where(m.Review.year == year))
        )


def test_a_closed_year_refuses_edits_with_a_plain_message(store) -> None:
    reg = small_register(store)
    assess(store, reg.nss_membership, 2007, rating=3)
    review = reviews.create_review(store, 2007)
    for membership_id in (reg.eurocities_membership, reg.nss_membership):
        reviews.record_decision(store, review.id, membership_id, "keep")
    close_review(store, review.id)
    with pytest.raises(ValidationError, match="review of 2007 is closed"):
        assess(store, reg.nss_membership, 2007, rating=1)
    with pytest.raises(ValidationError, match="is closed"):
        reviews.record_decision(store, review.id, reg.nss_membership, "leave")
    ec = memberships.get_membership(store, reg.eurocities_membership)
    raised = tuple(
        replace(f, amount=Decimal("99")) if f.year == 2007 else f for f in ec.data().fees
    )
    with pytest.raises(ValidationError, match="figures of 2007 can no longer be changed"):
        memberships.update_membership(store, ec.id, replace(ec.data(), fees=raised))
    with pytest.raises(ValidationError, match="cannot be deleted"):
        memberships.delete_membership(store, ec.id)
    with pytest.raises(ValidationError, match="cannot be deleted"):  # from a view, the same rule
        deletion.delete_records(store, "membership", [reg.nss_membership, ec.id])
    assert memberships.get_membership(store, reg.nss_membership).id == reg.nss_membership
    # Other years, and the membership's other fields, stay editable.
    fees = (*ec.data().fees, FeeData(2008, Decimal("16000"), "EUR"))
    saved = memberships.update_membership(store, ec.id, replace(ec.data(), fees=fees, notes="x"))
    assert [f.year for f in saved.fees] == [2005, 2006, 2007, 2008]
    assess(store, reg.nss_membership, 2008, rating=2)


def test_reopening_needs_a_reason_undoes_the_closing_and_is_logged(store) -> None:
    reg = small_register(store)
    review = reviews.create_review(store, 2007)
    reviews.record_decision(store, review.id, reg.eurocities_membership, "leave")
    reviews.record_decision(store, review.id, reg.nss_membership, "keep")
    close_review(store, review.id)
    with pytest.raises(ValidationError):
        reopen_review(store, review.id, "  ")
    reopened = reopen_review(store, review.id, "The board wants Eurocities kept")
    assert not reopened.closed and frozen_figures(store, 2007) is None
    ec = memberships.get_membership(store, reg.eurocities_membership)
    assert (ec.status, ec.end_year) == ("active", None)
    events = review_events(store, review.id)
    assert [(e.status, e.reason) for e in events] == [
        ("closed", "closed the review of 2007"),
        ("open", "The board wants Eurocities kept"),
    ]
    logged = changelog.change_log(store, entity="membership", entity_id=ec.id)
    assert "reopened: The board wants Eurocities kept" in logged[0].summary
    assess(store, reg.nss_membership, 2007, rating=3)  # the year is no longer frozen


def test_end_year_follows_the_notice_period() -> None:
    assert end_year_on_leaving(2007, dt.date(2008, 2, 12), None) == 2008
    assert end_year_on_leaving(2007, None, 6) == 2008
    assert end_year_on_leaving(2007, dt.date(2007, 11, 20), 0) == 2007
    assert end_year_on_leaving(2007, dt.date(2007, 11, 20), 3) == 2008
    assert end_year_on_leaving(2007, dt.date(2008, 2, 12), 12) == 2009


def test_reviews_are_one_per_year_and_closed_ones_cannot_be_deleted(store) -> None:
    reg: SmallRegister = small_register(store)
    review = reviews.create_review(store, 2007, participants="Anna")
    with pytest.raises(ValidationError, match="already a review of 2007"):
        reviews.create_review(store, 2007)
    updated = reviews.update_review(
        store, review.id, held_on=dt.date(2008, 1, 30), participants="Anna, Sara"
    )
    assert updated.participants == "Anna, Sara"
    for membership_id in (reg.eurocities_membership, reg.nss_membership):
        kept = reviews.record_decision(store, review.id, membership_id, "keep")
    reviews.clear_decision(store, review.id, reg.nss_membership, version=kept.version)
    assert progress(review_items(store, review.id)) == (1, 2)
    reviews.record_decision(store, review.id, reg.nss_membership, "keep")
    close_review(store, review.id)
    with pytest.raises(ValidationError, match="is closed"):
        reviews.delete_review(store, review.id)
