"""Why a database cannot be used, as exception types, and the driver's errors turned into them.

The drivers say what went wrong in codes (SQLite's result codes, PostgreSQL's
SQLSTATE) and, for a connection libpq could not make, only in words.
`from_driver` reads them here, once, so everyone above tells the causes apart
by type: a busy database, a full disk, a read-only file, a refused password.
The messages are plain English for the log and the command line; the window
adds its advice by type (`ui.opening.explain_unusable`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError


class DatabaseError(Exception):
    """The database cannot be used; the message says why in plain words.

    `detail` is the driver's own first line, where a driver's error was the cause.
    """

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


class NetworkShareError(DatabaseError):
    """A SQLite file on a network share: unsafe for shared use, refused unless accepted."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"The register {path} lies on a network share. A register file there can be "
            "damaged when two people use it at once, because file locking over the network "
            "is unreliable. For shared use, connect to the database server instead "
            "(Database connection…); to keep using the file, copy it to your own disk."
        )


class DatabaseLockedError(DatabaseError):
    """Another program or colleague holds the database's write lock."""


class DiskFullError(DatabaseError):
    """The disk holding the database has no room left; nothing was written."""


class ReadOnlyDatabaseError(DatabaseError):
    """The database may be read but not written (file permissions, a read-only server)."""


class PasswordRefusedError(DatabaseError):
    """The database server wants a password that was not given, or refused the one given."""


class UnknownServerError(DatabaseError):
    """No computer of the server's name can be found."""


class ServerUnreachableError(DatabaseError):
    """No database server answers at the address (refused, timed out, no route)."""


class NotARegisterError(DatabaseError):
    """The file or database is damaged, not SQLite, or holds something else."""


class NewerRegisterError(DatabaseError):
    """The register was made by a newer version of the program: left untouched."""


class MissingDatabaseError(DatabaseError):
    """There is no database where one was looked for (no file, no folder, no database)."""


def _messages(where: str, detail: str) -> dict[type[DatabaseError], str]:
    return {
        DatabaseLockedError: f"The database {where} is busy: another program or colleague is "
        "writing to it. Wait a moment and try again.",
        DiskFullError: f"The disk holding {where} is full: the change was not saved, and "
        "nothing saved before is lost. Free some space and try again.",
        ReadOnlyDatabaseError: f"The database {where} is read-only. Check the file's permissions.",
        PasswordRefusedError: f"The server {where} refused the connection: {detail}.",
        UnknownServerError: f"There is no server for {where}: {detail}.",
        ServerUnreachableError: f"No database server answers for {where}: {detail}.",
        MissingDatabaseError: f"There is no database {where}: {detail}.",
        NotARegisterError: f"{where} is damaged or not a register database ({detail}).",
        DatabaseError: f"The database {where} could not be used: {detail}.",
    }


_SQLITE = {
    sqlite3.SQLITE_BUSY: DatabaseLockedError,
    sqlite3.SQLITE_LOCKED: DatabaseLockedError,
    sqlite3.SQLITE_FULL: DiskFullError,
    sqlite3.SQLITE_READONLY: ReadOnlyDatabaseError,
    sqlite3.SQLITE_NOTADB: NotARegisterError,
    sqlite3.SQLITE_CORRUPT: NotARegisterError,
}
_SQLSTATE = {
    "55P03": DatabaseLockedError,  # lock_not_available
    "40P01": DatabaseLockedError,  # deadlock_detected
    "53100": DiskFullError,  # disk_full
    "25006": ReadOnlyDatabaseError,  # read_only_sql_transaction
    "28P01": PasswordRefusedError,  # invalid_password
    "3D000": MissingDatabaseError,  # invalid_catalog_name
}
# libpq fails to connect before any SQLSTATE exists: its words are all there is.
_LIBPQ_WORDS: list[tuple[tuple[str, ...], type[DatabaseError]]] = [  # each: all its words
    (("password authentication failed",), PasswordRefusedError),
    (("no password supplied",), PasswordRefusedError),
    (("could not translate host name",), UnknownServerError),
    (("name or service not known",), UnknownServerError),
    (('database "', "does not exist"), MissingDatabaseError),
    (("connection refused",), ServerUnreachableError),
    (("timeout expired",), ServerUnreachableError),
    (("timed out",), ServerUnreachableError),
    (("no route to host",), ServerUnreachableError),
]


def from_driver(exc: DBAPIError | sqlite3.Error, where: str) -> DatabaseError:
    """The driver's error as the `DatabaseError` subclass that names its cause."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    detail = _first_line(orig if orig is not None else exc)
    kind = _kind(orig, detail)
    return kind(_messages(where, detail)[kind], detail)


def _kind(orig: BaseException | None, detail: str) -> type[DatabaseError]:
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return _SQLITE.get(code & 0xFF, DatabaseError)  # extended codes keep it in the low byte
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate in _SQLSTATE:
        return _SQLSTATE[sqlstate]
    low = detail.lower()
    return next(
        (kind for words, kind in _LIBPQ_WORDS if all(word in low for word in words)),
        DatabaseError,
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
