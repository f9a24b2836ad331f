"""Small pieces the service modules share."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError

T = TypeVar("T")


def fetch(session: Session, model: type[T], record_id: int, *, version: int | None = None) -> T:
    """The record, or `NotFoundError`; `ConflictError` when its version moved on."""
    record = session.get(model, record_id)
    entity = model.__tablename__  # type: ignore[attr-defined]
    if record is None:
        raise NotFoundError(entity, record_id)
    if version is not None and record.version != version:  # type: ignore[attr-defined]
        raise ConflictError(entity, record_id)
    return record


def name_key(name: str) -> str:
    """The case- and space-insensitive key under which names must be unique."""
    return " ".join(name.split()).casefold()
