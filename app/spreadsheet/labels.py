"""The words the workbook uses for stored values, and reading them back.

Stored values (`network`, `notice_given`) are shown as words in the chosen
language. An import reads them back in any language, including the words of
older Swedish lists ('Nätverk', 'ja').
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from app.i18n import LANGUAGES, translate
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.vocabulary import (
    ContactRole,
    DecisionKind,
    DepartmentKind,
    MembershipStatus,
    OrganisationKind,
    Recommendation,
    Scope,
)

CONTEXT = "export"

LABELS: dict[type[StrEnum], dict[str, str]] = {
    OrganisationKind: {
        "organisation": N_("export", "Organisation"),
        "network": N_("export", "Network"),
    },
    Scope: {
        "global": N_("export", "Global"),
        "european": N_("export", "European"),
        "nordic": N_("export", "Nordic"),
        "baltic": N_("export", "Baltic"),
        "national": N_("export", "National"),
        "other": N_("export", "Other"),
    },
    DepartmentKind: {
        "administration": N_("export", "Administration"),
        "company": N_("export", "Company"),
        "other": N_("export", "Other"),
    },
    MembershipStatus: {
        "active": N_("export", "Active"),
        "under_review": N_("export", "Under review"),
        "notice_given": N_("export", "Notice given"),
        "ended": N_("export", "Ended"),
    },
    ContactRole: {
        "primary": N_("export", "Primary"),
        "deputy": N_("export", "Deputy"),
        "other": N_("export", "Other"),
    },
    Recommendation: {
        "keep": N_("export", "Keep"),
        "leave": N_("export", "Leave"),
        "change": N_("export", "Change"),
        "undecided": N_("export", "Undecided"),
    },
    DecisionKind: {
        "keep": N_("export", "Keep"),
        "leave": N_("export", "Leave"),
        "change": N_("export", "Change"),
        "postpone": N_("export", "Postpone"),
    },
}

# Words of Swedish lists written before the program, besides the translations.
LEGACY_WORDS: dict[type[StrEnum], dict[str, str]] = {
    OrganisationKind: {"nätverk": "network", "organisation": "organisation", "org": "organisation"},
    Scope: {
        "europeisk": "european",
        "europa": "european",
        "nordisk": "nordic",
        "norden": "nordic",
        "baltisk": "baltic",
        "östersjön": "baltic",
        "nationell": "national",
        "övrig": "other",
        "internationell": "global",
    },
    DepartmentKind: {"förvaltning": "administration", "bolag": "company", "övrig": "other"},
    MembershipStatus: {
        "aktiv": "active",
        "under översyn": "under_review",
        "uppsagd": "notice_given",
        "avslutad": "ended",
        "upphört": "ended",
    },
    ContactRole: {"primär": "primary", "ersättare": "deputy", "övrig": "other"},
    Recommendation: {"behåll": "keep", "lämna": "leave", "ändra": "change", "oklart": "undecided"},
    DecisionKind: {"behåll": "keep", "lämna": "leave", "ändra": "change", "skjut upp": "postpone"},
}

YES_WORDS = {"ja", "yes", "x", "j", "y", "1", "true", "sant"}
NO_WORDS = {"nej", "no", "n", "0", "false", "falskt", "-"}


def label(enum: type[StrEnum], value: str, language: str) -> str:
    """The word shown for a stored value; the value itself when it has none."""
    return words(enum, language).get(value, value)


@cache
def words(enum: type[StrEnum], language: str) -> dict[str, str]:
    """Every stored value of `enum` and its word in `language` (a large export asks
    for them hundreds of thousands of times)."""
    return {value: translate(CONTEXT, text, language) for value, text in LABELS[enum].items()}


def value_of(enum: type[StrEnum], word: str) -> str | None:
    """The stored value a word means in any language; None when it means none."""
    key = " ".join(str(word).split()).casefold()
    if not key:
        return None
    for value in LABELS[enum]:
        if key == value.replace("_", " ") or key == value:
            return value
    for value, text in LABELS[enum].items():
        if any(key == translate(CONTEXT, text, code).casefold() for code in LANGUAGES):
            return value
    return LEGACY_WORDS[enum].get(key)


def yes_or_no(word: str) -> bool | None:
    key = str(word).strip().casefold()
    if key in YES_WORDS:
        return True
    if key in NO_WORDS:
        return False
    return None
