"""The connection dialog: file or server, test connection, password only in the credential store."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from app.connection import ServerAddress, read_password
from app.store import Store
from tests.support.keyrings import MemoryKeyring, using_keyring
from ui.dialogs.connection_dialog import ConnectionDialog
from ui.opening import chosen_target, connection_choice
from ui.settings import Settings


def open_dialog(qtbot, settings: Settings) -> ConnectionDialog:
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_server(qtbot, dialog: ConnectionDialog, address: ServerAddress, password: str) -> None:
    dialog.use_server.click()
    for edit, text in ((dialog.host, address.host), (dialog.database, address.database),
                       (dialog.user, address.user), (dialog.password, password)):  # fmt: skip
        edit.clear()
        qtbot.keyClicks(edit, text)
    dialog.port.setValue(address.port)


def test_the_server_choice_is_saved_without_the_password(qtbot, settings, tmp_path) -> None:
    address = ServerAddress("db.stad.example", "register", "anna", 5433)
    with using_keyring(MemoryKeyring()) as store:
        dialog = open_dialog(qtbot, settings)
        assert dialog.use_file.isChecked() and not dialog.server_box.isEnabled()
        fill_server(qtbot, dialog, address, "hemligt")
        dialog.remember.setChecked(True)
        dialog.accept()
        assert dialog.result() == ConnectionDialog.DialogCode.Accepted
        assert read_password(address) == "hemligt"
        assert list(store.passwords.values()) == ["hemligt"]
        assert "hemligt" not in Path(settings.path).read_text(encoding="utf-8")
        assert connection_choice(settings).server == address
        assert chosen_target(None, settings).password == "hemligt"  # type: ignore[union-attr]
        again = open_dialog(qtbot, settings)  # shows what was saved, password included
        assert (again.host.text(), again.password.text(), again.remember.isChecked()) == (
            "db.stad.example", "hemligt", True,
        )  # fmt: skip


def test_without_a_credential_store_the_password_is_not_kept(qtbot, settings, modal) -> None:
    with using_keyring(fail.Keyring()):
        dialog = open_dialog(qtbot, settings)
        assert not dialog.remember.isEnabled()
        assert "no credential store" in dialog.remember.toolTip()
        fill_server(qtbot, dialog, ServerAddress("db", "register", "anna"), "secret")
        dialog.accept()  # saved without the password: asked for when connecting
        assert dialog.result() == ConnectionDialog.DialogCode.Accepted
        assert "secret" not in Path(settings.path).read_text(encoding="utf-8")


def test_missing_parts_are_named(qtbot, settings) -> None:
    dialog = open_dialog(qtbot, settings)
    dialog.use_server.click()
    dialog.test_connection()
    assert dialog.result_label.text() == "Fill in the server, user name."
    dialog.accept()
    assert dialog.isVisible()


def test_testing_a_file(qtbot, settings, tmp_path) -> None:
    Store.open(tmp_path / "register.db").close()
    dialog = open_dialog(qtbot, settings)
    qtbot.keyClicks(dialog.file_edit, str(tmp_path / "register.db"))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert dialog.result_label.text() == "A register is there, ready to use."
    dialog.file_edit.setText(str(tmp_path / "no" / "such" / "register.db"))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "does not exist" in dialog.result_label.text()
    dialog.accept()
    assert connection_choice(settings).file.endswith("register.db")


@pytest.mark.postgres
def test_testing_the_real_server(qtbot, settings, postgres_server) -> None:
    url = make_url(postgres_server.url)
    dialog = open_dialog(qtbot, settings)
    fill_server(qtbot, dialog, ServerAddress(url.host, url.database, url.username, url.port), "")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.result_label.text().startswith("Connected to PostgreSQL")
    dialog.port.setValue(9)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "No database server answers" in dialog.result_label.text()
