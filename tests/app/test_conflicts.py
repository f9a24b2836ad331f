"""Two people on one record: the second save gets their version, never overwrites silently."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import event, update

from app.errors import ConflictError, NotFoundError
from app.rows import OrganisationData
from app.services import memberships, organisations
from app.store import Store
from db import models as m
from tests.support.builders import small_register


def test_a_stale_save_carries_their_current_row(store) -> None:
    created = organisations.create_organisation(store, OrganisationData("Eurocities"))
    theirs = organisations.update_organisation(
        store, created.id, replace(created.data(), acronym="EC"), version=created.version
    )
    with pytest.raises(ConflictError) as caught:
        organisations.update_organisation(
            store, created.id, replace(created.data(), country="BE"), version=created.version
        )
    assert caught.value.current == theirs
    assert (caught.value.entity, caught.value.record_id) == ("organisation", created.id)
    # Overwriting knowingly: save again on top of their version.
    mine = organisations.update_organisation(
        store, created.id, replace(theirs.data(), country="BE"), version=theirs.version
    )
    assert (mine.acronym, mine.country) == ("EC", "BE")


def test_a_membership_conflict_carries_their_whole_membership(store) -> None:
    reg = small_register(store)
    opened = memberships.get_membership(store, reg.eurocities_membership)
    theirs = memberships.update_membership(
        store, opened.id, replace(opened.data(), notes="their notes"), version=opened.version
    )
    with pytest.raises(ConflictError) as caught:
        memberships.delete_membership(store, opened.id, version=opened.version)
    assert caught.value.current == theirs
    assert caught.value.current.fees == opened.fees


def test_saving_a_record_someone_deleted_says_it_is_gone(store) -> None:
    created = organisations.create_organisation(store, OrganisationData("Eurocities"))
    organisations.delete_organisation(store, created.id)
    with pytest.raises(NotFoundError, match="no longer exists"):
        organisations.update_organisation(
            store, created.id, created.data(), version=created.version
        )


def test_a_save_racing_another_between_read_and_write(store) -> None:
    """The version check passed, then a colleague saved: the database's check catches it."""
    created = organisations.create_organisation(store, OrganisationData("Eurocities"))
    colleague = Store.open(store.url, actor="colleague")

    done: list[bool] = []

    def colleague_saves_first(_session, _context, _instances) -> None:
        if done:
            return
        done.append(True)
        with colleague.uow() as theirs:
            theirs.execute(
                update(m.Organisation)
                .where(m.Organisation.id == created.id)
                .values(acronym="THEIRS", version=m.Organisation.version + 1)
            )

    event.listen(store._sessions, "before_flush", colleague_saves_first)
    try:
        with pytest.raises(ConflictError) as caught:
            organisations.update_organisation(
                store, created.id, replace(created.data(), acronym="MINE"), version=created.version
            )
    finally:
        event.remove(store._sessions, "before_flush", colleague_saves_first)
        colleague.close()
    assert caught.value.current.acronym == "THEIRS"
    assert organisations.get_organisation(store, created.id).acronym == "THEIRS"
