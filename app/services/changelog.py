"""Reading the change log that every write records (see `db.audit`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from app.rows import ChangeLogRow
from app.store import Store
from db import models as m


def change_log(
    store: Store,
    *,
    entity: str | None = None,
    entity_id: int | None = None,
    actor: str | None = None,
    since: dt.datetime | None = None,
    limit: int = 5_000,
) -> list[ChangeLogRow]:
    """The newest entries first, filtered by record, person and date."""
    query = select(m.ChangeLogEntry).order_by(m.ChangeLogEntry.id.desc()).limit(limit)
    if entity is not None:
        query = query.where(m.ChangeLogEntry.entity == entity)
    if entity_id is not None:
        query = query.where(m.ChangeLogEntry.entity_id == entity_id)
    if actor is not None:
        query = query.where(m.ChangeLogEntry.actor == actor)
    if since is not None:
        query = query.where(m.ChangeLogEntry.at >= since)
    with store.uow() as session:
        return [
            ChangeLogRow(e.id, e.at, e.actor, e.entity, e.entity_id, e.action, e.summary, e.changes)
            for e in session.scalars(query)
        ]
