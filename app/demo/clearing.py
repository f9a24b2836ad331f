"""Emptying a register before the example replaces it, and logging both steps.

Everything but the change log goes: the log is the record of who replaced the
register and when, so it is kept and told about the deletion.
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from db import models

# The rows that make a register "not empty": anything a user would lose.
REGISTER_CONTENT: tuple[type[models.Base], ...] = (
    models.Organisation,
    models.Department,
    models.Person,
    models.Membership,
)
KEPT_TABLES = {models.ChangeLogEntry.__tablename__}


def holds_register(session: Session) -> bool:
    """True when the database holds any organisation, department, person or membership."""
    return any(
        session.scalar(select(func.count()).select_from(model)) for model in REGISTER_CONTENT
    )


def clear_register(session: Session) -> dict[str, int]:
    """Delete every register row except the change log; return rows deleted per table."""
    deleted: dict[str, int] = {}
    # Children before parents, so no foreign key is left pointing at a deleted row.
    for table in reversed(models.Base.metadata.sorted_tables):
        if table.name in KEPT_TABLES:
            continue
        count = session.execute(delete(table)).rowcount
        if count:
            deleted[table.name] = count
    return deleted


def log_register_event(
    session: Session, action: str, summary: str, details: dict[str, int]
) -> None:
    """One change-log entry for a whole-register step (bulk writes bypass the row hook)."""
    session.execute(
        insert(models.ChangeLogEntry).values(
            at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            actor=session.info.get("actor", "unknown"),
            entity="register",
            entity_id=None,
            action=action,
            summary=summary[:300],
            changes=json.dumps(details, ensure_ascii=False),
        )
    )
