"""Where the program keeps the user's data: never beside the program itself.

The user's data folder (AppData on Windows) holds the database, its backups,
logs and settings. `MEMBERSHIP_REGISTER_HOME` moves all of them (tests, a
portable install); `MEMBERSHIP_REGISTER_DB` names another database.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import APP_ID, ORG_NAME

HOME_ENV = "MEMBERSHIP_REGISTER_HOME"
DB_ENV = "MEMBERSHIP_REGISTER_DB"
DB_FILE = "register.db"


def data_dir() -> Path:
    return _user_folder("data", "user_data_dir", roaming=True)


def log_dir() -> Path:
    return _user_folder("logs", "user_log_dir")


def config_dir() -> Path:
    return _user_folder("config", "user_config_dir", roaming=True)


def _user_folder(kind: str, platform_folder: str, **options: bool) -> Path:
    """platformdirs' folder for the user, or `kind` under `MEMBERSHIP_REGISTER_HOME`."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / kind
    import platformdirs  # only when needed: it costs start-up time

    return Path(getattr(platformdirs, platform_folder)(APP_ID, ORG_NAME, **options))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database() -> str:
    """The database to open when none is named: the environment's, else the user's."""
    override = os.environ.get(DB_ENV)
    if override:
        return override
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / DB_FILE)
