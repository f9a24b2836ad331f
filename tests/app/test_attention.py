"""Warnings where the review needs attention: no assessment, no primary contact, fee rise."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.rows import AssessmentData, FeeData
from app.services import assessments, memberships
from app.services.attention import needs_attention
from tests.support.builders import small_register


def test_each_concern_is_found_once(store) -> None:
    reg = small_register(store)
    assessments.save_assessment(store, AssessmentData(reg.eurocities_membership, 2007, rating=4))
    nss = memberships.get_membership(store, reg.nss_membership)
    fees = (FeeData(2006, Decimal("10000"), "SEK"), FeeData(2007, Decimal("12001"), "SEK"))
    memberships.update_membership(store, nss.id, replace(nss.data(), fees=fees, contacts=()))
    found = {(r.organisation, r.concern) for r in needs_attention(store, 2007)}
    assert found == {
        ("Nordens Större Städer", "no_assessment"),
        ("Nordens Större Städer", "no_primary_contact"),
        ("Nordens Större Städer", "fee_rise"),
    }
    rise = next(r for r in needs_attention(store, 2007) if r.concern == "fee_rise")
    assert rise.params["percent"] == 20 and rise.params["after"] == Decimal("12001")
    assert rise.text("en") == "The fee rose by 20 % from 10,000 to 12,001 SEK."


def test_a_rise_of_exactly_twenty_percent_or_a_new_rate_is_no_warning(store) -> None:
    reg = small_register(store)
    ec = memberships.get_membership(store, reg.eurocities_membership)
    fees = (FeeData(2006, Decimal("15000"), "EUR"), FeeData(2007, Decimal("18000"), "EUR"))
    memberships.update_membership(store, ec.id, replace(ec.data(), fees=fees))
    concerns = {r.concern for r in needs_attention(store, 2007) if r.membership_id == ec.id}
    assert concerns == {"no_assessment"}
    # A change of currency compares in SEK: 15 000 EUR in 2006 is 138 750 SEK.
    fees = (FeeData(2006, Decimal("15000"), "EUR"), FeeData(2007, Decimal("170000"), "SEK"))
    memberships.update_membership(store, ec.id, replace(ec.data(), fees=fees))
    rise = [r for r in needs_attention(store, 2007) if r.concern == "fee_rise"]
    assert [(r.membership_id, r.params["currency"]) for r in rise] == [(ec.id, "SEK")]
