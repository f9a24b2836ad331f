"""The errors a user is told about, each carrying a message meant for the user.

Two families, each caught by type, never by its words:
- `RegisterError`: what the services refuse (a value, a gone or changed record).
- `DatabaseError`: why the register cannot be used (busy, full disk, read-only,
  a refused password, an unknown or silent server, damaged, newer, missing).
  The storage layer raises them, so their home is `db.errors` (where the
  drivers' errors are read, once); the window reaches them here, never in `db/`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from db.errors import (
    DatabaseError,
    DatabaseLockedError,
    DiskFullError,
    MissingDatabaseError,
    NetworkShareError,
    NewerRegisterError,
    NotARegisterError,
    PasswordRefusedError,
    ReadOnlyDatabaseError,
    ServerUnreachableError,
    UnknownServerError,
)

__all__ = [
    "ConflictError",
    "DamagedDatabaseError",
    "DatabaseError",
    "DatabaseLockedError",
    "DiskFullError",
    "InUseError",
    "MissingDatabaseError",
    "NetworkShareError",
    "NewerRegisterError",
    "NotARegisterError",
    "NotFoundError",
    "PasswordRefusedError",
    "Problem",
    "ReadOnlyDatabaseError",
    "RegisterError",
    "ServerUnreachableError",
    "UnknownServerError",
    "ValidationError",
]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with what the user entered, and where."""

    field: str
    message: str  # English template marked with QT_TRANSLATE_NOOP("app", ...)
    params: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        return translate("app", self.message, language).format(**self.params)


class RegisterError(Exception):
    """Base of the errors a user can understand and act on."""


class ValidationError(RegisterError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.field}: {p.text()}" for p in problems))

    @classmethod
    def one(cls, field_name: str, message: str, **params: Any) -> ValidationError:
        return cls([Problem(field_name, message, params)])

    def for_field(self, field_name: str) -> list[Problem]:
        return [p for p in self.problems if p.field == field_name]


class NotFoundError(RegisterError):
    """The record is gone: someone else deleted it."""

    def __init__(self, entity: str, record_id: int) -> None:
        self.entity, self.record_id = entity, record_id
        super().__init__(
            f"The {entity} (id {record_id}) no longer exists; someone may have deleted it."
        )


class ConflictError(RegisterError):
    """Someone else saved the record since it was opened."""

    def __init__(self, entity: str, record_id: int, current: object | None = None) -> None:
        self.entity, self.record_id, self.current = entity, record_id, current
        super().__init__(
            f"Someone else changed this {entity} after you opened it. "
            "Reload it to see their version, or save again to overwrite it."
        )


class InUseError(RegisterError):
    """A record cannot be deleted while others refer to it."""

    def __init__(self, message: str, references: list[str]) -> None:
        self.references = references
        super().__init__(message)


class Backup(Protocol):
    """What a damaged register's error tells of its backup (`app.backups.BackupInfo`)."""

    @property
    def path(self) -> Path: ...

    @property
    def made_at(self) -> dt.datetime: ...


class DamagedDatabaseError(DatabaseError):
    """The register file fails its integrity check; `backup` is the newest good one."""

    def __init__(self, path: Path, problems: list[str], backup: Backup | None) -> None:
        self.path, self.problems, self.backup = path, problems, backup
        text = translate(
            "app",
            N_("app", "The register {path} is damaged and was not opened ({problem})."),
        ).format(path=path, problem=problems[0])
        if backup is not None:
            text += " " + translate(
                "app",
                N_("app", "The latest good backup is from {when}; restore it to go on working."),
            ).format(when=backup.made_at.strftime("%Y-%m-%d %H:%M"))
        else:
            text += " " + translate(
                "app",
                N_("app", "There is no good backup of it. Keep the file and ask for help."),
            )
        super().__init__(text)
