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
    words = []
    if filters.kind:
        kind = ORGANISATION_KINDS.label(filters.kind, language)
        words.append(tr(N_("app", "kind: {kind}")).format(kind=kind))
    if filters.scope:
        scope = SCOPES.label(filters.scope, language)
        words.append(tr(N_("app", "scope: {scope}")).format(scope=scope))
    if filters.theme:
        theme = THEMES.label(filters.theme, language)
        words.append(tr(N_("app", "theme: {theme}")).format(theme=theme))
    if filters.status:
        status = MEMBERSHIP_STATUSES.label(filters.status, language)
        words.append(tr(N_("app", "status: {status}")).format(status=status))
    if filters.departments_without_membership:
        words.append(tr(N_("app", "only departments with no membership")))
    if filters.single_department_memberships:
        words.append(tr(N_("app", "only memberships with a single department")))
    return words
