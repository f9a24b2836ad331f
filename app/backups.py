"""Backups of a register file: made with SQLite's backup API, kept in a rotating set.

A backup is a whole, consistent copy written to a temporary name and then
renamed (`db.migrate.copy_database`): a crash or a full disk never leaves a
half-written backup. Backups live in the user's backup folder and are named
`<register>-<YYYYmmdd-HHMMSS>-<reason>.db`, so the folder lists them in order:

- `daily`: made at start-up, at most once a day;
- `manual`: "Back up now";
- `before-restore`: the register as it was before a restore replaced it;
- `before-migration-from-<revision>`: made by `db.migrate.prepare`.

Restoring checks the backup first, backs up the current file, then copies
the backup into the register with the backup API, inside SQLite's own
transaction: the register is the old one or the restored one, never a mix.
"""

from __future__ import annotations

import datetime as dt
import errno
import re
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import (
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    MissingDatabaseError,
    NotARegisterError,
)
from db.errors import from_driver
from db.migrate import backup_sqlite, check_sqlite_file, copy_database
from db.migrations import REVISIONS
from db.session import BUSY_TIMEOUT_MS, read_only_uri

NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*?)(?:-(?P<n>\d{1,3}))?\.db$"
)
DAILY, MANUAL, BEFORE_RESTORE, DAMAGED = "daily", "manual", "before-restore", "damaged"
MIGRATION_PREFIX = "before-migration"


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    """How many backups of each kind to keep; None keeps them all."""

    daily: int | None = 7
    manual: int | None = 10
    before_restore: int | None = 5
    before_migration: int | None = None  # few and precious: kept

    def keep(self, reason: str) -> int | None:
        if reason.startswith(MIGRATION_PREFIX):
            return self.before_migration
        return {DAILY: self.daily, MANUAL: self.manual, BEFORE_RESTORE: self.before_restore}.get(
            reason
        )


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime  # local time
    reason: str
    size: int

    @property
    def is_before_migration(self) -> bool:
        return self.reason.startswith(MIGRATION_PREFIX)


def list_backups(register: Path, folder: Path) -> list[BackupInfo]:
    """The backups of this register (by file name), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{register.stem}-*.db"):
        match = NAME.match(path.name)
        if match is None or match["stem"] != register.stem:
            continue
        made_at = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        found.append(BackupInfo(path, made_at, match["reason"], path.stat().st_size))
    return sorted(found, key=lambda b: (b.made_at, b.path.stat().st_mtime_ns), reverse=True)


def back_up(register: Path, folder: Path, reason: str = MANUAL, policy: BackupPolicy | None = None
            ) -> BackupInfo:  # fmt: skip
    """A backup now; then the oldest of its kind beyond what the policy keeps go."""
    if not register.exists():
        raise MissingDatabaseError(f"There is no database at {register} to back up.")
    try:
        path = backup_sqlite(register, folder, reason=reason)
    except (sqlite3.Error, OSError) as exc:
        raise _backup_failed(register, folder, exc) from exc
    rotate(register, folder, policy or BackupPolicy())
    return next(b for b in list_backups(register, folder) if b.path == path)


def _backup_failed(register: Path, folder: Path, exc: sqlite3.Error | OSError) -> DatabaseError:
    if isinstance(exc, OSError):
        full = exc.errno == errno.ENOSPC
    else:
        full = isinstance(from_driver(exc, str(folder)), DiskFullError)
    if full:
        return DiskFullError(
            f"No backup was made: the disk holding {folder} is full. "
            "Free some space there and back up again; the register itself is unchanged.",
        )
    return DatabaseError(f"{register} could not be backed up to {folder}: {exc}.")


def daily_backup(
    register: Path,
    folder: Path,
    policy: BackupPolicy | None = None,
    *,
    today: dt.date | None = None,
) -> BackupInfo | None:
    """The start-up backup: made unless one of this register was made today."""
    if not register.exists() or register.stat().st_size == 0:
        return None
    today = today or dt.date.today()
    if any(b.made_at.date() == today for b in list_backups(register, folder)):
        return None
    return back_up(register, folder, DAILY, policy)


def rotate(register: Path, folder: Path, policy: BackupPolicy) -> list[Path]:
    """Removes the oldest backups of each kind beyond the policy's count."""
    by_kind: dict[str, list[BackupInfo]] = {}
    for backup in list_backups(register, folder):
        kind = MIGRATION_PREFIX if backup.is_before_migration else backup.reason
        by_kind.setdefault(kind, []).append(backup)
    removed = []
    for kind, backups in by_kind.items():
        keep = policy.keep(kind)
        for old in backups[keep:] if keep is not None else []:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    # What a backup interrupted by a crash left behind (never listed as a backup).
    stale = time.time() - 3600
    for partial in folder.glob(f".{register.stem}-*.partial"):
        if partial.stat().st_mtime < stale:
            partial.unlink(missing_ok=True)
            removed.append(partial)
    return removed


def check_backup(path: Path) -> str:
    """The backup's schema revision, or `DatabaseError` when it is damaged or not a register."""
    check_sqlite_file(path)
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            problems = [r for (r,) in connection.execute("PRAGMA integrity_check") if r != "ok"]
            tables = {n for (n,) in connection.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.Error as exc:
        if isinstance(from_driver(exc, str(path)), DatabaseLockedError):
            raise _locked(path) from exc  # busy, not damaged
        raise NotARegisterError(f"The backup {path.name} is damaged: {exc}.") from exc
    if problems:
        raise NotARegisterError(f"The backup {path.name} is damaged: {problems[0]}.")
    if revision is None or revision[0] not in REVISIONS:
        raise NotARegisterError(f"{path.name} is not a backup of a register this program can open.")
    return str(revision[0])


def latest_good_backup(register: Path, folder: Path) -> BackupInfo | None:
    """The newest backup that passes its integrity check."""
    for backup in list_backups(register, folder):
        try:
            check_backup(backup.path)
        except DatabaseError:
            continue
        return backup
    return None


def restore(register: Path, backup: Path, folder: Path, policy: BackupPolicy | None = None
            ) -> Path:  # fmt: skip
    """Replaces the register with a checked backup; returns the copy of what it replaced.

    Close every connection to the register first (`Store.close()`).
    """
    check_backup(backup)
    saved = _save_current(register, folder)
    try:
        _copy_into(backup, register)
    except sqlite3.DatabaseError:
        # The register is too damaged to write into: put a whole copy in its place.
        _replace_file(backup, register)
    rotate(register, folder, policy or BackupPolicy())
    return saved


def _save_current(register: Path, folder: Path) -> Path:
    """A copy of the register before it is replaced; a damaged one is copied byte for byte."""
    try:
        check_backup(register)
        return backup_sqlite(register, folder, reason=BEFORE_RESTORE)
    except DatabaseLockedError:
        raise
    except (DatabaseError, sqlite3.Error):
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = folder / f"{register.stem}-{stamp}-{DAMAGED}.db"
        shutil.copy2(register, target)
        wal = register.with_name(register.name + "-wal")  # may hold its latest changes
        if wal.exists():
            shutil.copy2(wal, target.with_name(target.name + "-wal"))
        return target


def _copy_into(backup: Path, register: Path) -> None:
    source = sqlite3.connect(read_only_uri(backup), uri=True)
    try:
        target = sqlite3.connect(register, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(target, progress=_give_up_when_busy(register))
            problems = [r for (r,) in target.execute("PRAGMA quick_check") if r != "ok"]
        finally:
            target.close()
    finally:
        source.close()
    if problems:
        raise sqlite3.DatabaseError(problems[0])


def _give_up_when_busy(register: Path) -> Callable[[int, int, int], None]:
    """Python's backup retries a locked target for ever: after the busy timeout, stop."""

    def on_step(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            raise _locked(register)

    return on_step


def _locked(register: Path) -> DatabaseLockedError:
    return DatabaseLockedError(
        f"{register} is locked: another program or colleague holds its write lock. "
        "Close the other programs using it and try again; the register is unchanged."
    )


def _replace_file(backup: Path, register: Path) -> None:
    partial = register.with_name(f".{register.name}.restoring")
    copy_database(backup, partial)
    # They belong to the damaged file: SQLite must not replay them onto the backup.
    for extra in ("-wal", "-shm", "-journal"):
        register.with_name(register.name + extra).unlink(missing_ok=True)
    partial.replace(register)
