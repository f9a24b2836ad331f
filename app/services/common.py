"""Small pieces the service modules share."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import ConflictError, NotFoundError, RegisterError

if TYPE_CHECKING:
    from app.store import Store
    from app.validation import Checker

T = TypeVar("T")
R = TypeVar("R")
D = TypeVar("D")


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
    """The key under which names must be unique, comparing them as a person would:
    ignoring case, runs of spaces and how an accented letter is encoded (NFC)."""
    folded = unicodedata.normalize("NFC", name).casefold()
    return unicodedata.normalize("NFC", " ".join(folded.split()))


def unique_name(
    check: Checker, data_name: str, taken: Callable[[str], bool], taken_text: str
) -> str:
    """The required `name`, trimmed; `taken_text` (with {name}) where another record has it."""
    name = check.required("name", data_name)
    if name and taken(name_key(name)):
        check.add("name", taken_text, name=name)
    return name


def name_taken(session: Session, model: type, record_id: int | None) -> Callable[[str], bool]:
    """Whether a record of `model` other than `record_id` has the name key asked about."""

    def taken(key: str) -> bool:
        query = select(model.id).where(model.name_key == key, model.id != record_id)  # type: ignore[attr-defined]
        return session.scalar(query) is not None

    return taken


def showing_theirs(
    store: Store,
    model: type[T],
    record_id: int,
    row: Callable[[Session, T], Any],
    work: Callable[[], R],
) -> R:
    """`work()` for a service `(store, record_id, ...)`: a conflict carries their row.

    Whether the version check in `fetch` or the database's own (a save racing
    another) found the conflict, the editor gets the record as it now stands,
    built by `row`, to show beside the user's version; a record deleted
    meanwhile raises `NotFoundError`.
    """
    try:
        return work()
    except ConflictError as exc:
        if exc.current is not None:
            raise
        raise their_version(store, model, record_id, row) from exc


def create_record(
    store: Store,
    model: type[T],
    data: D,
    apply: Callable[[Session, T, D], None],
    row: Callable[[Session, T], R],
) -> R:
    """A new record of `model`, `data` applied (checked) by `apply`; its `row`."""
    with store.uow() as session:
        record = model()
        apply(session, record, data)
        session.add(record)  # type: ignore[arg-type]
        session.flush()
        return row(session, record)


def update_record(
    store: Store,
    model: type[T],
    record_id: int,
    data: D,
    apply: Callable[[Session, T, D], None],
    row: Callable[[Session, T], R],
    *,
    version: int | None = None,
) -> R:
    """The record saved at the `version` the editor shows; a conflict carries their row."""

    def save() -> R:
        with store.uow() as session:
            record = fetch(session, model, record_id, version=version)
            apply(session, record, data)
            session.flush()
            return row(session, record)

    return showing_theirs(store, model, record_id, row, save)


def keyed_at_version(
    session: Session,
    model: type[T],
    key: dict[str, object],
    version: int | None,
    row: Callable[[Session, T], Any],
) -> T:
    """The record of `model` with these key values, as the user saw it.

    `version` is the version the user's copy had; None means they saw no record,
    so one is added. `ConflictError` with their row when it moved on: changed,
    deleted, or created meanwhile.
    """
    record = _keyed(session, model, key)
    if record is None and version is None:
        record = model(**key)
        session.add(record)  # type: ignore[arg-type]
        return record
    if record is None or record.version != version:  # type: ignore[attr-defined]
        raise _keyed_conflict(session, model, record, row)
    return record


def saving_keyed(
    store: Store,
    model: type[T],
    key: dict[str, object],
    version: int | None,
    work: Callable[[Session], R],
    row: Callable[[Session, T], Any],
) -> R:
    """`work(session)` for a save through `keyed_at_version`; a conflict carries their row.

    The database's own checks find a save racing another: a second record with
    the same key (unique constraint) or a version changed after it was read.
    """
    try:
        with store.uow() as session:
            return work(session)
    except ConflictError as exc:
        if exc.current is not None:
            raise
        error: Exception = exc
    except IntegrityError as exc:
        error = exc
    with store.uow() as session:
        record = _keyed(session, model, key)
        if isinstance(error, IntegrityError) and (record is None or record.version == version):  # type: ignore[attr-defined]
            raise error  # not a race: another constraint refused the save
        raise _keyed_conflict(session, model, record, row) from error


def _keyed(session: Session, model: type[T], key: dict[str, object]) -> T | None:
    columns = [getattr(model, name) == value for name, value in key.items()]
    return session.scalar(select(model).where(*columns))


def _keyed_conflict(
    session: Session, model: type[T], record: T | None, row: Callable[[Session, T], Any]
) -> ConflictError:
    entity = model.__tablename__  # type: ignore[attr-defined]
    if record is None:  # deleted meanwhile: nothing of theirs to show
        return ConflictError(entity, 0)
    return ConflictError(entity, record.id, current=row(session, record))  # type: ignore[attr-defined]


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
