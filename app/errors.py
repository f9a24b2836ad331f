"""Errors the services raise, each carrying a message meant for the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.i18n import translate


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
