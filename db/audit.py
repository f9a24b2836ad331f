"""The change log: every write through a session records who changed what.

An `after_flush` hook on the session factory turns each new, changed and
deleted record into a change-log row, so no service can forget to log. It runs
after the flush so new records have their ids, and writes with a Core insert
in the same transaction (no second flush). The actor is taken from
`session.info["actor"]`, set by the unit of work; a unit of work that has a
reason for its changes (reopening a closed review) puts it in
`session.info["reason"]` and it is written beside each entry's summary.

Rows deleted as orphans (a fee taken off a membership) are found only during
the flush, never in `session.deleted`; a mapper-level `after_delete` hook
notes every deleted row as it goes, so those are logged too.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, object_session, sessionmaker

from db import models

NOT_LOGGED = {"version", "name_key"}


DELETED = "audit_deleted"


def install(factory: sessionmaker[Session]) -> None:
    event.listen(factory, "after_flush", _record_changes)
    if not event.contains(models.Base, "after_delete", _note_deleted):
        event.listen(models.Base, "after_delete", _note_deleted, propagate=True)


def _note_deleted(_mapper: object, _connection: object, target: object) -> None:
    session = object_session(target)
    if session is not None and not isinstance(target, models.RegisterInfo):
        session.info.setdefault(DELETED, []).append((target, _all_values(target)))


def _record_changes(session: Session, _context: object) -> None:
    actor = session.info.get("actor", "unknown")
    reason = session.info.get("reason", "")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    entries: list[dict[str, Any]] = []
    for obj in session.new:
        if isinstance(obj, models.RegisterInfo):
            continue
        entries.append(_entry(obj, "create", actor, now, _all_values(obj), reason))
    for obj in session.dirty:
        changes = _changed_values(obj)
        if changes and session.is_modified(obj, include_collections=False):
            entries.append(_entry(obj, "update", actor, now, changes, reason))
    for obj, values in session.info.pop(DELETED, []):
        entries.append(_entry(obj, "delete", actor, now, values, reason))
    if entries:
        session.connection().execute(insert(models.ChangeLogEntry), entries)


def _entry(
    obj: object,
    action: str,
    actor: str,
    now: dt.datetime,
    changes: dict[str, Any],
    reason: str = "",
) -> dict[str, Any]:
    key = inspect(type(obj)).primary_key_from_instance(obj)
    entity_id = key[0] if len(key) == 1 else _owner_id(obj)
    if not isinstance(entity_id, int):
        entity_id = None  # a text key (register_info) does not fit the integer column
    return dict(
        at=now,
        actor=actor,
        entity=type(obj).__tablename__,  # type: ignore[attr-defined]
        entity_id=entity_id,
        action=action,
        summary=_summary(type(obj), lambda name: getattr(obj, name, None), reason),
        changes=json.dumps(changes, ensure_ascii=False, default=_plain),
    )


def record_inserts(session: Session, model: type, rows: list[dict[str, Any]]) -> None:
    """Logs rows written with a bulk Core insert, which no flush sees, as the hook would:
    an import of 50,000 memberships inserts its rows in bulk but still logs each one."""
    actor = session.info.get("actor", "unknown")
    reason = session.info.get("reason", "")
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    table = model.__tablename__  # type: ignore[attr-defined]
    entries = []
    for row in rows:
        values = {k: v for k, v in row.items() if v is not None and k not in NOT_LOGGED}
        entity_id = row.get("id") or row.get("membership_id") or row.get("organisation_id")
        summary = _summary(model, row.get, reason)
        entries.append(
            dict(at=now, actor=actor, entity=table, entity_id=entity_id, action="create",
                 summary=summary, changes=json.dumps(values, ensure_ascii=False, default=_plain))
        )  # fmt: skip
    if entries:
        session.connection().execute(insert(models.ChangeLogEntry), entries)


def _summary(model: type, value: Any, reason: str) -> str:
    return " — ".join(part for part in (_described(model, value), reason) if part)[:300]


def _owner_id(obj: object) -> int | None:
    """Link rows (participation, contact) are logged under their membership."""
    for name in ("membership_id", "organisation_id"):
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return getattr(obj, "id", None)


def _described(model: type, value: Any) -> str:
    """What a record is, in a few words: its name or title, else what it belongs to."""
    for name in ("name", "title", "theme"):
        text = value(name)
        if isinstance(text, str) and text:
            return text
    if issubclass(model, models.Fee | models.Assessment):
        return f"membership {value('membership_id')}, {value('year')}"
    if issubclass(model, models.Review):
        return f"review {value('year')}"
    return ""


def _columns(obj: object) -> list[str]:
    return [attr.key for attr in inspect(type(obj)).column_attrs if attr.key not in NOT_LOGGED]


def _all_values(obj: object) -> dict[str, Any]:
    return {key: getattr(obj, key) for key in _columns(obj) if getattr(obj, key) is not None}


def _changed_values(obj: object) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for key in _columns(obj):
        history = state.attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            # flag_modified (a membership whose fees alone changed) shows None -> "".
            if old != new and not (old in (None, "") and new in (None, "")):
                changes[key] = [old, new]
    return changes


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return str(value)
