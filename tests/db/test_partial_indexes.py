"""The partial unique indexes the migrations create, on SQLite and PostgreSQL alike
(the models name only SQLite's predicate: see db/models.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, insert, update
from sqlalchemy.exc import IntegrityError

from db import models as m
from tests.support.builders import SmallRegister, small_register


def _membership(connection: Connection, reg: SmallRegister, end_year: int | None) -> None:
    connection.execute(
        insert(m.Membership.__table__).values(
            organisation_id=reg.eurocities, responsible_department_id=reg.slk,
            start_year=1995, end_year=end_year, status="ended", notes="", version=1,
        )
    )  # fmt: skip


def test_one_open_membership_per_organisation_and_department(store) -> None:
    reg = small_register(store)  # Eurocities under SLK is open
    with store.engine.begin() as connection:
        _membership(connection, reg, 1998)
        _membership(connection, reg, 1999)  # ended ones may repeat
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        _membership(connection, reg, None)


def test_one_primary_contact_per_membership(store) -> None:
    reg = small_register(store)  # Anna primary, Sara deputy for Eurocities
    contact = m.Contact.__table__
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(
            update(contact)
            .where(contact.c.membership_id == reg.eurocities_membership)
            .where(contact.c.person_id == reg.sara)
            .values(role="primary")
        )
    with store.engine.begin() as connection:  # other roles may repeat
        connection.execute(
            update(contact)
            .where(contact.c.membership_id == reg.eurocities_membership)
            .values(role="other")
        )
