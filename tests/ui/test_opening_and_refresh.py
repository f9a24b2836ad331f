"""Opening from the window (which register, damaged, on a share) and seeing others' changes."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from app.backups import back_up
from app.connection import SERVER, ConnectionChoice, ServerAddress
from app.paths import DB_ENV, backup_dir
from app.rows import OrganisationData
from app.services import organisations
from app.store import Store
from tests.support.keyrings import MemoryKeyring, using_keyring
from ui.opening import chosen_target, open_or_explain, save_connection_choice
from ui.refresh import RegisterWatcher


def register_with(path: Path, *names: str) -> Path:
    store = Store.open(path)
    for name in names:
        organisations.create_organisation(store, OrganisationData(name))
    store.close()
    return path


def test_which_register_the_window_opens(settings, tmp_path, monkeypatch) -> None:
    assert chosen_target(None, settings).endswith("register.db")  # the user's data folder
    save_connection_choice(settings, ConnectionChoice(file=str(tmp_path / "mine.db")))
    assert chosen_target(None, settings) == str(tmp_path / "mine.db")
    address = ServerAddress("db.stad.example", "register", "anna")
    save_connection_choice(settings, ConnectionChoice(SERVER, "", address))
    with using_keyring(MemoryKeyring()) as keys:
        keys.set_password("Membership Register", address.account, "pw")
        server = chosen_target(None, settings)
        assert (server.host, server.username, server.password) == ("db.stad.example", "anna", "pw")
    monkeypatch.setenv(DB_ENV, str(tmp_path / "env.db"))
    assert chosen_target(None, settings) == str(tmp_path / "env.db")
    given = argparse.Namespace(db=str(tmp_path / "cli.db"))
    assert chosen_target(given, settings) == str(tmp_path / "cli.db")


def test_a_damaged_register_offers_its_latest_backup(qtbot, settings, modal, tmp_path) -> None:
    register = register_with(tmp_path / "register.db", *(f"Organisation {i} " + "x" * 150
                                                          for i in range(300)))  # fmt: skip
    back_up(register, backup_dir())
    with register.open("r+b") as handle:
        handle.seek(register.stat().st_size // 2)
        handle.write(os.urandom(8192))
    modal.answer("Restore the backup")
    opened = open_or_explain(str(register), settings)
    assert opened is not None
    assert "is damaged and was not opened" in modal.seen[0]
    assert len(organisations.list_organisations(opened.store)) == 300
    opened.store.close()


def test_without_a_backup_a_damaged_register_is_only_explained(settings, modal, tmp_path) -> None:
    register = tmp_path / "register.db"
    register.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    modal.answer("Close")
    assert open_or_explain(str(register), settings) is None
    assert "There is no good backup of it" in modal.seen[0] or "could not" in modal.seen[0]


def test_a_register_on_a_share_is_opened_only_when_accepted(settings, modal, tmp_path) -> None:
    share = "/" + str(register_with(tmp_path / "register.db", "Eurocities"))  # reads as UNC
    modal.answer("Cancel")
    assert open_or_explain(share, settings) is None
    modal.answer("Open anyway")
    opened = open_or_explain(share, settings)
    assert opened is not None and [o.name for o in organisations.list_organisations(opened.store)]
    opened.store.close()


def test_the_watcher_notices_a_colleague_and_waits_while_paused(qtbot, sqlite_store) -> None:
    watcher = RegisterWatcher(sqlite_store, seconds=0)
    colleague = Store.open(sqlite_store.path, actor="colleague")
    try:
        assert not watcher.check()
        organisations.create_organisation(colleague, OrganisationData("Eurocities"))
        with qtbot.waitSignal(watcher.changed, timeout=1000):
            assert watcher.check()
        assert not watcher.check()  # seen once
        watcher.set_paused(True)  # an editor is open
        organisations.create_organisation(colleague, OrganisationData("UCLG"))
        with qtbot.assertNotEmitted(watcher.changed):
            assert watcher.check()
        with qtbot.waitSignal(watcher.changed, timeout=1000):
            watcher.set_paused(False)
    finally:
        colleague.close()


def test_the_watcher_asks_by_itself(qtbot, sqlite_store) -> None:
    watcher = RegisterWatcher(sqlite_store, seconds=0.1)
    with qtbot.waitSignal(watcher.changed, timeout=3000):
        organisations.create_organisation(sqlite_store, OrganisationData("Eurocities"))
    watcher.timer.stop()
