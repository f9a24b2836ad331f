"""How the register's enumerated values are shown: one translated word per value."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.vocabulary import (
    ContactRole,
    DepartmentKind,
    MembershipStatus,
    OrganisationKind,
    Recommendation,
    Scope,
)

_TEXTS: dict[type[StrEnum], dict[str, str]] = {
    OrganisationKind: {
        "organisation": N_("labels", "Organisation"),
        "network": N_("labels", "Network"),
    },
    Scope: {
        "global": N_("labels", "Global"),
        "european": N_("labels", "European"),
        "nordic": N_("labels", "Nordic"),
        "baltic": N_("labels", "Baltic"),
        "national": N_("labels", "National"),
        "other": N_("labels", "Other"),
    },
    DepartmentKind: {
        "administration": N_("labels", "Administration"),
        "company": N_("labels", "Company"),
        "other": N_("labels", "Other"),
    },
    MembershipStatus: {
        "active": N_("labels", "Active"),
        "under_review": N_("labels", "Under review"),
        "notice_given": N_("labels", "Notice given"),
        "ended": N_("labels", "Ended"),
    },
    ContactRole: {
        "primary": N_("labels", "Primary"),
        "deputy": N_("labels", "Deputy"),
        "other": N_("labels", "Other"),
    },
    Recommendation: {
        "keep": N_("labels", "Keep"),
        "leave": N_("labels", "Leave"),
        "change": N_("labels", "Change"),
        "undecided": N_("labels", "Undecided"),
    },
}


@cache  # shown in every row of a table: translate each word once
def label(kind: type[StrEnum], value: str) -> str:
    """The word shown for `value` of the enumeration `kind`; the value itself if unknown."""
    text = _TEXTS.get(kind, {}).get(value)
    return QCoreApplication.translate("labels", text) if text else value


def choices(kind: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, word) of every member, in declaration order: for combo boxes."""
    return [(member.value, label(kind, member.value)) for member in kind]
