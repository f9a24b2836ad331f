"""A damaged register file, and a disk that fills up: plain words, nothing lost or half-written.

The full disk is a real one: a 64 KiB tmpfs mounted for the test. Mounting
needs root (or CAP_SYS_ADMIN); where that is not allowed the tests skip and
say why.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.backups import back_up, list_backups, restore
from app.demo import build_example_register
from app.opening import DamagedDatabaseError, open_register
from app.rows import OrganisationData
from app.services import organisations
from app.store import Store
from db.errors import DatabaseError
from tests.support.cli import register_file
from tests.support.crash import integrity

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mounts real small file systems (tmpfs of the given size) for the test."""
    mounted: list[Path] = []

    def mount(size: str) -> Path:
        point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
        point.mkdir()
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if result.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here: {result.stderr.strip() or 'not root'}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def example_register(path: Path) -> Path:
    return register_file(path, build_example_register)


def organisation_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {n for (n,) in connection.execute("SELECT name FROM organisation")}


def test_a_damaged_register_is_explained_and_its_backup_offered(tmp_path: Path, report) -> None:
    backups = tmp_path / "backups"
    register = example_register(tmp_path / "register.db")
    before = organisation_names(register)
    back_up(register, backups)
    size = register.stat().st_size
    with register.open("r+b") as handle:  # bytes overwritten in the middle of the file
        handle.seek(size // 2)
        handle.write(os.urandom(8192))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_register(register, backup_folder=backups)
    message = str(caught.value)
    assert "is damaged and was not opened" in message and "latest good backup" in message
    assert "Traceback" not in message
    check = subprocess.run(
        [sys.executable, "-m", "app", "check", "--db", str(register)],
        capture_output=True, text=True, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert check.returncode in (1, 2)
    assert "damaged" in (check.stdout + check.stderr) or "integrity" in check.stdout
    assert "Traceback" not in check.stderr
    restore(register, caught.value.backup.path, backups)
    assert integrity(register) == []
    lost = len(before - organisation_names(register))
    report(runs=1, faults_injected=1, damaged_bytes=8192, records_lost=lost)
    assert lost == 0


def test_a_backup_to_a_full_disk_says_so_and_leaves_no_half_file(
    tmp_path: Path, small_disk: Callable[[str], Path], report
) -> None:
    tiny_disk = small_disk("64k")
    register = example_register(tmp_path / "register.db")
    assert register.stat().st_size > 64 * 1024  # more than the disk holds
    with pytest.raises(DatabaseError, match=r"disk holding .* is full"):
        back_up(register, tiny_disk)
    assert list(tiny_disk.iterdir()) == []  # no half-written backup, no temporary file
    assert integrity(register) == []
    report(runs=1, faults_injected=1, half_written_files=0, records_lost=0)


def test_a_register_on_a_full_disk_keeps_everything_saved(
    tmp_path: Path, small_disk: Callable[[str], Path], report
) -> None:
    full = small_disk("64k")
    with pytest.raises(DatabaseError, match="is full"):  # not even room for the schema
        Store.open(full / "register.db")
    register = small_disk("1m") / "register.db"
    store = Store.open(register, actor="tester")
    saved: list[str] = []
    message = ""
    try:
        for number in range(2_000):
            name = f"Organisation {number} " + "x" * 150
            try:
                organisations.create_organisation(store, OrganisationData(name))
            except DatabaseError as exc:
                message = str(exc)
                break
            saved.append(name)
    finally:
        store.close()
    assert "is full" in message and "nothing saved before is lost" in message
    for suffix in ("", "-wal"):  # read it where there is room, with its write-ahead log
        if Path(f"{register}{suffix}").exists():
            shutil.copy(f"{register}{suffix}", tmp_path / f"copy.db{suffix}")
    lost = len(set(saved) - organisation_names(tmp_path / "copy.db"))
    assert integrity(tmp_path / "copy.db") == []
    assert list_backups(register, tmp_path) == []
    report(records_saved=len(saved), faults_injected=1, records_lost=lost)
    assert lost == 0


def test_an_export_to_a_full_disk_says_so_and_keeps_the_old_file(
    tmp_path: Path, small_disk: Callable[[str], Path], report
) -> None:
    from app.spreadsheet.files import SpreadsheetWriteError
    from app.spreadsheet.workbook import export_register

    store = Store.open(example_register(tmp_path / "register.db"))
    disk = small_disk("32k")  # the workbook takes about 50 kB
    target = disk / "register-2007.xlsx"
    target.write_bytes(b"last year's export")
    try:
        with pytest.raises(SpreadsheetWriteError, match="disk is full"):
            export_register(store, 2007, target)
    finally:
        store.close()
    assert [p.name for p in disk.iterdir()] == [target.name]  # no half-written workbook
    assert target.read_bytes() == b"last year's export"
    report(runs=1, faults_injected=1, half_written_files=0, files_lost=0)


def test_a_pdf_report_to_a_full_disk_fails_and_keeps_the_old_file(
    tmp_path: Path, small_disk: Callable[[str], Path], report
) -> None:
    register = example_register(tmp_path / "register.db")
    disk = small_disk("64k")  # the report of 2007 takes about 200 kB
    target = disk / "report-2007.pdf"
    target.write_bytes(b"last year's report")
    command = [sys.executable, "-m", "app", "report", "--db", str(register),
               "--year", "2007", "--out", str(target)]  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert done.returncode != 0, done.stdout
    assert "written" not in done.stdout
    assert "No space left on device" in done.stderr and "Traceback" not in done.stderr
    assert [p.name for p in disk.iterdir()] == [target.name]  # no half-written report
    assert target.read_bytes() == b"last year's report"
    report(runs=1, faults_injected=1, half_written_files=0, files_lost=0)
