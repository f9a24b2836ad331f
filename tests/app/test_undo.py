"""Undo: an edit put back, a deleted record created again, a creation removed."""

from __future__ import annotations

import dataclasses

import pytest

from app.errors import ConflictError, NotFoundError
from app.services import memberships, organisations, undo
from tests.support.builders import small_register


def test_an_edit_is_put_back(store) -> None:
    reg = small_register(store)
    before = undo.snapshot(store, "organisation", reg.eurocities)
    changed = dataclasses.replace(before.data, name="EUROCITIES network")
    saved = organisations.update_organisation(store, reg.eurocities, changed)
    undo.put_back(store, before, version=saved.version)
    assert organisations.get_organisation(store, reg.eurocities).name == "Eurocities"


def test_putting_back_refuses_where_someone_changed_it_since(store) -> None:
    reg = small_register(store)
    before = undo.snapshot(store, "organisation", reg.ubc)
    saved = organisations.update_organisation(
        store, reg.ubc, dataclasses.replace(before.data, acronym="U")
    )
    organisations.update_organisation(store, reg.ubc, dataclasses.replace(before.data, acronym="X"))
    with pytest.raises(ConflictError):
        undo.put_back(store, before, version=saved.version)


def test_a_deleted_membership_comes_back_with_fees_contacts_and_assessments(store) -> None:
    from app.rows import AssessmentData
    from app.services import assessments

    reg = small_register(store)
    assessments.save_assessment(
        store, AssessmentData(reg.eurocities_membership, 2007, "Good", 4, recommendation="keep")
    )
    before = undo.snapshot(store, "membership", reg.eurocities_membership)
    memberships.delete_membership(store, reg.eurocities_membership)
    new_id = undo.recreate(store, before)
    again = memberships.get_membership(store, new_id)
    assert again.data() == before.data
    assert [(a.year, a.rating, a.added_value) for a in again.assessments] == [(2007, 4, "Good")]


def test_a_creation_is_removed(store) -> None:
    from app.rows import OrganisationData

    created = organisations.create_organisation(store, OrganisationData("ICLEI"))
    undo.remove(store, "organisation", created.id, version=created.version)
    with pytest.raises(NotFoundError):
        undo.snapshot(store, "organisation", created.id)
