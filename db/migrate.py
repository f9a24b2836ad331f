"""Opening a database: check what it is, back it up, bring its schema up to date.

Start-up reads the schema revision with one plain query and imports Alembic
only when there is something to migrate, which keeps start-up fast.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from db.errors import (
    DatabaseError,
    DatabaseLockedError,
    NewerRegisterError,
    NotARegisterError,
    from_driver,
)
from db.migrations import HEAD, REVISIONS
from db.session import BUSY_TIMEOUT_MS, read_only_uri, sqlite_path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_MAGIC = b"SQLite format 3\x00"
# Any constant will do: it serialises migrations between users starting at once.
PG_MIGRATION_LOCK = 4_711_2008


@dataclass(frozen=True, slots=True)
class SchemaState:
    revision: str | None  # None: no Alembic version table
    has_tables: bool

    @property
    def is_current(self) -> bool:
        return self.revision == HEAD

    @property
    def is_newer(self) -> bool:
        return self.revision is not None and self.revision not in REVISIONS


ANOTHER = "Open the register's own file, or name a file that does not exist yet for a new one."


def check_sqlite_file(path: Path) -> None:
    """Refuse, in plain words, a path that is not a usable SQLite file.

    Only a path where no file is yet becomes a new register: an empty file is
    someone's (SQLite would take it for an empty database, and a later export
    to that name would overwrite it)."""
    if path.is_dir():
        raise NotARegisterError(f"{path} is a folder, not a database file.")
    if not path.exists():
        return  # a new register is made there
    if path.stat().st_size == 0:  # e.g. a file the user made, or one of another program's
        raise NotARegisterError(f"{path} is an empty file, not a register database. {ANOTHER}")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror}.") from exc
    if header != SQLITE_MAGIC:
        raise NotARegisterError(
            f"{path} is not a register database (it is not an SQLite file). {ANOTHER}"
        )


def schema_state(connection: Connection) -> SchemaState:
    names = set(inspect(connection).get_table_names())
    if "alembic_version" not in names:
        return SchemaState(None, bool(names))
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SchemaState(revision, True)


def read_state(engine: Engine) -> SchemaState:
    try:
        with engine.connect() as connection:
            return schema_state(connection)
    except DBAPIError as exc:
        raise from_driver(exc, _where(engine)) from exc


def _where(engine: Engine) -> str:
    return str(sqlite_path(engine.url) or engine.url.render_as_string(hide_password=True))


def prepare(
    engine: Engine,
    *,
    backup_dir: Path | None = None,
    on_backup: Callable[[Path], None] | None = None,
) -> SchemaState:
    """Make the database ready for this program, or raise `DatabaseError`.

    A new database gets the whole schema; an older one is backed up (SQLite)
    and migrated; a newer one, or a foreign one, is refused untouched.
    """
    path = sqlite_path(engine.url)
    if path is not None:
        check_sqlite_file(path)
    state = read_state(engine)
    if state.is_current:
        return state
    if state.is_newer:
        raise NewerRegisterError(
            f"This database was made by a newer version of Membership Register "
            f"(schema {state.revision}; this program knows up to {HEAD}). "
            "Install the newer version to open it."
        )
    if state.revision is None and state.has_tables:
        raise NotARegisterError(
            "This database holds tables that are not a membership register. "
            "Choose another file or an empty one."
        )
    if path is not None and state.revision is not None and backup_dir is not None:
        copy = backup_sqlite(path, backup_dir, reason=f"before-migration-from-{state.revision}")
        if on_backup:
            on_backup(copy)
    try:
        upgrade(engine)
    except (DBAPIError, sqlite3.Error) as exc:  # e.g. a full disk: rolled back whole
        error = from_driver(exc, _where(engine))
        if isinstance(error, DatabaseLockedError):
            raise DatabaseLockedError(
                f"{_where(engine)} could not be brought up to date: another program or "
                "colleague holds its write lock. Close the other programs using it, or wait, "
                "and open it again; nothing was changed.",
                error.detail,
            ) from exc
        raise error from exc
    return read_state(engine)


def backup_sqlite(path: Path, backup_dir: Path, *, reason: str) -> Path:
    """A consistent copy made with SQLite's online backup API, named by time and reason."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{stamp}-{reason}.db"
    counter = 1
    while target.exists():  # two backups within one second
        counter += 1
        target = backup_dir / f"{path.stem}-{stamp}-{reason}-{counter}.db"
    copy_database(path, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copies with the backup API into a temporary file, then renames it into place.

    A crash or a full disk leaves either the old target or the whole new copy,
    never a half-written file.
    """
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        reader = sqlite3.connect(read_only_uri(source), uri=True)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
        _flush_to_disk(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _flush_to_disk(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to `revision` on this engine's database.

    On SQLite the whole upgrade is one transaction: the driver would otherwise
    commit each DDL statement on its own, and a crash between two of them
    would leave a schema that is neither the old revision nor the new one.
    """
    from alembic import command  # heavy: imported only when migrating

    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            _upgrade_sqlite(connection, revision)
            return
        # A lock held elsewhere (a colleague migrating, a table in use) is waited
        # for as long as SQLite's busy timeout, then refused: never waited on in silence.
        connection.execute(text(f"SET lock_timeout = {BUSY_TIMEOUT_MS}"))
        try:
            connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_MIGRATION_LOCK})
            connection.commit()
            try:
                # Alembic reads the revision again under the lock: a colleague who
                # migrated meanwhile leaves nothing to do.
                command.upgrade(alembic_config(connection), revision)
                connection.commit()
            finally:
                connection.rollback()  # a failed upgrade leaves its transaction aborted
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_MIGRATION_LOCK})
                connection.commit()
        finally:
            connection.rollback()
            connection.execute(text("RESET lock_timeout"))  # the pooled connection goes on
            connection.commit()


def _upgrade_sqlite(connection: Connection, revision: str) -> None:
    from alembic import command

    driver = connection.connection.dbapi_connection
    assert isinstance(driver, sqlite3.Connection)
    # A batch table rebuild with foreign keys on can cascade-delete rows.
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    connection.commit()
    legacy = driver.isolation_level
    driver.isolation_level = None  # we say BEGIN and COMMIT ourselves
    try:
        driver.execute("BEGIN IMMEDIATE")  # also keeps a second program from migrating
        try:
            command.upgrade(alembic_config(connection), revision)  # commits at its end
        finally:
            if driver.in_transaction:  # Alembic failed before committing
                driver.execute("ROLLBACK")
    finally:
        driver.isolation_level = legacy
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def alembic_config(connection: Connection | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Paths may hold spaces (C:\Program Files): never split them as lists.
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config
