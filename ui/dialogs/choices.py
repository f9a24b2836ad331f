"""The words shown for the register's enumerated values, translated where shown.

Stored values are the `app.vocabulary` keys; people see these labels. Kinds,
scopes and statuses come from `app.labels` (the reports use them too); the
ones only the editors show are declared here, in the same context.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app import labels
from app.currencies import COMMON, ISO_4217

CONTEXT = "app"  # the same words as in app.labels, which the reports use too

ORGANISATION_KINDS = labels.KINDS
SCOPES = labels.SCOPES
STATUSES = labels.STATUSES
DEPARTMENT_KINDS = {
    "administration": QT_TRANSLATE_NOOP("app", "Administration"),
    "company": QT_TRANSLATE_NOOP("app", "City-owned company"),
    "other": QT_TRANSLATE_NOOP("app", "Other"),
}
CONTACT_ROLES = {
    "primary": QT_TRANSLATE_NOOP("app", "Primary contact"),
    "deputy": QT_TRANSLATE_NOOP("app", "Deputy"),
    "other": QT_TRANSLATE_NOOP("app", "Other contact"),
}
RECOMMENDATIONS = {
    "keep": QT_TRANSLATE_NOOP("app", "Keep"),
    "leave": QT_TRANSLATE_NOOP("app", "Leave"),
    "change": QT_TRANSLATE_NOOP("app", "Change"),
    "undecided": QT_TRANSLATE_NOOP("app", "Undecided"),
}


def label(table: dict[str, str], value: str) -> str:
    """The translated word for `value`; the stored value itself if unknown."""
    text = table.get(value)
    return QCoreApplication.translate(CONTEXT, text) if text else value


def choices(table: dict[str, str]) -> list[tuple[str, str]]:
    """(stored value, translated label) pairs in their declared order."""
    return [(value, label(table, value)) for value in table]


def currencies() -> list[str]:
    """ISO 4217 codes, the common ones first: SEK, EUR, USD ..."""
    return [*COMMON, *sorted(ISO_4217.difference(COMMON))]
