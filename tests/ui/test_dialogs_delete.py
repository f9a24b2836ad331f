"""Deleting with a confirmation that says what goes, and refusing what is still referred to."""

from __future__ import annotations

import pytest

from app.errors import NotFoundError
from app.rows import DepartmentData, OrganisationData, PersonData
from app.services import departments, memberships, organisations, people
from tests.support.builders import small_register
from ui.dialogs.delete import confirm_and_delete


def test_deleting_a_membership_says_what_goes_with_it(store, modal) -> None:
    reg = small_register(store)
    modal.answer("Delete")
    assert confirm_and_delete(None, store, "membership", [reg.eurocities_membership])
    assert modal.last.startswith("Delete the membership “Eurocities — Stadsledningskontoret”?")
    assert "With it go its 3 fees, 2 contacts and 1 participating department." in modal.last
    with pytest.raises(NotFoundError):
        memberships.get_membership(store, reg.eurocities_membership)


def test_cancelling_deletes_nothing(sqlite_store, reg, modal) -> None:
    modal.answer("Cancel")
    ids = [reg.eurocities_membership, reg.ubc_membership]
    assert not confirm_and_delete(None, sqlite_store, "membership", ids)
    assert modal.last.startswith("Delete these 2 memberships?")
    assert "With them go their 5 fees, 2 contacts and 1 participating department." in modal.last
    assert memberships.get_membership(sqlite_store, reg.ubc_membership).start_year == 2003


def test_a_referenced_organisation_is_refused_with_the_reason(store, modal) -> None:
    reg = small_register(store)
    modal.answer("OK")
    assert not confirm_and_delete(None, store, "organisation", [reg.eurocities])
    assert modal.last.startswith("“Eurocities” cannot be deleted: memberships still refer to it.")
    assert "Memberships referring to it: Stadsledningskontoret (2000–)" in modal.last
    assert "Delete those memberships first" in modal.last
    assert organisations.get_organisation(store, reg.eurocities).name == "Eurocities"


def test_the_rest_of_a_selection_can_still_go(sqlite_store, reg, modal) -> None:
    spare = organisations.create_organisation(
        sqlite_store, OrganisationData("ICLEI", themes=("climate", "energy"))
    ).id
    modal.answer("OK", "Delete")
    assert confirm_and_delete(None, sqlite_store, "organisation", [reg.eurocities, spare])
    assert modal.seen[0].startswith("“Eurocities” cannot be deleted")
    assert modal.seen[1].startswith("Delete the organisation “ICLEI”?")
    assert "With it go its 2 themes." in modal.seen[1]
    with pytest.raises(NotFoundError):
        organisations.get_organisation(sqlite_store, spare)


def test_a_contact_person_can_be_marked_as_having_left(sqlite_store, reg, modal) -> None:
    modal.answer("Mark as having left")
    assert confirm_and_delete(None, sqlite_store, "person", [reg.anna])
    assert modal.last.startswith("“Anna Berg” is a contact person and cannot be deleted.")
    assert "Contact person for: Eurocities" in modal.last
    anna = people.get_person(sqlite_store, reg.anna)
    assert not anna.active


def test_deleting_a_department_says_its_people_stay(sqlite_store, reg, modal) -> None:
    culture = departments.create_department(sqlite_store, DepartmentData("Kulturförvaltningen"))
    per = people.create_person(sqlite_store, PersonData("Per Holm", department_id=culture.id))
    modal.answer("Delete")
    assert confirm_and_delete(None, sqlite_store, "department", [culture.id])
    assert "1 person will no longer belong to a department (they stay)." in modal.last
    assert people.get_person(sqlite_store, per.id).department_id is None


def test_records_already_gone_are_said_to_be_gone(sqlite_store, modal) -> None:
    modal.answer("OK")
    assert confirm_and_delete(None, sqlite_store, "person", [404])
    assert "no longer exist" in modal.last
