"""The backup dialog: the list with dates, Back up now, Restore after a question."""

from __future__ import annotations

import pytest

from app.backups import back_up, list_backups
from app.paths import backup_dir
from app.rows import OrganisationData
from app.services import organisations
from app.store import Store
from ui.dialogs.backup_dialog import BackupDialog


def names(store: Store) -> list[str]:
    return sorted(o.name for o in organisations.list_organisations(store))


def test_back_up_now_lists_the_new_backup(qtbot, qtmodeltester, sqlite_store, settings) -> None:
    organisations.create_organisation(sqlite_store, OrganisationData("Eurocities"))
    dialog = BackupDialog(sqlite_store, settings)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    dialog.back_up_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10_000)
    qtmodeltester.check(dialog.model)
    assert dialog.model.index(0, 1).data() == "Made with Back up now"
    assert dialog.message.text().startswith("Backed up to register-")
    assert str(backup_dir()) in dialog.about.text()


def test_restore_asks_then_brings_the_backup_back(qtbot, sqlite_store, settings, modal) -> None:
    organisations.create_organisation(sqlite_store, OrganisationData("Eurocities"))
    back_up(sqlite_store.path, backup_dir())
    organisations.create_organisation(sqlite_store, OrganisationData("Added later"))
    dialog = BackupDialog(sqlite_store, settings)
    qtbot.addWidget(dialog)
    modal.answer("Cancel")
    dialog.restore_button.click()
    assert names(sqlite_store) == ["Added later", "Eurocities"]
    modal.answer("Yes")
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert names(sqlite_store) == ["Eurocities"]  # the same store reads the restored file
    kinds = [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]
    assert kinds == ["The register before a restore", "Made with Back up now"]
    assert "is kept as" in dialog.message.text()
    organisations.create_organisation(sqlite_store, OrganisationData("After the restore"))
    assert len(list_backups(sqlite_store.path, backup_dir())) == 2


@pytest.mark.postgres
def test_a_server_register_has_no_backups_here(qtbot, postgres_server, settings) -> None:
    store = Store.open(postgres_server.fresh_url())
    try:
        dialog = BackupDialog(store, settings)
        qtbot.addWidget(dialog)
        assert "administrators" in dialog.about.text()
        assert not dialog.back_up_button.isEnabled() and not dialog.restore_button.isEnabled()
    finally:
        store.close()
