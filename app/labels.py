"""What the register's stored codes are called where people read them.

Scopes, kinds and statuses are stored as short codes (`app.vocabulary`); themes are
free text, usually one of the common codes below. The labels are English
sources marked for translation in context "app": the window translates them
with `QCoreApplication.translate("app", ...)`, reports with `app.i18n.translate`.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate

SCOPES = {
    "global": N_("app", "Global"),
    "european": N_("app", "European"),
    "nordic": N_("app", "Nordic"),
    "baltic": N_("app", "Baltic"),
    "national": N_("app", "National"),
    "other": N_("app", "Other"),
}
KINDS = {
    "organisation": N_("app", "Organisation"),
    "network": N_("app", "Network"),
}
STATUSES = {
    "active": N_("app", "Active"),
    "under_review": N_("app", "Under review"),
    "notice_given": N_("app", "Notice given"),
    "ended": N_("app", "Ended"),
}
THEMES = {
    "ageing": N_("app", "Ageing"),
    "business": N_("app", "Business"),
    "culture": N_("app", "Culture"),
    "education": N_("app", "Education"),
    "employment": N_("app", "Employment"),
    "energy": N_("app", "Energy"),
    "environment": N_("app", "Environment"),
    "governance": N_("app", "Governance"),
    "health": N_("app", "Health"),
    "housing": N_("app", "Housing"),
    "it": N_("app", "IT"),
    "other": N_("app", "Other"),
    "planning": N_("app", "Urban planning"),
    "ports": N_("app", "Ports"),
    "safety": N_("app", "Safety"),
    "social": N_("app", "Social services"),
    "sport": N_("app", "Sport"),
    "tourism": N_("app", "Tourism"),
    "transport": N_("app", "Transport"),
    "water": N_("app", "Water"),
}


def source_label(table: dict[str, str], code: str) -> str:
    """The English source of a code's label; an unknown code shows as written."""
    return table.get(code, code)


def label(table: dict[str, str], code: str, language: str | None = None) -> str:
    """The code's label translated outside Qt."""
    if code in table:
        return translate("app", table[code], language)
    return code
