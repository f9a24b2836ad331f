"""Another program holding the register's lock: waited for a while, then refused, saying so.

Restore and migrations never wait in silence, and a locked register is called
busy, never damaged.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.backups import back_up, restore
from app.errors import DatabaseLockedError
from app.store import Store
from db.migrate import PG_MIGRATION_LOCK
from db.migrations import HEAD
from tests.support.cli import one_line_error, register_file, run_app
from tests.support.locks import lock_held
from tests.support.old_registers import first_revision


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return register_file(tmp_path / "register.db")


def test_a_locked_register_is_called_busy_not_damaged(
    tmp_path: Path, user_home: Path, register: Path
) -> None:
    with lock_held(register, "exclusive"):
        result = run_app("check", "--db", str(register), home=user_home)
    assert result.returncode == 2
    line = one_line_error(result)
    assert "busy" in line and "damaged" not in line
    assert run_app("check", "--db", str(register), home=user_home).returncode == 0


def test_restore_gives_up_on_a_held_write_lock_saying_so(tmp_path: Path, register: Path) -> None:
    folder = tmp_path / "backups"
    backup = back_up(register, folder)
    connection = sqlite3.connect(register)
    with connection:  # changed since the backup
        connection.execute("UPDATE organisation SET name = 'Changed ' || id")
    connection.close()
    before = names_in(register)
    with lock_held(register, "write"), pytest.raises(DatabaseLockedError) as caught:
        restore(register, backup.path, folder)
    assert "holds its write lock" in str(caught.value)
    assert names_in(register) == before  # neither replaced nor half restored
    restore(register, backup.path, folder)  # once the lock is gone, it works
    assert names_in(register) == names_in(backup.path) != before


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(name for (name,) in connection.execute("SELECT name FROM organisation"))
    finally:
        connection.close()


def test_a_migration_gives_up_on_a_held_write_lock_saying_so(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = first_revision(path)
    engine.dispose()
    with lock_held(path, "write"), pytest.raises(DatabaseLockedError) as caught:
        Store.open(path, backup_dir=tmp_path / "backups")
    assert "could not be brought up to date" in str(caught.value)
    assert "holds its write lock" in str(caught.value)
    store = Store.open(path, backup_dir=tmp_path / "backups")
    assert store.schema_state().revision == HEAD
    store.close()


@pytest.mark.postgres
def test_a_migration_on_postgres_gives_up_on_a_colleagues_migration_lock(postgres_server) -> None:
    url = postgres_server.fresh_url()
    engine = first_revision(url)
    engine.dispose()
    colleagues = create_engine(url)
    colleague = colleagues.connect()  # a colleague's program, migrating
    try:
        colleague.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_MIGRATION_LOCK})
        with pytest.raises(DatabaseLockedError) as caught:
            Store.open(url)
        assert "could not be brought up to date" in str(caught.value)
        colleague.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_MIGRATION_LOCK})
    finally:
        colleague.close()
        colleagues.dispose()
    store = Store.open(url)
    try:
        assert store.schema_state().revision == HEAD
        with store.engine.connect() as connection:  # the pool's connections wait as before
            assert connection.execute(text("SHOW lock_timeout")).scalar() == "0"
    finally:
        store.close()
