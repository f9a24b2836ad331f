"""Facts about the register itself: whether it is empty, whether it is example data."""

from __future__ import annotations

from sqlalchemy import exists, select

from app.store import Store
from db import models as m

__all__ = ["EXAMPLE_DATA_KEY", "is_empty", "is_example_data"]

# RegisterInfo key: "true" while the register is the example one. Kept here, not in
# app.demo, so the window's start-up need not import the example register's code.
EXAMPLE_DATA_KEY = "example_data"


def is_example_data(store: Store) -> bool:
    """True where the register was built as example data (fictional fees and people)."""
    with store.uow() as session:
        value = session.scalar(
            select(m.RegisterInfo.value).where(m.RegisterInfo.key == EXAMPLE_DATA_KEY)
        )
    return (value or "").strip().lower() == "true"


def is_empty(store: Store) -> bool:
    """True before anything has been entered: no organisation, department, person."""
    with store.uow() as session:
        return not any(
            session.scalar(select(exists().where(column.isnot(None))))
            for column in (m.Organisation.id, m.Department.id, m.Person.id, m.Membership.id)
        )
