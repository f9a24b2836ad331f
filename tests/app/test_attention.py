"""The review's warnings (the attention list): no assessment, no primary contact, fee rise."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from app.rows import AssessmentData, FeeData
from app.services import assessments, memberships
from app.services.attention import Concern, attention_for_year, attention_list
from tests.support.builders import small_register


def test_each_concern_of_the_review_is_found(store) -> None:
    reg = small_register(store)
    assessments.save_assessment(store, AssessmentData(reg.eurocities_membership, 2007, rating=4))
    nss = memberships.get_membership(store, reg.nss_membership)
    fees = (FeeData(2006, Decimal("10000"), "SEK"), FeeData(2007, Decimal("12001"), "SEK"))
    memberships.update_membership(store, nss.id, replace(nss.data(), fees=fees, contacts=()))
    found = {(i.organisation, i.concern) for i in attention_list(store, 2007)}
    assert found == {
        ("Nordens Större Städer", Concern.NO_ASSESSMENT),
        ("Nordens Större Städer", Concern.NO_PRIMARY_CONTACT),
        ("Nordens Större Städer", Concern.FEE_UP),
    }
    rise = next(i for i in attention_list(store, 2007) if i.concern == Concern.FEE_UP)
    assert rise.text("en") == "Fee up 20 % on 2006"
    capped = attention_for_year(store, 2007, limit=1)
    assert capped.counts[Concern.FEE_UP] == 1 and capped.total == 3


def test_a_rise_of_exactly_twenty_percent_or_a_new_rate_is_no_warning(store) -> None:
    reg = small_register(store)
    ec = memberships.get_membership(store, reg.eurocities_membership)
    fees = (FeeData(2006, Decimal("15000"), "EUR"), FeeData(2007, Decimal("18000"), "EUR"))
    memberships.update_membership(store, ec.id, replace(ec.data(), fees=fees))
    concerns = {i.concern for i in attention_list(store, 2007) if i.membership_id == ec.id}
    assert concerns == {Concern.NO_ASSESSMENT}
    # A change of currency compares in SEK: 15 000 EUR in 2006 is 138 750 SEK.
    fees = (FeeData(2006, Decimal("15000"), "EUR"), FeeData(2007, Decimal("170000"), "SEK"))
    memberships.update_membership(store, ec.id, replace(ec.data(), fees=fees))
    rise = [i for i in attention_list(store, 2007) if i.concern == Concern.FEE_UP]
    assert [(i.membership_id, i.params["percent"]) for i in rise] == [(ec.id, 23)]
