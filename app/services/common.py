"""Small pieces the service modules share."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, RegisterError

if TYPE_CHECKING:
    from app.store import Store

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


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


def name_taken(session: Session, model: type, record_id: int | None) -> Callable[[str], bool]:
    """Whether a record of `model` other than `record_id` has the name key asked about."""

    def taken(key: str) -> bool:
        query = select(model.id).where(model.name_key == key, model.id != record_id)  # type: ignore[attr-defined]
        return session.scalar(query) is not None

    return taken


def shows_theirs(
    model: type[T], row: Callable[[Session, T], object]
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """For a service `(store, record_id, ...)`: a conflict carries their current row.

    Whether the version check in `fetch` or the database's own (a save racing
    another) found the conflict, the editor gets the record as it now stands,
    built by `row`, to show beside the user's version; a record deleted
    meanwhile raises `NotFoundError`.
    """

    def decorate(service: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(service)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return service(*args, **kwargs)
            except ConflictError as exc:
                if exc.current is not None:
                    raise
                store, record_id = args[0], args[1]
                raise their_version(store, model, record_id, row) from exc  # type: ignore[arg-type]

        return run

    return decorate


def their_version(
    store: Store, model: type[T], record_id: int, row: Callable[[Session, T], Any]
) -> RegisterError:
    """The error to raise when a save lost: their row, or the record is gone."""
    entity = model.__tablename__  # type: ignore[attr-defined]
    with store.uow() as session:
        record = session.get(model, record_id)
        if record is None:
            return NotFoundError(entity, record_id)
        return ConflictError(entity, record_id, current=row(session, record))
