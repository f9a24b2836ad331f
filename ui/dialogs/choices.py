"""The words shown for the register's enumerated values, translated where shown.

Stored values are the `db.enums` strings; people see these labels. Declared
once here so every combo box, table and message uses the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.currencies import COMMON, ISO_4217

CONTEXT = "choices"

ORGANISATION_KINDS = {
    "organisation": QT_TRANSLATE_NOOP("choices", "Organisation"),
    "network": QT_TRANSLATE_NOOP("choices", "Network"),
}
SCOPES = {
    "global": QT_TRANSLATE_NOOP("choices", "Global"),
    "european": QT_TRANSLATE_NOOP("choices", "European"),
    "nordic": QT_TRANSLATE_NOOP("choices", "Nordic"),
    "baltic": QT_TRANSLATE_NOOP("choices", "Baltic"),
    "national": QT_TRANSLATE_NOOP("choices", "National"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
}
DEPARTMENT_KINDS = {
    "administration": QT_TRANSLATE_NOOP("choices", "Administration"),
    "company": QT_TRANSLATE_NOOP("choices", "City-owned company"),
    "other": QT_TRANSLATE_NOOP("choices", "Other"),
}
STATUSES = {
    "active": QT_TRANSLATE_NOOP("choices", "Active"),
    "under_review": QT_TRANSLATE_NOOP("choices", "Under review"),
    "notice_given": QT_TRANSLATE_NOOP("choices", "Notice given"),
    "ended": QT_TRANSLATE_NOOP("choices", "Ended"),
}
CONTACT_ROLES = {
    "primary": QT_TRANSLATE_NOOP("choices", "Primary contact"),
    "deputy": QT_TRANSLATE_NOOP("choices", "Deputy"),
    "other": QT_TRANSLATE_NOOP("choices", "Other contact"),
}
RECOMMENDATIONS = {
    "keep": QT_TRANSLATE_NOOP("choices", "Keep"),
    "leave": QT_TRANSLATE_NOOP("choices", "Leave"),
    "change": QT_TRANSLATE_NOOP("choices", "Change"),
    "undecided": QT_TRANSLATE_NOOP("choices", "Undecided"),
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
