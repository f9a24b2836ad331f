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

from app.backups import BackupPolicy, restore
from app.connection import (
    SERVER,
    ConnectionChoice,
    ServerAddress,
    Target,
    describe_target,
    read_password,
    server_of,
    target_from_text,
    with_password,
)
from app.errors import (
    DamagedDatabaseError,
    DatabaseError,
    DatabaseLockedError,
    MissingDatabaseError,
    NetworkShareError,
    NewerRegisterError,
    PasswordRefusedError,
    ReadOnlyDatabaseError,
)
from app.opening import Opened, open_register
from app.paths import DB_ENV, backup_dir, default_database
from app.store import Store
from ui import settings as keys
from ui.errors import log, show_error
from ui.settings import Settings


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
        return target_from_text(str(given))
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
        except PasswordRefusedError as exc:
            address = server_of(target)
            if address is None:
                _explain(parent, target, exc)
                return None
            password = _ask_password(parent, address)
            if password is None:  # the user cancelled: nothing more to say
                return None
            target = with_password(target, password)
        except (DatabaseError, OSError) as exc:
            _explain(parent, target, exc)
            return None
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


def _ask_password(parent: QWidget | None, address: ServerAddress) -> str | None:
    """The server password the user types, or None if they cancel."""
    password, ok = QInputDialog.getText(
        parent,
        _tr("Password for the database server"),
        _tr("Password of {0}:").format(address.account),
        QLineEdit.EchoMode.Password,
    )
    return password if ok and password else None


def _explain(parent: QWidget | None, target: Target, exc: Exception) -> None:
    log.warning("cannot open %s: %s", describe_target(target), exc)
    text = explain_unusable(describe_target(target), exc)
    QMessageBox.critical(parent, _tr("Cannot open the register"), text)


def explain_unusable(target: str, exc: Exception) -> str:
    """What went wrong opening the register, where, and what the user can do about it."""
    parts = [_tr("The register could not be opened:") + "\n" + target, str(exc), _advice(exc)]
    return "\n\n".join(part for part in parts if part)


def _advice(exc: Exception) -> str:
    """What the user can do, told by the cause's type (the reason already says what)."""
    if isinstance(exc, DatabaseLockedError):
        return _tr(
            "Another program or a colleague is using the database right now. Wait a moment "
            "and start the program again; if it stays locked, close other copies of Membership "
            "Register that have it open."
        )
    if isinstance(exc, NewerRegisterError):
        return ""  # the reason already says: install the newer version
    if isinstance(exc, MissingDatabaseError | FileNotFoundError):
        return _tr(
            "Check that the folder or network drive is reachable, or start the program with "
            "--db and the path of the register."
        )
    if isinstance(exc, ReadOnlyDatabaseError | PermissionError):
        return _tr("Check that you may write to the file and its folder.")
    return _tr(
        "Check that the file is a Membership Register database and that its folder or "
        "server can be reached. The details are in the log file."
    )
