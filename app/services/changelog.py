"""Reading the change log that every write records (see `db.audit`).

Entries are stored with UTC times; the filters here take the user's local
dates. `register_stamp` is the cheap question a window asks every few
seconds: has anyone written to the register since I last looked?
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from app.rows import ChangeLogRow
from app.services.change_text import field_changes, record_names
from app.store import Store
from db import models as m

# Records logged with their own id that belong to a membership or organisation.
MEMBERSHIP_PARTS = {"fee": m.Fee, "position": m.Position, "assessment": m.Assessment}
# Link records logged under their owner's id (see db.audit._owner_id).
OWNED_LINKS = {"membership": ("participation", "contact"), "organisation": ("organisation_theme",)}
# Plain rows rather than ORM records: thousands of entries are read at once.
ENTRY_COLUMNS = tuple(m.ChangeLogEntry.__table__.columns)
# Transactions commit out of id order on PostgreSQL; a late one lands within this window.
STAMP_WINDOW = 1_000


@dataclass(frozen=True, slots=True)
class ChangeLogFilter:
    """What the change log view asks for; every part optional."""

    entity: str | None = None
    entity_id: int | None = None
    actor: str | None = None
    first_day: dt.date | None = None  # the user's local dates, both included
    last_day: dt.date | None = None
    text: str = ""  # part of the record's name
    limit: int = 5_000


def change_log(
    store: Store,
    wanted: ChangeLogFilter | None = None,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    actor: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 5_000,
) -> list[ChangeLogRow]:
    """The newest entries first, filtered by record, person and date."""
    wanted = wanted or ChangeLogFilter(entity, entity_id, actor, limit=limit)
    query = _filtered(select(*ENTRY_COLUMNS), wanted)
    if since is not None:
        query = query.where(m.ChangeLogEntry.at >= since)
    with store.uow() as session:
        return _rows(session, session.execute(query).all())


def record_history(store: Store, entity: str, entity_id: int) -> list[ChangeLogRow]:
    """Everything that happened to one record, its fees, contacts and the like included."""
    with store.uow() as session:
        condition = _record_condition(session, entity, entity_id)
        query = select(*ENTRY_COLUMNS).where(condition).order_by(m.ChangeLogEntry.id.desc())
        return _rows(session, session.execute(query).all())


def actors(store: Store) -> list[str]:
    """Everyone who has changed the register, for the person filter."""
    with store.uow() as session:
        query = select(m.ChangeLogEntry.actor).distinct().order_by(m.ChangeLogEntry.actor)
        return list(session.scalars(query))


def actors_since(store: Store, after_id: int) -> set[str]:
    """Who wrote the entries after `after_id`: was it someone else?"""
    entry = m.ChangeLogEntry
    query = select(entry.actor).where(entry.id > after_id).distinct()
    with store.uow() as session:
        return set(session.scalars(query))


def register_stamp(store: Store) -> tuple[int, int]:
    """Changes whenever anyone writes to the register; one indexed query.

    The newest change-log id alone would miss a transaction that took its id
    before a colleague's and committed after it (PostgreSQL); the number of
    entries near the top catches that one too.
    """
    entry = m.ChangeLogEntry
    top = select(func.coalesce(func.max(entry.id), 0)).scalar_subquery()
    query = select(top, func.count(entry.id)).where(entry.id > top - STAMP_WINDOW)
    with store.uow() as session:
        newest, recent = session.execute(query).one()
    return int(newest), int(recent)


def _filtered(query: Select, wanted: ChangeLogFilter) -> Select:
    entry = m.ChangeLogEntry
    if wanted.entity is not None:
        query = query.where(entry.entity == wanted.entity)
    if wanted.entity_id is not None:
        query = query.where(entry.entity_id == wanted.entity_id)
    if wanted.actor is not None:
        query = query.where(entry.actor == wanted.actor)
    if wanted.first_day is not None:
        query = query.where(entry.at >= _utc_start(wanted.first_day))
    if wanted.last_day is not None:
        query = query.where(entry.at < _utc_start(wanted.last_day + dt.timedelta(days=1)))
    if wanted.text.strip():
        pattern = f"%{wanted.text.strip().casefold()}%"
        query = query.where(func.lower(entry.summary).like(pattern))
    return query.order_by(entry.id.desc()).limit(wanted.limit)


def _utc_start(day: dt.date) -> dt.datetime:
    """Local midnight of `day` as the naive UTC time the log stores."""
    local = dt.datetime.combine(day, dt.time.min).astimezone()
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def _record_condition(session: Session, entity: str, entity_id: int) -> ColumnElement[bool]:
    entry = m.ChangeLogEntry
    parts: list[ColumnElement[bool]] = [
        and_(entry.entity == entity, entry.entity_id == entity_id),
        and_(entry.entity.in_(OWNED_LINKS.get(entity, ())), entry.entity_id == entity_id),
    ]
    if entity == "membership":
        for name, model in MEMBERSHIP_PARTS.items():
            current = select(model.id).where(model.membership_id == entity_id)
            owner = [f'%"membership_id": {entity_id},%', f'%"membership_id": {entity_id}}}%']
            parts.append(
                and_(
                    entry.entity == name,
                    or_(entry.entity_id.in_(current), *(entry.changes.like(o) for o in owner)),
                )
            )
    return or_(*parts)


def _rows(session: Session, entries: Sequence[Any]) -> list[ChangeLogRow]:
    names = record_names(session, entries)
    return [
        ChangeLogRow(
            e.id,
            e.at,
            e.actor,
            e.entity,
            e.entity_id,
            e.action,
            e.summary,
            e.changes,
            record=names.record(e),
            fields=field_changes(e.changes, names, e.entity),
        )
        for e in entries
    ]
