"""Administrations (förvaltningar) and city-owned companies (bolag)."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import DepartmentData, DepartmentRow, fields_of
from app.services.common import (
    create_record,
    fetch,
    name_key,
    name_taken,
    unique_name,
    update_record,
)
from app.services.deletion import delete_record
from app.store import Store
from app.validation import Checker
from app.vocabulary import DepartmentKind
from db import models as m


def list_departments(store: Store) -> list[DepartmentRow]:
    with store.uow() as session:
        counts = dict(
            session.execute(
                select(m.Membership.responsible_department_id, func.count()).group_by(
                    m.Membership.responsible_department_id
                )
            ).all()
        )
        records = session.scalars(
            select(m.Department).options(joinedload(m.Department.coordinator))
        ).all()
        return [_row(d, counts.get(d.id, 0)) for d in records]


def get_department(store: Store, department_id: int) -> DepartmentRow:
    with store.uow() as session:
        return _row(fetch(session, m.Department, department_id))


def find_department(store: Store, name: str) -> DepartmentRow | None:
    """By name or short name, ignoring case."""
    key = name_key(name)
    with store.uow() as session:
        record = session.scalar(
            select(m.Department).where(
                (m.Department.name_key == key) | (func.lower(m.Department.short_name) == key)
            )
        )
        return _row(record) if record else None


def create_department(store: Store, data: DepartmentData) -> DepartmentRow:
    return create_record(store, m.Department, data, _apply, _current)


def update_department(
    store: Store, department_id: int, data: DepartmentData, *, version: int | None = None
) -> DepartmentRow:
    return update_record(
        store, m.Department, department_id, data, _apply, _current, version=version
    )


def delete_department(store: Store, department_id: int, *, version: int | None = None) -> None:
    """What may be deleted, and what stands in the way, `app.services.deletion` says."""
    delete_record(store, "department", department_id, _current, version=version)


def check_department(
    check: Checker, data: DepartmentData, taken: Callable[[str], bool]
) -> DepartmentData:
    """The editor's rules for a department, shared with the import: every problem
    goes to `check`; `taken(name_key)` tells a name another record already has.
    Returns the data as it is saved (trimmed)."""
    name = unique_name(
        check, data.name, taken, N_("app", "A department named '{name}' already exists.")
    )
    return DepartmentData(
        name=name,
        short_name=check.optional("short_name", data.short_name, 40),
        kind=check.choice("kind", data.kind, DepartmentKind),
        coordinator_id=data.coordinator_id,
        strategy_year=check.year("strategy_year", data.strategy_year, required=False),
    )


def _apply(session: Session, record: m.Department, data: DepartmentData) -> None:
    check = Checker()
    clean = check_department(check, data, name_taken(session, m.Department, record.id))
    if data.coordinator_id is not None and session.get(m.Person, data.coordinator_id) is None:
        check.add("coordinator_id", N_("app", "The chosen coordinator no longer exists."))
    check.done()
    record.name, record.name_key, record.short_name = (
        clean.name,
        name_key(clean.name),
        clean.short_name,
    )
    record.kind, record.strategy_year = clean.kind, clean.strategy_year
    record.coordinator_id = clean.coordinator_id


def _current(_session: Session, record: m.Department) -> DepartmentRow:
    return _row(record)


def _row(record: m.Department, memberships: int = 0) -> DepartmentRow:
    coordinator = record.coordinator.name if record.coordinator else ""
    return fields_of(DepartmentRow, record, coordinator=coordinator, memberships=memberships)
