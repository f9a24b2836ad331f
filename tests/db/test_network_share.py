"""A register file on a network share: recognised, refused with a reason, never in WAL mode."""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest

from app.store import Store
from db.errors import NetworkShareError
from db.session import is_network_path, mount_type

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/gemensam /mnt/gemensam cifs rw,relatime,vers=3.1.1 0 0
nas:/export/home /home/nfs nfs4 rw,relatime 0 0
/dev/sdb1 /mnt/gemensam/lokal ext4 rw 0 0
//fs/Internationella\\040kontoret /mnt/int\\040kontor cifs rw 0 0
"""


@pytest.fixture
def mounts(tmp_path: Path) -> Path:
    path = tmp_path / "mounts"
    path.write_text(MOUNTS, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/mnt/gemensam/register.db", True),
        ("/home/nfs/anna/register.db", True),
        ("/mnt/gemensam/lokal/register.db", False),  # a local disk mounted inside the share
        ("/mnt/gemensamt/register.db", False),  # a name that merely starts like the share
        ("/mnt/int kontor/register.db", True),  # \040 is a space in the mount table
        ("/home/anna/register.db", False),
    ],
)
def test_network_mounts_from_the_mount_table(mounts: Path, path: str, network: bool) -> None:
    assert is_network_path(Path(path), mounts_file=mounts) is network


def test_unc_paths_are_network_paths(mounts: Path) -> None:
    assert is_network_path(Path(r"\\fileserver\gemensam\register.db"), mounts_file=mounts)
    assert is_network_path(Path(str(PureWindowsPath("//fs/share/register.db"))), mounts_file=mounts)
    assert is_network_path(Path("//fileserver/gemensam/register.db"), mounts_file=mounts)


def test_an_unreadable_mount_table_means_local(tmp_path: Path) -> None:
    assert mount_type(Path("/mnt/x.db"), tmp_path / "missing") == ""
    assert not is_network_path(tmp_path / "register.db", mounts_file=tmp_path / "missing")


def test_a_register_on_a_share_is_refused_unless_accepted_and_never_uses_wal(
    tmp_path: Path,
) -> None:
    # On Linux a path starting with exactly two slashes names the same local file,
    # while it reads as a UNC path: a real file that the program takes for a share.
    share_path = Path("/" + str(tmp_path / "register.db"))
    assert str(share_path).startswith("//")
    with pytest.raises(NetworkShareError, match="network share") as refused:
        Store.open(share_path)
    assert "database server" in str(refused.value)
    assert not (tmp_path / "register.db").exists()
    store = Store.open(share_path, allow_network_share=True)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
    finally:
        store.close()
    local = Store.open(tmp_path / "local.db")
    try:
        with local.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        local.close()
