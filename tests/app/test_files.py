"""Writing a file whole or not at all (app.files)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from app.files import (
    USUAL_MODE,
    FolderReadOnlyError,
    TargetLockedError,
    write_text_whole,
    written_whole,
)


def test_the_new_file_replaces_the_old_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("old", encoding="utf-8")
    with written_whole(target) as temporary:
        temporary.write_text("new", encoding="utf-8")
        assert target.read_text(encoding="utf-8") == "old"  # not yet
        assert temporary.parent == tmp_path  # same folder: the move is atomic
    assert target.read_text(encoding="utf-8") == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_a_failure_leaves_the_old_file_and_no_temporary_one(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    target.write_bytes(b"the old workbook")
    with pytest.raises(RuntimeError, match="half way"), written_whole(target) as temporary:
        temporary.write_bytes(b"half a workbo")
        raise RuntimeError("half way")
    assert target.read_bytes() == b"the old workbook"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.xlsx"]


def test_text_is_written_as_utf8(tmp_path: Path) -> None:
    target = tmp_path / "protokoll.html"
    write_text_whole(target, "Mervärde för Göteborg")
    assert target.read_bytes() == "Mervärde för Göteborg".encode()


def test_a_folder_that_does_not_exist_is_said_by_type(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as refused, written_whole(tmp_path / "gone" / "x.txt"):
        pass
    assert refused.value.filename == str(tmp_path / "gone")  # the folder, not a temporary name


def test_a_read_only_folder_is_told_apart(tmp_path: Path) -> None:
    # Root writes into a folder whatever its mode; /sys refuses everyone a new file.
    folder = Path("/sys") if Path("/sys/kernel").is_dir() else tmp_path / "locked"
    if folder != Path("/sys"):
        folder.mkdir()
        folder.chmod(0o500)
    with pytest.raises(FolderReadOnlyError), written_whole(folder / "x.txt"):
        pass


def test_the_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"
    write_text_whole(target, "x")
    assert stat.S_IMODE(target.stat().st_mode) == USUAL_MODE
    assert USUAL_MODE & 0o044  # others may read it where the user's umask says so


def test_a_write_protected_file_is_not_replaced(tmp_path: Path) -> None:
    target = tmp_path / "published.html"
    target.write_text("kept", encoding="utf-8")
    target.chmod(0o444)
    with pytest.raises(TargetLockedError):
        write_text_whole(target, "new")
    assert target.read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["published.html"]


def test_a_folder_in_the_target_s_place_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out.xlsx").mkdir()
    with pytest.raises(IsADirectoryError):
        write_text_whole(tmp_path / "out.xlsx", "x")
