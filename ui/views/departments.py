"""Administrations (förvaltningar) and city-owned companies (bolag)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rows import DepartmentRow
from app.services.departments import list_departments
from app.vocabulary import DEPARTMENT_KINDS
from ui.models.columns import Column, Kind
from ui.views.filters import Filter, enum_filter
from ui.views.records import RecordsSpec, all_years

Row = DepartmentRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentsView", text)


def columns() -> list[Column[Row]]:
    return [
        Column("name", _tr("Name"), lambda r: r.name),
        Column("short_name", _tr("Short name"), lambda r: r.short_name),
        Column("kind", _tr("Kind"), lambda r: r.kind,
               text=lambda r: DEPARTMENT_KINDS.label(r.kind)),
        Column("coordinator", _tr("Coordinator"), lambda r: r.coordinator,
               header_tip=_tr("Coordinator of the department's international work")),
        Column("strategy", _tr("International strategy"), lambda r: r.strategy_year, Kind.YEAR,
               header_tip=_tr("Year the international strategy was adopted")),
        Column("memberships", _tr("Memberships"), lambda r: r.memberships, Kind.NUMBER,
               header_tip=_tr("Memberships it is responsible for, all years")),
    ]  # fmt: skip


def filters() -> list[Filter[Row]]:
    return [
        enum_filter("kind", _tr("Kind"), _tr("Administrations and companies"), DEPARTMENT_KINDS,
                    lambda r: r.kind),
    ]  # fmt: skip


SPEC = RecordsSpec("departments", "department", columns, filters, all_years(list_departments))
