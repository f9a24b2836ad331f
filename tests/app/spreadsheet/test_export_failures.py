"""A workbook that cannot be written leaves no half-written file and no changed data.

Real conditions, not mocks: a folder made immutable (even root cannot write
there), a target file made immutable (as a workbook open in Excel is locked on
Windows), a tiny RAM disk that fills up. Each is skipped with its reason where
the machine does not allow setting it up.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.spreadsheet import export_register, export_table
from app.spreadsheet.files import SpreadsheetWriteError
from app.store import Store
from db import models as m
from tests.support.spreadsheets import rich_register


def _run(*command: str) -> str:
    """'' on success, else why it failed."""
    if shutil.which(command[0]) is None:
        return f"{command[0]} is not installed"
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return "" if result.returncode == 0 else (result.stderr.strip() or "failed")


@pytest.fixture
def immutable() -> Iterator[list[Path]]:
    """Paths made immutable with chattr +i; made mutable again afterwards."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        _run("chattr", "-i", str(path))


def make_immutable(paths: list[Path], path: Path) -> None:
    reason = _run("chattr", "+i", str(path))
    if reason:
        pytest.skip(f"cannot make {path} read-only here: {reason}")
    paths.append(path)


def snapshot(store: Store) -> tuple[int, int, int]:
    with store.uow() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (m.Membership, m.Fee, m.ChangeLogEntry)
        )  # type: ignore[return-value]


def test_a_read_only_folder(sqlite_store, tmp_path: Path, immutable) -> None:
    rich_register(sqlite_store)
    before = snapshot(sqlite_store)
    folder = tmp_path / "read-only"
    folder.mkdir()
    make_immutable(immutable, folder)
    with pytest.raises(SpreadsheetWriteError) as error:
        export_register(sqlite_store, 2007, folder / "register.xlsx")
    assert f"You may not write to the folder {folder}" in str(error.value)
    assert "register.xlsx" in str(error.value)
    assert list(folder.iterdir()) == []
    assert snapshot(sqlite_store) == before


def test_a_target_open_in_another_program(sqlite_store, tmp_path: Path, immutable) -> None:
    rich_register(sqlite_store)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "register.xlsx"
    target.write_bytes(b"the workbook as it was")
    make_immutable(immutable, target)
    with pytest.raises(SpreadsheetWriteError) as error:
        export_register(sqlite_store, 2007, target)
    assert str(target) in str(error.value) and "Close it" in str(error.value)
    assert target.read_bytes() == b"the workbook as it was"
    assert [p.name for p in folder.iterdir()] == ["register.xlsx"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "tiny"
    folder.mkdir()
    reason = _run("mount", "-t", "tmpfs", "-o", "size=8k", "tmpfs", str(folder))
    if reason:
        pytest.skip(f"cannot mount a small RAM disk here: {reason}")
    yield folder
    _run("umount", str(folder))


def test_a_full_disk(sqlite_store, full_disk: Path) -> None:
    rich_register(sqlite_store)
    before = snapshot(sqlite_store)
    target = full_disk / "register.xlsx"
    with pytest.raises(SpreadsheetWriteError) as error:
        export_register(sqlite_store, 2007, target)
    assert str(error.value) == (
        f"The disk is full, so {target} was not saved. Free some space or choose another folder."
    )
    assert list(full_disk.iterdir()) == []
    assert snapshot(sqlite_store) == before


def test_a_missing_folder_and_a_wrong_name(sqlite_store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(SpreadsheetWriteError, match="does not exist"):
        export_register(sqlite_store, 2007, folder / "nowhere" / "register.xlsx")
    with pytest.raises(SpreadsheetWriteError, match=r"does not end in \.xlsx"):
        export_table(folder / "view.csv", "View", ["A"], [["a"]], ["text"])
    assert list(folder.iterdir()) == []


def test_a_cancelled_export_leaves_nothing(sqlite_store, tmp_path: Path) -> None:
    from app.progress import Cancelled, Progress

    rich_register(sqlite_store)
    folder = tmp_path / "out"
    folder.mkdir()
    progress = Progress(lambda done, total, text: progress.cancel() if done >= 20 else None)
    with pytest.raises(Cancelled):
        export_register(sqlite_store, 2007, folder / "register.xlsx", progress=progress)
    assert list(folder.iterdir()) == []
