"""The drivers' errors become the `DatabaseError` type that names their cause.

Each cause is produced for real (a second connection holding the lock, a
read-only file or transaction, a damaged file); only the refused password is
built from psycopg's own error class, as no trusting test server refuses one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg.errors
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from db.errors import (
    DatabaseError,
    DatabaseLockedError,
    NotARegisterError,
    PasswordRefusedError,
    ReadOnlyDatabaseError,
    from_driver,
)
from db.migrate import prepare
from db.session import make_engine


def sqlite_error(run) -> sqlite3.Error:
    with pytest.raises(sqlite3.Error) as caught:
        run()
    return caught.value


def test_a_register_another_connection_writes_to_is_locked(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0)
    try:
        error = from_driver(sqlite_error(lambda: other.execute("SELECT * FROM t")), "r.db")
    finally:
        other.close()
        holder.close()
    assert type(error) is DatabaseLockedError
    assert "r.db" in str(error) and "Wait a moment" in str(error)


def test_a_read_only_file_and_a_damaged_one(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        error = from_driver(sqlite_error(lambda: reader.execute("INSERT INTO t VALUES (1)")), "r")
    finally:
        reader.close()
    assert type(error) is ReadOnlyDatabaseError
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 300)
    damaged = sqlite3.connect(junk)
    try:
        error = from_driver(sqlite_error(lambda: damaged.execute("SELECT * FROM t")), "junk")
    finally:
        damaged.close()
    assert type(error) is NotARegisterError


def test_an_unexplained_failure_keeps_the_drivers_words(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "r.db")
    try:
        error = from_driver(sqlite_error(lambda: connection.execute("SELECT * FROM nowhere")), "r")
    finally:
        connection.close()
    assert type(error) is DatabaseError and "no such table: nowhere" in str(error)


def test_opening_a_locked_register_raises_the_locked_type(tmp_path: Path) -> None:
    """Through the program's own path: `prepare` reading a file whose writer holds the lock."""
    path = tmp_path / "r.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
    try:
        with pytest.raises(DatabaseLockedError):
            prepare(engine)
    finally:
        engine.dispose()
        holder.close()


def test_a_refused_password_by_its_sqlstate_and_by_libpqs_words() -> None:
    refused = psycopg.errors.InvalidPassword('password authentication failed for user "anna"')
    error = from_driver(OperationalError("connect", {}, refused), "anna@db:5432/register")
    assert type(error) is PasswordRefusedError
    # libpq gives no SQLSTATE when it has no password to send.
    unsent = psycopg.OperationalError("connection failed: fe_sendauth: no password supplied")
    assert type(from_driver(OperationalError("connect", {}, unsent), "db")) is PasswordRefusedError


@pytest.mark.postgres
def test_postgres_lock_timeouts_and_read_only_transactions(postgres_server) -> None:
    engine = make_engine(postgres_server.fresh_url())
    try:
        with engine.begin() as setup:
            setup.execute(text("CREATE TABLE t (x int)"))
        with engine.connect() as holder, engine.connect() as waiter:
            holder.execute(text("LOCK TABLE t IN ACCESS EXCLUSIVE MODE"))
            waiter.execute(text("SET lock_timeout = '50ms'"))
            with pytest.raises(DBAPIError) as caught:
                waiter.execute(text("SELECT * FROM t"))
            assert type(from_driver(caught.value, "server")) is DatabaseLockedError
            holder.rollback()
        with engine.connect() as reader:
            reader.execute(text("SET TRANSACTION READ ONLY"))
            with pytest.raises(DBAPIError) as caught:
                reader.execute(text("INSERT INTO t VALUES (1)"))
            assert type(from_driver(caught.value, "server")) is ReadOnlyDatabaseError
    finally:
        engine.dispose()
