"""The words the review shows for its stored values (decision, recommendation, status)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.i18n import QT_TRANSLATE_NOOP as N_

DECISIONS = {
    "keep": N_("review", "Keep"),
    "leave": N_("review", "Leave"),
    "change": N_("review", "Change"),
    "postpone": N_("review", "Postpone"),
}
RECOMMENDATIONS = {
    "keep": N_("review", "keep"),
    "leave": N_("review", "leave"),
    "change": N_("review", "change"),
    "undecided": N_("review", "undecided"),
    "": N_("review", "not assessed"),
}
STATUSES = {
    "active": N_("review", "active"),
    "under_review": N_("review", "under review"),
    "notice_given": N_("review", "notice given"),
    "ended": N_("review", "ended"),
}
CONTACT_ROLES = {
    "primary": N_("review", "primary"),
    "deputy": N_("review", "deputy"),
    "other": N_("review", "other"),
}
KINDS = {"organisation": N_("review", "organisation"), "network": N_("review", "network")}


def label(table: dict[str, str], value: str) -> str:
    """The translated word for a stored value; the value itself where none is known."""
    text = table.get(value)
    return QCoreApplication.translate("review", text) if text is not None else value
