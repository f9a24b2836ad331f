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
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_ID, ORG_NAME, roaming=True))


def log_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_ID, ORG_NAME))


def config_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override) / "config"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_ID, ORG_NAME, roaming=True))


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
