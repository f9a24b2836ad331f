"""Planning and carrying out deletions of records chosen in a view."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import InUseError
from app.rows import OrganisationData, PersonData
from app.services import deletion, organisations, people, rates
from tests.support.builders import small_register


def test_membership_plan_counts_what_goes_with_it(store) -> None:
    reg = small_register(store)
    plan = deletion.plan_deletion(store, "membership", [reg.eurocities_membership])
    assert [i.name for i in plan.items] == ["Eurocities — Stadsledningskontoret"]
    assert plan.goes_with["fees"] == 3
    assert plan.goes_with["contacts"] == 2
    assert plan.goes_with["participations"] == 1
    assert plan.goes_with["assessments"] == 0
    assert plan.blocked == ()


def test_memberships_are_deleted_with_their_children(store) -> None:
    reg = small_register(store)
    ids = [reg.eurocities_membership, reg.ubc_membership]
    assert deletion.delete_records(store, "membership", ids) == 2
    assert deletion.plan_deletion(store, "membership", ids).items == ()
    # The organisations they referred to can now go.
    plan = deletion.plan_deletion(store, "organisation", [reg.eurocities, reg.ubc])
    assert plan.blocked == ()
    assert plan.goes_with["themes"] == 1


def test_referenced_organisation_is_blocked_and_nothing_is_deleted(store) -> None:
    reg = small_register(store)
    spare = organisations.create_organisation(store, OrganisationData("ICLEI")).id
    plan = deletion.plan_deletion(store, "organisation", [reg.eurocities, spare])
    assert [i.name for i in plan.deletable] == ["ICLEI"]
    assert plan.blocked[0].references == ("Stadsledningskontoret (2000–)",)
    with pytest.raises(InUseError):
        deletion.delete_records(store, "organisation", [reg.eurocities, spare])
    assert organisations.get_organisation(store, spare).name == "ICLEI"
    assert deletion.delete_records(store, "organisation", [spare]) == 1


def test_department_references_and_its_people(store) -> None:
    reg = small_register(store)
    plan = deletion.plan_deletion(store, "department", [reg.miljo, reg.slk])
    by_name = {i.name: i.references for i in plan.items}
    # Responsible for UBC and NSS, and a participant in Eurocities.
    assert by_name["Miljöförvaltningen"] == (
        "Eurocities",
        "Nordens Större Städer",
        "Union of Baltic Cities",
    )
    assert by_name["Stadsledningskontoret"] == ("Eurocities",)
    assert plan.detached["people"] == 1


def test_contact_person_can_be_marked_as_left_instead(store) -> None:
    reg = small_register(store)
    spare = people.create_person(store, PersonData("Per Holm")).id
    plan = deletion.plan_deletion(store, "person", [reg.anna, spare])
    assert [(i.name, i.references) for i in plan.items] == [
        ("Anna Berg", ("Eurocities",)),
        ("Per Holm", ()),
    ]
    assert deletion.mark_people_left(store, [reg.anna]) == 1
    anna = people.get_person(store, reg.anna)
    assert not anna.active and anna.version == 2
    assert deletion.delete_records(store, "person", [spare]) == 1


def test_unknown_kind_is_refused(store) -> None:
    with pytest.raises(ValueError):
        deletion.plan_deletion(store, "fee", [1])


def test_rate_table_values_fees_without_a_session(store) -> None:
    small_register(store)
    table = rates.rate_table(store)
    assert table.to_sek(Decimal("100"), "EUR", 2006) == Decimal("925.00")
    assert table.to_sek(Decimal("100"), "SEK", 2006) == Decimal("100.00")
    assert table.to_sek(Decimal("100"), "GBP", 2006) is None
