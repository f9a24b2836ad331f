"""Opening the register from the window: which one, and what to do when it cannot be.

- Which: `--db`/`--db-url` or $MEMBERSHIP_REGISTER_DB first, else the
  connection chosen in the settings (the file, or the database server with
  its password from the credential store).
- A register file on a network share: explained, opened only if the user
  accepts (one person at a time, WAL off).
- A damaged register file: explained, and the latest good backup offered;
  restoring backs up the damaged file first.
- A server that wants a password nobody saved: asked for.
"""

from __future__ import annotations

import argparse
import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget
from sqlalchemy.engine import URL

from app.backups import BackupPolicy, restore
from app.connection import SERVER, ConnectionChoice, ServerAddress, read_password
from app.connection import with_saved_password as _with_saved_password
from app.opening import DamagedDatabaseError, Opened, open_register
from app.paths import DB_ENV, backup_dir, default_database
from app.store import Store
from db.session import DatabaseError, NetworkShareError, to_url
from ui import settings as keys
from ui.errors import log, show_error
from ui.settings import Settings

Target = str | URL


def _tr(text: str) -> str:
    return QCoreApplication.translate("opening", text)


def connection_choice(settings: Settings) -> ConnectionChoice:
    return ConnectionChoice.from_settings(
        {
            "kind": settings.get(keys.DATABASE_KIND),
            "file": settings.get(keys.DATABASE_FILE),
            "host": settings.get(keys.SERVER_HOST),
            "port": str(settings.get(keys.SERVER_PORT)),
            "database": settings.get(keys.SERVER_DATABASE),
            "user": settings.get(keys.SERVER_USER),
        }
    )


def save_connection_choice(settings: Settings, choice: ConnectionChoice) -> None:
    values = choice.to_settings()
    settings.set(keys.DATABASE_KIND, values["kind"])
    settings.set(keys.DATABASE_FILE, values["file"])
    settings.set(keys.SERVER_HOST, values["host"])
    settings.set(keys.SERVER_PORT, int(values["port"]))
    settings.set(keys.SERVER_DATABASE, values["database"])
    settings.set(keys.SERVER_USER, values["user"])
    settings.sync()


def backup_policy(settings: Settings) -> BackupPolicy:
    return BackupPolicy(
        daily=max(1, settings.get(keys.DAILY_BACKUPS_KEPT)),
        manual=max(1, settings.get(keys.MANUAL_BACKUPS_KEPT)),
    )


def chosen_target(args: argparse.Namespace | None, settings: Settings) -> Target:
    """The command line wins, then the environment, then the connection setting."""
    given = getattr(args, "db_url", None) or getattr(args, "db", None)
    if given:
        return _with_saved_password(to_url(str(given))) if "://" in str(given) else str(given)
    if os.environ.get(DB_ENV):
        return default_database()
    choice = connection_choice(settings)
    if choice.kind == SERVER and choice.server is not None:
        return choice.server.url(read_password(choice.server))
    return choice.file or default_database()


def open_or_explain(
    target: Target, settings: Settings, parent: QWidget | None = None
) -> Opened | None:
    """The opened register, or None after the user was told why not (or declined)."""
    allow_share = False
    for _attempt in range(3):  # a share accepted, a backup restored, a password typed
        try:
            return open_register(
                target,
                backup_folder=backup_dir(),
                policy=backup_policy(settings),
                allow_network_share=allow_share,
            )
        except NetworkShareError as exc:
            if not _accept_network_share(parent, exc):
                return None
            allow_share = True
        except DamagedDatabaseError as exc:
            if not _restore_latest(parent, exc, settings):
                return None
        except DatabaseError as exc:
            password = _password_needed(parent, target, exc)
            if password is None:
                return None
            target = target.set(password=password)  # type: ignore[union-attr]
    return None


def open_store_or_explain(target: Target, settings: Settings) -> Store | None:
    opened = open_or_explain(target, settings)
    if opened is not None and opened.backup_problem:
        QMessageBox.warning(
            None,
            _tr("No backup made today"),
            _tr("The register is open, but today's backup could not be made:")
            + "\n\n"
            + opened.backup_problem,
        )
    return opened.store if opened is not None else None


def _accept_network_share(parent: QWidget | None, exc: NetworkShareError) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("A register on a network share"), str(exc))
    box.setParent(parent, box.windowFlags())
    box.setInformativeText(
        _tr("Open it anyway only if nobody else uses this file while you work with it.")
    )
    box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is not cancel


def _restore_latest(parent: QWidget | None, exc: DamagedDatabaseError, settings: Settings) -> bool:
    box = QMessageBox(QMessageBox.Icon.Critical, _tr("The register is damaged"), str(exc))
    box.setParent(parent, box.windowFlags())
    restore_button = None
    if exc.backup is not None:
        box.setInformativeText(
            _tr("Restoring keeps a copy of the damaged file in the backup folder:\n{0}").format(
                backup_dir()
            )
        )
        restore_button = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if restore_button is None or box.clickedButton() is not restore_button:
        return False
    assert exc.backup is not None
    try:
        saved = restore(exc.path, exc.backup.path, backup_dir(), backup_policy(settings))
    except (DatabaseError, OSError) as error:
        show_error(parent, error)
        return False
    log.warning("restored %s from %s; the damaged file is %s", exc.path, exc.backup.path, saved)
    return True


def _password_needed(parent: QWidget | None, target: Target, exc: DatabaseError) -> str | None:
    """Asks for the server password where the server refused one; otherwise explains."""
    refused = "password" in str(exc).lower()
    if not isinstance(target, URL) or target.get_backend_name() != "postgresql" or not refused:
        from ui.launch import explain_unusable

        log.warning("cannot open %s: %s", target, exc)
        where = target if isinstance(target, str) else target.render_as_string(hide_password=True)
        QMessageBox.critical(parent, _tr("Cannot open the register"), explain_unusable(where, exc))
        return None
    address = ServerAddress(target.host or "", target.database or "", target.username or "")
    password, ok = QInputDialog.getText(
        parent,
        _tr("Password for the database server"),
        _tr("Password of {0}:").format(address.account),
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None
