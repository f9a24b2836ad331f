"""The user's settings: one typed wrapper over QSettings (INI), every key declared once.

Settings live in the user's config folder (`app.paths.config_dir()`), so tests
that set MEMBERSHIP_REGISTER_HOME never touch the real user's settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from app.paths import config_dir

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type


# Every key the program stores, with its default. Add new ones here.
WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray(), QByteArray)
CURRENT_VIEW: Setting[str] = Setting("window/view", "memberships", str)
LANGUAGE: Setting[str] = Setting("general/language", "system", str)  # system / sv / en
EXPORT_FOLDER: Setting[str] = Setting("export/folder", "", str)
IMPORT_FOLDER: Setting[str] = Setting("import/folder", "", str)
REVIEW_SPLITTER: Setting[QByteArray] = Setting("review/splitter", QByteArray(), QByteArray)
MINUTES_FOLDER: Setting[str] = Setting("review/minutes_folder", "", str)
# Where the register lives (app.connection.ConnectionChoice); never the password.
DATABASE_KIND: Setting[str] = Setting("database/kind", "file", str)  # file / server
DATABASE_FILE: Setting[str] = Setting("database/file", "", str)  # '' = the user's data folder
SERVER_HOST: Setting[str] = Setting("database/host", "", str)
SERVER_PORT: Setting[int] = Setting("database/port", 5432, int)
SERVER_DATABASE: Setting[str] = Setting("database/name", "register", str)
SERVER_USER: Setting[str] = Setting("database/user", "", str)
DAILY_BACKUPS_KEPT: Setting[int] = Setting("backups/daily_kept", 7, int)
MANUAL_BACKUPS_KEPT: Setting[int] = Setting("backups/manual_kept", 10, int)
# How often the window asks whether colleagues changed the register (0 = on focus only).
REFRESH_SECONDS: Setting[int] = Setting("sharing/refresh_seconds", 30, int)


def header_state(view: str) -> Setting[QByteArray]:
    """The column layout (order, widths, hidden columns) of one table view."""
    return Setting(f"views/{view}/header", QByteArray(), QByteArray)


class Settings:
    def __init__(self, path: str | None = None) -> None:
        if path is None:
            folder = config_dir()
            folder.mkdir(parents=True, exist_ok=True)
            path = str(folder / "settings.ini")
        self._qsettings = QSettings(path, QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._qsettings.value(setting.key, setting.default)
        if value is None:
            return setting.default
        if setting.kind is list:
            if isinstance(value, str):
                return [value]  # type: ignore[return-value]
            return list(value)  # type: ignore[return-value]
        if setting.kind is bool and isinstance(value, str):
            return value.lower() == "true"  # type: ignore[return-value]
        if not isinstance(value, setting.kind):
            try:
                return setting.kind(value)  # type: ignore[no-any-return]
            except (TypeError, ValueError):
                return setting.default
        return value  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        self._qsettings.sync()

    @property
    def path(self) -> str:
        return self._qsettings.fileName()
