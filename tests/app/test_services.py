"""Create, read, update and delete through the services, with the change log."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from app.errors import ConflictError, InUseError, NotFoundError
from app.rows import FeeData, OrganisationData, PersonData, PositionData
from app.services import changelog, deletion, memberships, organisations, people
from tests.support.builders import small_register


def test_organisation_round_trip(store) -> None:
    data = OrganisationData(
        "Union of Baltic Cities", "UBC", "organisation", "baltic", ("environment", "culture"),
        "https://ubc.net", "Poland", "Cities around the Baltic Sea",
    )  # fmt: skip
    created = organisations.create_organisation(store, data)
    assert organisations.get_organisation(store, created.id).data() == replace(
        data, themes=("culture", "environment")
    )
    assert organisations.find_organisation(store, "ubc").id == created.id
    assert organisations.find_organisation(store, "UNION of baltic cities").id == created.id


def test_update_moves_version_and_detects_conflicts(store) -> None:
    created = organisations.create_organisation(store, OrganisationData("Eurocities"))
    mine = organisations.update_organisation(
        store, created.id, replace(created.data(), acronym="EC"), version=created.version
    )
    assert mine.version == created.version + 1
    with pytest.raises(ConflictError):  # a second editor still holds the first version
        organisations.update_organisation(
            store, created.id, replace(created.data(), country="BE"), version=created.version
        )
    assert organisations.get_organisation(store, created.id).acronym == "EC"


def test_membership_children_are_saved_and_versioned(store) -> None:
    reg = small_register(store)
    detail = memberships.get_membership(store, reg.eurocities_membership)
    assert [c.name for c in detail.contacts] == ["Anna Berg", "Sara Nyström"]
    assert detail.participants == ("Miljöförvaltningen",)
    assert [f.sek for f in detail.fees] == [
        Decimal("139200.00"),
        Decimal("138750.00"),
        Decimal("138750.00"),
    ]
    fees = (*detail.data().fees, FeeData(2008, Decimal("15600"), "EUR"))
    data = replace(
        detail.data(), fees=fees, positions=(PositionData("Board member", 2007, "UCLG board"),)
    )
    saved = memberships.update_membership(store, detail.id, data, version=detail.version)
    assert saved.version == detail.version + 1
    assert [f.year for f in saved.fees] == [2005, 2006, 2007, 2008]
    # 2008 has no EUR rate yet: the latest earlier rate values it.
    assert saved.fees[-1].sek == Decimal("144300.00")
    assert saved.positions[0].title == "Board member"
    with pytest.raises(ConflictError):
        memberships.update_membership(store, detail.id, data, version=detail.version)


def test_delete_membership_takes_its_fees_and_contacts(store) -> None:
    reg = small_register(store)
    impact = deletion.plan_deletion(store, "membership", [reg.eurocities_membership]).goes_with
    assert impact["fees"] == 3 and impact["contacts"] == 2 and impact["participations"] == 1
    memberships.delete_membership(store, reg.eurocities_membership)
    with pytest.raises(NotFoundError):
        memberships.get_membership(store, reg.eurocities_membership)
    assert people.get_person(store, reg.anna).name == "Anna Berg"


def test_referenced_records_cannot_be_deleted_silently(store) -> None:
    reg = small_register(store)
    with pytest.raises(InUseError) as error:
        organisations.delete_organisation(store, reg.eurocities)
    assert "1 membership" in str(error.value)
    with pytest.raises(InUseError) as error:
        people.delete_person(store, reg.sara)
    assert set(error.value.references) == {"Eurocities", "Nordens Större Städer"}
    lonely = people.create_person(store, PersonData("Per Sjö"))
    people.delete_person(store, lonely.id)
    assert lonely.id not in {p.id for p in people.list_people(store)}


def test_every_write_is_in_the_change_log(store) -> None:
    created = organisations.create_organisation(store, OrganisationData("Metropolis"))
    organisations.update_organisation(store, created.id, replace(created.data(), acronym="M"))
    organisations.delete_organisation(store, created.id)
    entries = changelog.change_log(store, entity="organisation", entity_id=created.id)
    assert [e.action for e in entries] == ["delete", "update", "create"]
    assert {e.actor for e in entries} == {"tester"}
    assert '"acronym": ["", "M"]' in entries[1].changes


def test_lists_count_references(store) -> None:
    reg = small_register(store)
    by_id = {o.id: o for o in organisations.list_organisations(store)}
    assert by_id[reg.eurocities].memberships == 1
    person = {p.id: p for p in people.list_people(store)}[reg.sara]
    assert person.contact_for == 2 and person.department == "Miljöförvaltningen"
