"""Two people on one register: a decision, an assessment or a rate saved by one is
never silently overwritten by the other (SQLite file and PostgreSQL alike)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.errors import ConflictError
from app.rows import AssessmentData, ExchangeRateData
from app.services import assessments, rates, reviews
from app.store import Store
from tests.support.builders import SmallRegister, small_register


@pytest.fixture
def colleague(store: Store) -> Iterator[Store]:
    """A second program on the same register, with its own connections."""
    theirs = Store.open(store.url, actor="colleague")
    yield theirs
    theirs.close()


@pytest.fixture
def reg(store: Store) -> SmallRegister:
    return small_register(store)


def _rate(store: Store, currency: str, year: int) -> rates.ExchangeRateRow | None:
    return next(
        (r for r in rates.list_rates(store) if (r.currency, r.year) == (currency, year)), None
    )


def _decision(store: Store, review_id: int, membership_id: int) -> reviews.DecisionRow | None:
    found = reviews.decisions_of_review(store, review_id)
    return next((d for d in found if d.membership_id == membership_id), None)


def test_a_decision_made_meanwhile_is_not_overwritten(store, colleague, reg) -> None:
    review = reviews.create_review(store, 2007)
    mine = _decision(store, review.id, reg.nss_membership)
    theirs_seen = _decision(colleague, review.id, reg.nss_membership)
    assert mine is None and theirs_seen is None
    saved = reviews.record_decision(store, review.id, reg.nss_membership, "keep", version=None)
    with pytest.raises(ConflictError) as caught:
        reviews.record_decision(colleague, review.id, reg.nss_membership, "leave", version=None)
    assert caught.value.current == saved
    assert _decision(colleague, review.id, reg.nss_membership) == saved


def test_a_changed_decision_is_not_overwritten(store, colleague, reg) -> None:
    review = reviews.create_review(store, 2007)
    first = reviews.record_decision(store, review.id, reg.nss_membership, "postpone")
    seen = _decision(colleague, review.id, reg.nss_membership)
    assert seen == first
    saved = reviews.record_decision(
        store, review.id, reg.nss_membership, "keep", "Worth it", version=first.version
    )
    with pytest.raises(ConflictError) as caught:
        reviews.record_decision(
            colleague, review.id, reg.nss_membership, "leave", version=seen.version
        )
    assert caught.value.current == saved
    assert _decision(store, review.id, reg.nss_membership) == saved
    with pytest.raises(ConflictError):  # nor taken back unseen
        reviews.clear_decision(colleague, review.id, reg.nss_membership, version=seen.version)
    assert _decision(store, review.id, reg.nss_membership) == saved


def test_an_assessment_created_meanwhile_is_not_overwritten(store, colleague, reg) -> None:
    assert assessments.assessment_for(store, reg.nss_membership, 2007) is None
    assert assessments.assessment_for(colleague, reg.nss_membership, 2007) is None
    saved = assessments.save_assessment(
        store, AssessmentData(reg.nss_membership, 2007, rating=4), version=None
    )
    with pytest.raises(ConflictError) as caught:
        assessments.save_assessment(
            colleague, AssessmentData(reg.nss_membership, 2007, rating=1), version=None
        )
    assert caught.value.current == saved
    assert assessments.assessment_for(colleague, reg.nss_membership, 2007) == saved


def test_a_changed_assessment_is_not_overwritten(store, colleague, reg) -> None:
    first = assessments.save_assessment(store, AssessmentData(reg.nss_membership, 2007, rating=3))
    mine = assessments.assessment_for(store, reg.nss_membership, 2007)
    seen = assessments.assessment_for(colleague, reg.nss_membership, 2007)
    assert mine == seen == first
    saved = assessments.save_assessment(
        store, AssessmentData(reg.nss_membership, 2007, rating=5), version=mine.version
    )
    with pytest.raises(ConflictError) as caught:
        assessments.save_assessment(
            colleague, AssessmentData(reg.nss_membership, 2007, rating=1), version=seen.version
        )
    assert caught.value.current == saved
    assert assessments.assessment_for(store, reg.nss_membership, 2007).rating == 5


def test_a_rate_created_meanwhile_is_not_overwritten(store, colleague, reg) -> None:
    assert _rate(store, "DKK", 2007) is None and _rate(colleague, "DKK", 2007) is None
    saved = rates.set_rate(store, ExchangeRateData("DKK", 2007, Decimal("1.24")), version=None)
    with pytest.raises(ConflictError) as caught:
        rates.set_rate(colleague, ExchangeRateData("DKK", 2007, Decimal("9.99")), version=None)
    assert caught.value.current == saved
    assert _rate(colleague, "DKK", 2007).rate_to_sek == Decimal("1.24")


def test_a_changed_rate_is_not_overwritten(store, colleague, reg) -> None:
    mine, seen = _rate(store, "EUR", 2007), _rate(colleague, "EUR", 2007)
    assert mine == seen and mine is not None
    saved = rates.set_rate(
        store, ExchangeRateData("EUR", 2007, Decimal("9.30")), version=mine.version
    )
    with pytest.raises(ConflictError) as caught:
        rates.set_rate(
            colleague, ExchangeRateData("EUR", 2007, Decimal("11")), version=seen.version
        )
    assert caught.value.current == saved
    assert _rate(store, "EUR", 2007).rate_to_sek == Decimal("9.30")


def test_a_rate_created_between_read_and_write(store, colleague, reg) -> None:
    """Both saw none and the check passed; the database's unique key catches the race."""
    done: list[bool] = []

    def colleague_saves_first(_session, _context, _instances) -> None:
        if not done:
            done.append(True)
            rates.set_rate(colleague, ExchangeRateData("DKK", 2007, Decimal("1.24")))

    event.listen(store._sessions, "before_flush", colleague_saves_first)
    try:
        with pytest.raises(ConflictError) as caught:
            rates.set_rate(store, ExchangeRateData("DKK", 2007, Decimal("9.99")), version=None)
    finally:
        event.remove(store._sessions, "before_flush", colleague_saves_first)
    assert caught.value.current.rate_to_sek == Decimal("1.24")
    assert _rate(store, "DKK", 2007).rate_to_sek == Decimal("1.24")
