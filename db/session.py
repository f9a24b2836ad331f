"""Engines and sessions for SQLite files and PostgreSQL servers.

Every SQLite connection gets foreign keys on and a busy timeout, so a second
writer waits instead of failing at once. WAL is used only where the file is on
a local disk: SQLite's WAL does not work on network shares.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """The database cannot be used; the message says why in plain words."""


def sqlite_url(path: str | os.PathLike[str]) -> URL:
    return URL.create("sqlite+pysqlite", database=str(Path(path)))


def to_url(target: str | os.PathLike[str] | URL) -> URL:
    """A SQLAlchemy URL from a URL string or a path to a SQLite file."""
    if isinstance(target, URL):
        return target
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername == "postgresql":
            url = url.set(drivername="postgresql+psycopg")
        return url
    return sqlite_url(text)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def is_network_path(path: Path) -> bool:
    """True where the file lies on a network share (UNC path or a network mount)."""
    text = str(path.resolve()) if path.exists() else str(path.absolute())
    if text.startswith(("\\\\", "//")):
        return True
    return _mount_type(Path(text)) in {
        "nfs",
        "nfs4",
        "cifs",
        "smbfs",
        "smb3",
        "sshfs",
        "fuse.sshfs",
    }


def _mount_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, kind = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and str(path).startswith(parts[1]) and len(parts[1]) > len(best):
            best, kind = parts[1], parts[2]
    return kind


def make_engine(target: str | os.PathLike[str] | URL, *, echo: bool = False) -> Engine:
    url = to_url(target)
    if is_sqlite(url):
        path = sqlite_path(url)
        wal = path is not None and not is_network_path(path)
        engine = create_engine(url, echo=echo, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas(wal))
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_pragmas(wal: bool):
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain rows built after commit.
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)
