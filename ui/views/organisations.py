"""Organisations and networks the city is, was or may be a member of."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rows import OrganisationRow
from app.services.organisations import list_organisations
from app.vocabulary import ORGANISATION_KINDS, SCOPES, theme_labels
from ui.models.columns import Column, Kind
from ui.views.filters import Filter, enum_filter
from ui.views.records import RecordsSpec, all_years

Row = OrganisationRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("OrganisationsView", text)


def columns() -> list[Column[Row]]:
    return [
        Column("name", _tr("Name"), lambda r: r.name, tooltip=lambda r: r.description),
        Column("acronym", _tr("Acronym"), lambda r: r.acronym),
        Column("kind", _tr("Kind"), lambda r: r.kind,
               text=lambda r: ORGANISATION_KINDS.label(r.kind)),
        Column("scope", _tr("Scope"), lambda r: r.scope,
               text=lambda r: SCOPES.label(r.scope)),
        Column("country", _tr("Country"), lambda r: r.country),
        Column("themes", _tr("Themes"), lambda r: ", ".join(theme_labels(r.themes))),
        Column("website", _tr("Website"), lambda r: r.website),
        Column("memberships", _tr("Memberships"), lambda r: r.memberships, Kind.NUMBER,
               header_tip=_tr("Memberships on record, all years")),
        Column("description", _tr("Description"), lambda r: r.description,
               visible=False, tooltip=lambda r: r.description),
    ]  # fmt: skip


def filters() -> list[Filter[Row]]:
    return [
        enum_filter("kind", _tr("Kind"), _tr("Organisations and networks"), ORGANISATION_KINDS,
                    lambda r: r.kind),
        enum_filter("scope", _tr("Scope"), _tr("All scopes"), SCOPES, lambda r: r.scope),
    ]  # fmt: skip


SPEC = RecordsSpec("organisations", "organisation", columns, filters, all_years(list_organisations))
