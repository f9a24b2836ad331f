"""Where the register lives: the local file (default) or the city's database server.

The settings hold only what is not secret (host, port, database, user); the
password lives in the operating system's credential store through `keyring`
(Windows Credential Manager, macOS Keychain, the Secret Service on Linux),
never in a settings file or a log. Where no credential store is available,
saving a password fails with a plain message, and the password is asked for
each time instead.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from app import APP_NAME
from app.errors import (
    DatabaseError,
    MissingDatabaseError,
    NotARegisterError,
    PasswordRefusedError,
    RegisterError,
    ServerUnreachableError,
    UnknownServerError,
)
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.validation import Checker
from db.errors import from_driver
from db.health import check_database
from db.migrate import read_state
from db.migrations import HEAD
from db.session import is_network_path, make_engine, to_url

FILE, SERVER = "file", "server"
KEYRING_SERVICE = APP_NAME
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


class CredentialStoreError(RegisterError):
    """The operating system's credential store cannot keep or give the password."""


@dataclass(frozen=True, slots=True)
class ServerAddress:
    host: str
    database: str = "register"
    user: str = ""
    port: int = DEFAULT_PORT

    @property
    def account(self) -> str:
        """The name the password is kept under in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"connect_timeout": str(CONNECT_TIMEOUT_S), "application_name": APP_NAME},
        )


@dataclass(frozen=True, slots=True)
class ConnectionChoice:
    kind: str = FILE  # FILE or SERVER
    file: str = ""  # '' = the register in the user's data folder
    server: ServerAddress | None = None

    def to_settings(self) -> dict[str, str]:
        """What may be kept in the settings file: everything but the password."""
        server = self.server or ServerAddress("")
        return {
            "kind": self.kind, "file": self.file, "host": server.host,
            "port": str(server.port), "database": server.database, "user": server.user,
        }  # fmt: skip

    @classmethod
    def from_settings(cls, values: Mapping[str, object]) -> ConnectionChoice:
        def get(key: str, default: str = "") -> str:
            return str(values.get(key) or default).strip()

        kind = SERVER if get("kind") == SERVER else FILE
        port = get("port", str(DEFAULT_PORT))
        server = ServerAddress(
            get("host"),
            get("database", "register"),
            get("user"),
            int(port) if port.isdigit() else DEFAULT_PORT,
        )
        return cls(kind, get("file"), server if server.host else None)


def check_address(address: ServerAddress) -> ServerAddress:
    """The address with spaces trimmed, or `ValidationError` naming each missing part."""
    check = Checker()
    host = check.required("host", address.host)
    database = check.required("database", address.database)
    user = check.required("user", address.user)
    if not 1 <= address.port <= 65_535:
        check.add("port", N_("app", "A port is a number from 1 to 65535."))
    check.done()
    return ServerAddress(host, database, user, address.port)


def _keyring() -> ModuleType:
    """keyring, imported when first needed: only server connections use it, and a
    register file's start-up is faster without it (docs/PERFORMANCE.md)."""
    import keyring
    import keyring.errors

    return keyring


def save_password(address: ServerAddress, password: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, address.account, password)
        kept = keyring.get_password(KEYRING_SERVICE, address.account)
    except keyring.errors.KeyringError as exc:
        raise CredentialStoreError(_no_store_message(exc)) from exc
    if kept != password:  # e.g. keyring's null backend accepts and forgets
        raise CredentialStoreError(_no_store_message(None))


def read_password(address: ServerAddress) -> str | None:
    """The saved password; None where none is saved or no credential store answers."""
    keyring = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, address.account)
    except keyring.errors.KeyringError:
        return None


def forget_password(address: ServerAddress) -> None:
    keyring = _keyring()
    # Nothing saved, or no store: nothing to forget.
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, address.account)


def credential_store_works() -> bool:
    """Whether a password can be saved here at all (for the dialog's checkbox)."""
    backend = _keyring().get_keyring()
    return getattr(backend, "priority", 0) > 0


Target = str | URL
"""Where to open a register: a file's path, or a server's URL with its password."""


def target_from_text(text: str) -> Target:
    """`--db`/`--db-url` as given: a server URL gets its saved password, a path stays a path."""
    return with_saved_password(to_url(text)) if "://" in text else text


def describe_target(target: Target) -> str:
    """The target for messages and the log: a server's password never shows."""
    return target if isinstance(target, str) else target.render_as_string(hide_password=True)


def server_of(target: Target) -> ServerAddress | None:
    """The database server a target names; None for a register file."""
    if isinstance(target, str) or target.get_backend_name() != "postgresql":
        return None
    user, database = target.username or "", target.database or ""
    return ServerAddress(target.host or "", database, user, target.port or DEFAULT_PORT)


def with_password(target: Target, password: str) -> Target:
    """The server's URL with the password the user typed; a file needs none."""
    return target if isinstance(target, str) else target.set(password=password)


def with_saved_password(url: URL) -> URL:
    """A server URL given without a password (`--db-url`) gets the saved one."""
    address = server_of(url)
    if address is None or url.password or not url.host:
        return url
    password = read_password(address)
    return url.set(password=password) if password else url


def try_connection(address: ServerAddress, password: str | None) -> str:
    """What the server says, in a sentence; `DatabaseError` in plain words where it fails."""
    address = check_address(address)
    engine = make_engine(address.url(password))
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar()
        state = read_state(engine)
    except DBAPIError as exc:
        raise explain_failure(from_driver(exc, address.account), address) from exc
    except DatabaseError as exc:
        raise explain_failure(exc, address) from exc
    finally:
        engine.dispose()
    if state.revision is None and not state.has_tables:
        what = N_("app", "The database is empty: the register will be created there.")
    elif state.is_newer:
        what = N_("app", "The register there was made by a newer version of this program.")
    elif state.revision is not None and state.revision != HEAD:
        what = N_("app", "A register is there; it will be brought up to date when opened.")
    elif state.revision is None:
        what = N_("app", "The database holds other tables: it is not a membership register.")
    else:
        what = N_("app", "A register is there, ready to use.")
    connected = translate("app", N_("app", "Connected to PostgreSQL {version}."))
    return connected.format(version=version) + " " + translate("app", what)


_FAILURES: dict[type[DatabaseError], str] = {
    PasswordRefusedError: N_(
        "app", "The server refused user {user}: check the user name and password."
    ),
    MissingDatabaseError: N_("app", "The server has no database named {database}."),
    UnknownServerError: N_("app", "There is no server named {host}: check the server name."),
    ServerUnreachableError: N_(
        "app", "No database server answers at {host}, port {port}: check the address."
    ),
}


def explain_failure(error: DatabaseError, address: ServerAddress) -> DatabaseError:
    """The failure to reach the server, of the same type, told for the connection dialog."""
    text_ = _FAILURES.get(type(error))
    if text_ is None:
        detail = error.detail or str(error)
        text_ = translate("app", N_("app", "Cannot connect to the server: {detail}"))
        return type(error)(text_.format(detail=detail), error.detail)
    values = {"user": address.user, "database": address.database, "host": address.host}
    message = translate("app", text_).format(port=address.port, **values)
    return type(error)(message, error.detail)


def _no_store_message(exc: Exception | None) -> str:
    text_ = N_("app", "This computer has no credential store to keep the password in.")
    then = N_("app", "The password was not saved; you will be asked for it when you connect.")
    message = translate("app", text_) + " " + translate("app", then)
    return f"{message} ({exc})" if exc is not None else message


ON_SHARE = N_("app", "The file is on a network share: one person at a time may use it.")
NEW_FILE = N_("app", "There is no register there yet: a new one will be created.")
READY = N_("app", "A register is there, ready to use.")
TO_UPGRADE = N_("app", "A register is there; it will be brought up to date when opened.")


def try_file(path: Path) -> str:
    """What opening this register file would find, in a sentence; `DatabaseError` if unusable."""
    if path.is_dir():
        raise NotARegisterError(f"{path} is a folder, not a register file.")
    if not path.parent.is_dir():
        raise MissingDatabaseError(f"The folder {path.parent} does not exist.")
    notes = [ON_SHARE] if is_network_path(path) else []
    if not path.exists():
        found = NEW_FILE
    else:
        report = check_database(str(path))
        if not report.ok:
            raise NotARegisterError(f"{path} is damaged: {report.problems[0]}")
        found = READY if report.revision == HEAD else TO_UPGRADE
    return " ".join(translate("app", text_) for text_ in (found, *notes))
