"""The open register: one database, and a short session per user action.

Services take a `Store` and open `store.uow()` for the span of one action
(the button push, or the save of an edited record): it commits on success,
rolls back on any error and closes. Nothing outside the services ever holds a
session or an ORM object.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app.errors import ConflictError
from db import audit
from db.errors import MissingDatabaseError, NetworkShareError, from_driver
from db.migrate import SchemaState, prepare
from db.session import (
    is_network_path,
    make_engine,
    make_session_factory,
    sqlite_path,
    to_url,
)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in this environment
        return "unknown"


class Store:
    """A register database, opened and migrated, with its session factory."""

    def __init__(self, engine: Engine, *, actor: str | None = None) -> None:
        self.engine = engine
        self.actor = actor or default_actor()
        self._sessions: sessionmaker[Session] = make_session_factory(engine)
        audit.install(self._sessions)

    @classmethod
    def open(
        cls,
        target: str | os.PathLike[str] | URL,
        *,
        actor: str | None = None,
        backup_dir: Path | None = None,
        must_exist: bool = False,
        allow_network_share: bool = False,
    ) -> Store:
        """Open (creating or migrating as needed) the register at `target`.

        Raises `DatabaseError` with a plain message when it cannot be used. A
        register file on a network share raises `NetworkShareError` unless the
        user accepted the risk (`allow_network_share`); WAL is off there anyway.
        """
        url = to_url(target)
        path = sqlite_path(url)
        if path is not None:
            if must_exist and not path.exists():
                raise MissingDatabaseError(f"There is no database at {path}.")
            if not path.parent.exists():
                raise MissingDatabaseError(f"The folder {path.parent} does not exist.")
            if not allow_network_share and is_network_path(path):
                raise NetworkShareError(path)
        engine = make_engine(url)
        try:
            prepare(engine, backup_dir=backup_dir or _default_backup_dir(path))
        except Exception:
            engine.dispose()
            raise
        return cls(engine, actor=actor)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def describe(self) -> str:
        """Where the data lives, for the status bar and messages."""
        path = self.path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def schema_state(self) -> SchemaState:
        from db.migrate import read_state

        return read_state(self.engine)

    @contextmanager
    def uow(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on error."""
        session = self._sessions()
        session.info["actor"] = self.actor
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError("record", 0) from exc
        except OperationalError as exc:
            session.rollback()
            raise from_driver(exc, self.describe()) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _default_backup_dir(path: Path | None) -> Path | None:
    if path is None:
        return None
    from app.paths import backup_dir

    return backup_dir()
