"""Opening the register at start-up: check it, open it, back it up once a day.

A register file is checked (SQLite's quick check) before anything writes to
it. A damaged one is not opened: `DamagedDatabaseError` says so in plain words
and names the latest backup that passes its own check, for the window to offer.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from app.backups import BackupInfo, BackupPolicy, daily_backup, latest_good_backup
from app.errors import DamagedDatabaseError, DatabaseError, NetworkShareError
from app.store import Store
from db.health import quick_check
from db.session import is_network_path, sqlite_path, to_url

log = logging.getLogger("membership_register")


@dataclass(frozen=True, slots=True)
class Opened:
    store: Store
    daily_backup: BackupInfo | None = None
    backup_problem: str = ""  # the daily backup failed (e.g. a full disk); the register is open


def open_register(
    target: str | os.PathLike[str] | URL,
    *,
    backup_folder: Path,
    policy: BackupPolicy | None = None,
    actor: str | None = None,
    allow_network_share: bool = False,
) -> Opened:
    """The register, checked, migrated and backed up; or a `DatabaseError` saying why not."""
    url = to_url(target)
    path = sqlite_path(url)
    if path is not None and not allow_network_share and is_network_path(path):
        raise NetworkShareError(path)  # said first: nothing is read from a share unasked
    if path is not None and path.exists() and path.stat().st_size > 0:
        problems = quick_check(path)
        if problems:
            raise DamagedDatabaseError(path, problems, latest_good_backup(path, backup_folder))
    store = Store.open(
        url, actor=actor, backup_dir=backup_folder, allow_network_share=allow_network_share
    )
    if path is None:
        return Opened(store)
    try:
        made = daily_backup(path, backup_folder, policy)
    except (OSError, DatabaseError) as exc:  # a backup problem must not lock the user out
        log.warning("the daily backup failed: %s", exc)
        return Opened(store, None, str(exc))
    return Opened(store, made)
