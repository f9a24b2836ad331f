"""Memberships: the register as of the chosen year, one row per membership."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rows import MembershipRow
from app.services.register import memberships_for_year
from app.vocabulary import (
    MEMBERSHIP_STATUSES,
    ORGANISATION_KINDS,
    RECOMMENDATIONS,
    SCOPES,
    theme_labels,
)
from ui.models.columns import Column, Kind
from ui.views.filters import Filter, enum_filter, named_filter
from ui.views.records import RecordsSpec

Row = MembershipRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MembershipsView", text)


def columns() -> list[Column[Row]]:
    return [
        Column("organisation", _tr("Organisation"), lambda r: r.organisation,
               tooltip=_organisation_tip),
        Column("acronym", _tr("Acronym"), lambda r: r.acronym, visible=False),
        Column("kind", _tr("Kind"), lambda r: r.kind,
               text=lambda r: ORGANISATION_KINDS.label(r.kind)),
        Column("scope", _tr("Scope"), lambda r: r.scope, visible=False,
               text=lambda r: SCOPES.label(r.scope)),
        Column("responsible", _tr("Responsible department"), lambda r: r.responsible_department),
        Column("participants", _tr("Participating departments"),
               lambda r: "; ".join(r.participants),
               tooltip=lambda r: "\n".join(r.participants)),
        Column("contact", _tr("Primary contact"), lambda r: r.primary_contact,
               warn=lambda r: not r.primary_contact, tooltip=_contact_tip),
        Column("fee", _tr("Fee"), lambda r: r.fee_amount, Kind.NUMBER),
        Column("currency", _tr("Currency"), lambda r: r.fee_currency),
        Column("fee_sek", _tr("Fee in SEK"), lambda r: r.fee_sek, Kind.NUMBER,
               warn=lambda r: r.fee_amount is not None and r.fee_sek is None,
               tooltip=_sek_tip),
        Column("start", _tr("Start"), lambda r: r.start_year, Kind.YEAR),
        Column("end", _tr("End"), lambda r: r.end_year, Kind.YEAR),
        Column("status", _tr("Status"), lambda r: r.status,
               text=lambda r: MEMBERSHIP_STATUSES.label(r.status)),
        Column("assessment", _tr("Latest assessment"), lambda r: r.latest_rating,
               text=_assessment_text, sort=lambda r: r.latest_rating,
               header_tip=_tr("Rating (1–5) and recommendation of the latest assessment")),
        Column("themes", _tr("Themes"), lambda r: ", ".join(theme_labels(r.themes)), visible=False),
    ]  # fmt: skip


def _organisation_tip(row: Row) -> str:
    lines = [row.organisation + (f" ({row.acronym})" if row.acronym else "")]
    if row.themes:
        lines.append(_tr("Themes: %1").replace("%1", ", ".join(theme_labels(row.themes))))
    return "\n".join(lines)


def _contact_tip(row: Row) -> str:
    return "" if row.primary_contact else _tr("This membership has no primary contact.")


def _sek_tip(row: Row) -> str:
    if row.fee_amount is not None and row.fee_sek is None:
        return _tr("No exchange rate for %1: add one to value this fee.").replace(
            "%1", row.fee_currency
        )
    return ""


def _assessment_text(row: Row) -> str:
    if row.latest_assessment_year is None:
        return ""
    parts = []
    if row.latest_rating is not None:
        parts.append(f"{row.latest_rating}/5")
    if row.latest_recommendation:
        parts.append(RECOMMENDATIONS.label(row.latest_recommendation))
    return " · ".join(parts) + f" ({row.latest_assessment_year})"


def _departments(row: Row) -> list[tuple[int, str]]:
    pairs = [(row.responsible_department_id, row.responsible_department)]
    return pairs + list(zip(row.participant_ids, row.participants, strict=False))


def filters() -> list[Filter[Row]]:
    return [
        enum_filter("kind", _tr("Kind"), _tr("Organisations and networks"), ORGANISATION_KINDS,
                    lambda r: r.kind),
        enum_filter("status", _tr("Status"), _tr("All statuses"), MEMBERSHIP_STATUSES,
                    lambda r: r.status),
        enum_filter("scope", _tr("Scope"), _tr("All scopes"), SCOPES, lambda r: r.scope),
        named_filter("department", _tr("Department (responsible or participating)"),
                     _tr("All departments"), _departments),
    ]  # fmt: skip


SPEC = RecordsSpec("memberships", "membership", columns, filters, memberships_for_year, True)
