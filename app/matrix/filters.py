"""Which part of the matrix is shown: the filters, and how they read in words."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.vocabulary import MEMBERSHIP_STATUSES, ORGANISATION_KINDS, SCOPES, THEMES

Translate = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class MatrixFilters:
    kind: str | None = None  # organisation / network
    scope: str | None = None
    theme: str | None = None
    status: str | None = None  # of the memberships counted
    departments_without_membership: bool = False
    single_department_memberships: bool = False
    sort_by: str = "name"  # "name" or the key of a row total (largest first)


def describe_filters(filters: MatrixFilters, tr: Translate, language: str) -> list[str]:
    """The filters in force, in words (`tr` translates in context "app"), for a heading."""
    chosen = (
        (filters.kind, ORGANISATION_KINDS, N_("app", "kind: {value}")),
        (filters.scope, SCOPES, N_("app", "scope: {value}")),
        (filters.theme, THEMES, N_("app", "theme: {value}")),
        (filters.status, MEMBERSHIP_STATUSES, N_("app", "status: {value}")),
    )
    words = [
        tr(template).format(value=words.label(key, language))
        for key, words, template in chosen
        if key
    ]
    if filters.departments_without_membership:
        words.append(tr(N_("app", "only departments with no membership")))
    if filters.single_department_memberships:
        words.append(tr(N_("app", "only memberships with a single department")))
    return words
