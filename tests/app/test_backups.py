"""Backups: made with the backup API, rotated, listed, checked and restored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from app.backups import (
    BackupPolicy,
    back_up,
    check_backup,
    daily_backup,
    latest_good_backup,
    list_backups,
    restore,
    rotate,
)
from app.opening import DamagedDatabaseError, open_register
from app.rows import OrganisationData
from app.services import organisations
from app.store import Store
from db.errors import DatabaseError

MANY = [f"Organisation {i} " + "x" * 150 for i in range(300)]  # some pages to damage


def make_register(path: Path, *names: str) -> Path:
    store = Store.open(path, actor="tester")
    try:
        for name in names:
            organisations.create_organisation(store, OrganisationData(name))
    finally:
        store.close()
    return path


def names_in(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [n for (n,) in connection.execute("SELECT name FROM organisation ORDER BY name")]


def damage(path: Path, offset: int | None = None) -> None:
    """Overwrites bytes in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 2 if offset is None else offset)
        handle.write(os.urandom(4096) if offset is None else b"\xff" * 100)


def fake_backup(folder: Path, stamp: str, reason: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"register-{stamp}-{reason}.db"
    path.write_bytes(b"")
    return path


def test_a_backup_is_a_whole_copy_listed_with_its_date(tmp_path: Path) -> None:
    register = make_register(tmp_path / "register.db", "Eurocities", "UCLG")
    backup = back_up(register, tmp_path / "backups")
    assert backup.reason == "manual"
    assert abs(backup.made_at - dt.datetime.now()) < dt.timedelta(minutes=1)
    assert names_in(backup.path) == ["Eurocities", "UCLG"]
    assert check_backup(backup.path) == Store.open(register).schema_state().revision
    assert [b.path for b in list_backups(register, tmp_path / "backups")] == [backup.path]
    assert not list(tmp_path.glob("backups/.*"))  # no temporary file left behind


def test_the_daily_backup_is_made_once_a_day(tmp_path: Path) -> None:
    register = make_register(tmp_path / "register.db", "Eurocities")
    folder = tmp_path / "backups"
    assert daily_backup(register, folder) is not None
    assert daily_backup(register, folder) is None
    assert daily_backup(register, folder, today=dt.date.today() + dt.timedelta(days=1))
    assert daily_backup(tmp_path / "none-yet.db", folder) is None


def test_rotation_keeps_the_newest_of_each_kind_and_every_migration_backup(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for day in range(1, 11):
        fake_backup(folder, f"202611{day:02d}-080000", "daily")
    for revision in ("0001", "0002", "0003"):
        fake_backup(
            folder, f"202610{int(revision):02d}-080000", f"before-migration-from-{revision}"
        )
    fake_backup(folder, "20261105-120000", "manual")
    other = folder / "other-20261101-080000-daily.db"  # another register's backup
    other.write_bytes(b"")
    crashed = folder / ".register-20261001-080000-daily.db.partial"  # left by a crash
    crashed.write_bytes(b"half")
    os.utime(crashed, (0, 0))
    removed = rotate(tmp_path / "register.db", folder, BackupPolicy(daily=7))
    assert sorted(p.name for p in removed) == [
        ".register-20261001-080000-daily.db.partial",
        "register-20261101-080000-daily.db",
        "register-20261102-080000-daily.db",
        "register-20261103-080000-daily.db",
    ]
    kept = list_backups(tmp_path / "register.db", folder)
    assert [b.reason for b in kept].count("daily") == 7
    assert sum(b.is_before_migration for b in kept) == 3
    assert other.exists()


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    register = make_register(tmp_path / "register.db", "Eurocities")
    backup = back_up(register, folder)
    make_register(register, "Added after the backup")
    saved = restore(register, backup.path, folder)
    assert names_in(register) == ["Eurocities"]
    assert names_in(saved) == ["Added after the backup", "Eurocities"]
    assert "before-restore" in saved.name
    store = Store.open(register)  # the restored register opens and takes changes
    organisations.create_organisation(store, OrganisationData("After the restore"))
    store.close()


def test_a_damaged_backup_is_refused_and_the_register_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    register = make_register(tmp_path / "register.db", *MANY)
    backup = back_up(register, folder)
    damage(backup.path)
    before = names_in(register)
    with pytest.raises(DatabaseError, match="damaged"):
        restore(register, backup.path, folder)
    assert names_in(register) == before
    assert latest_good_backup(register, folder) is None


def test_a_damaged_register_is_not_opened_and_the_latest_good_backup_offered(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    register = make_register(tmp_path / "register.db", *MANY)
    good = back_up(register, folder)
    newer = back_up(register, folder)
    damage(newer.path)  # the newest backup is damaged too: the older one is offered
    damage(register)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_register(register, backup_folder=folder)
    assert caught.value.backup is not None and caught.value.backup.path == good.path
    assert "is damaged and was not opened" in str(caught.value)
    saved = restore(register, good.path, folder)
    assert "damaged" in saved.name  # the damaged file is kept, byte for byte
    opened = open_register(register, backup_folder=folder)
    assert len(organisations.list_organisations(opened.store)) == 300
    opened.store.close()


def test_a_register_with_a_ruined_header_is_replaced_whole(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    register = make_register(tmp_path / "register.db", "Eurocities")
    backup = back_up(register, folder)
    damage(register, offset=0)  # not even an SQLite file any more
    restore(register, backup.path, folder)
    assert names_in(register) == ["Eurocities"]


def test_opening_makes_the_daily_backup(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    register = make_register(tmp_path / "register.db", "Eurocities")
    opened = open_register(register, backup_folder=folder)
    opened.store.close()
    assert opened.daily_backup is not None and opened.daily_backup.reason == "daily"
    again = open_register(register, backup_folder=folder)
    again.store.close()
    assert again.daily_backup is None
    assert len(list_backups(register, folder)) == 1


def test_folders_with_uri_characters_in_their_names(tmp_path: Path) -> None:
    """'?', '#' and '%' are fine in Windows folder names; SQLite URIs must escape them."""
    folder = tmp_path / "Q&A? #1 100%"
    folder.mkdir()
    register = make_register(folder / "register.db", "Eurocities")
    backup = back_up(register, folder / "backups")
    assert check_backup(backup.path) and names_in(backup.path) == ["Eurocities"]
    opened = open_register(register, backup_folder=folder / "backups")
    opened.store.close()
