"""Checking a database without changing it: is it ours, whole, and of which schema?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from db.errors import (
    DatabaseLockedError,
    MissingDatabaseError,
    NewerRegisterError,
    NotARegisterError,
    from_driver,
)
from db.migrate import check_sqlite_file, read_state
from db.migrations import HEAD
from db.session import make_engine, read_only_uri, sqlite_path, to_url


@dataclass
class HealthReport:
    where: str
    revision: str | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(target: str) -> HealthReport:
    """Raises `DatabaseError` when the target cannot be used at all."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            raise MissingDatabaseError(f"There is no database at {path}.")
        check_sqlite_file(path)
    engine = make_engine(url)
    try:
        return _inspect(engine, str(path) if path else url.render_as_string(hide_password=True))
    finally:
        engine.dispose()


def _inspect(engine: Engine, where: str) -> HealthReport:
    report = HealthReport(where)
    if engine.dialect.name == "sqlite":
        report.problems += sqlite_integrity(engine)
    state = read_state(engine)
    report.revision = state.revision
    if state.is_newer:
        raise NewerRegisterError(
            f"{where} was made by a newer version of Membership Register "
            f"(schema {state.revision}; this program knows up to {HEAD})."
        )
    if state.revision is None:
        if state.has_tables:
            raise NotARegisterError(f"{where} is not a membership register.")
        report.notes.append("The database is empty; the schema is created when it is opened.")
    elif not state.is_current:
        report.notes.append(
            f"Schema {state.revision} is older than {HEAD}; it is backed up and upgraded "
            "when the program opens it."
        )
    return report


def sqlite_integrity(engine: Engine) -> list[str]:
    problems: list[str] = []
    try:
        with engine.connect() as connection:
            for (line,) in connection.exec_driver_sql("PRAGMA integrity_check"):
                if line != "ok":
                    problems.append(f"integrity: {line}")
            for table, rowid, parent, _ in connection.exec_driver_sql("PRAGMA foreign_key_check"):
                problems.append(f"{table} row {rowid} refers to a missing {parent}")
    except Exception as exc:  # a damaged file fails in many ways; report, don't crash
        if isinstance(exc, DBAPIError | sqlite3.Error):
            error = from_driver(exc, str(engine.url.database))
            if isinstance(error, DatabaseLockedError):  # busy, not damaged
                raise error from exc
        detail = str(getattr(exc, "orig", exc)).splitlines()[0]
        raise NotARegisterError(f"{engine.url.database} is damaged: {detail}.") from exc
    return problems


def quick_check(path: Path) -> list[str]:
    """SQLite's quick integrity check of a register file, read-only: [] when whole.

    Run on every opening, so it is the quick variant (no index cross-checks);
    `check_database` runs the full one.
    """
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=10)
        try:
            return [line for (line,) in connection.execute("PRAGMA quick_check") if line != "ok"]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        error = from_driver(exc, str(path))
        if isinstance(error, DatabaseLockedError):
            raise error from exc
        return [str(exc)]
