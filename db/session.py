"""Engines and sessions for SQLite files and PostgreSQL servers.

Every SQLite connection gets foreign keys on and a busy timeout, so a second
writer waits instead of failing at once. WAL is used only where the file is on
a local disk: SQLite's WAL does not work on network shares.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from db.errors import DatabaseError

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: str | os.PathLike[str]) -> URL:
    return URL.create("sqlite+pysqlite", database=str(Path(path)))


# The databases the program runs on, each with the driver it ships with.
DRIVERS = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite+pysqlite",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}


def to_url(target: str | os.PathLike[str] | URL) -> URL:
    """A SQLAlchemy URL from a URL string or a path to a SQLite file.

    Raises `DatabaseError` for text that is no URL, or names a database the
    program does not run on (the URL itself is not repeated: it may hold a password).
    """
    if isinstance(target, URL):
        return target
    text = os.fspath(target)
    if "://" not in text:
        return sqlite_url(text)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(
            "The database URL cannot be read; write it as postgresql://user@host/name."
        ) from exc
    driver = DRIVERS.get(url.drivername)
    if driver is None:
        raise DatabaseError(
            f"A {url.drivername} database cannot hold the register; "
            "use PostgreSQL (postgresql://user@host/name) or a register file."
        )
    return url.set(drivername=driver)


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only, whatever characters the path holds.

    A plain f"file:{path}" breaks on '?', '#' or '%' in a folder name, and a
    path starting with two slashes (a UNC path) would be read as a host name.
    """
    text = str(path.absolute()).replace("\\", "/")
    if not text.startswith("/"):
        text = "/" + text  # C:/Users/... -> /C:/Users/...
    return "file://" + quote(text, safe="/:") + "?mode=ro"


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs", "davfs"}
)
MOUNTS_FILE = Path("/proc/mounts")


def is_network_path(path: Path, *, mounts_file: Path = MOUNTS_FILE) -> bool:
    """True where the file lies on a network share (UNC path or a network mount).

    `mounts_file` is the mount table to read (Linux); tests hand in their own.
    """
    raw = str(path)
    if raw.startswith(("\\\\", "//")):
        return True
    text = str(path.resolve()) if path.exists() else str(path.absolute())
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        return _is_remote_drive(text)
    return mount_type(Path(text), mounts_file) in NETWORK_FILESYSTEMS


def _is_remote_drive(text: str) -> bool:
    """A mapped network drive (Z:) on Windows."""
    import ctypes

    drive_remote = 4
    root = text[:3] if text[1:3] == ":\\" else None
    return root is not None and ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote


def mount_type(path: Path, mounts_file: Path = MOUNTS_FILE) -> str:
    """The file system type of the mount holding `path` ('' where unknown)."""
    try:
        mounts = mounts_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    best, kind = None, ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        # /proc/mounts writes a space in a mount point as \040.
        point = Path(parts[1].replace("\\040", " "))
        if (path == point or point in path.parents) and (
            best is None or len(point.parts) > len(best.parts)
        ):
            best, kind = point, parts[2]
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
