"""Contact persons and coordinators; people who have left stay, marked as such."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rows import PersonRow
from app.services.people import list_people
from ui.models.columns import Column, Kind
from ui.views.filters import Filter, named_filter
from ui.views.records import RecordsSpec, all_years

Row = PersonRow


def _tr(text: str) -> str:
    return QCoreApplication.translate("PeopleView", text)


def _status(row: Row) -> str:
    return _tr("Active") if row.active else _tr("Left")


def columns() -> list[Column[Row]]:
    return [
        Column("name", _tr("Name"), lambda r: r.name),
        Column("title", _tr("Title"), lambda r: r.title),
        Column("department", _tr("Department"), lambda r: r.department),
        Column("email", _tr("E-mail"), lambda r: r.email),
        Column("phone", _tr("Phone"), lambda r: r.phone),
        Column("status", _tr("Status"), _status),
        Column("contact_for", _tr("Contact for"), lambda r: r.contact_for, Kind.NUMBER,
               header_tip=_tr("Memberships this person is a contact for")),
    ]  # fmt: skip


def filters() -> list[Filter[Row]]:
    return [
        named_filter("department", _tr("Department"), _tr("All departments"),
                     lambda r: [(r.department_id, r.department)] if r.department_id else []),
        Filter("status", _tr("Status"), _tr("Active and left"),
               lambda _rows: [(True, _tr("Active")), (False, _tr("Left"))],
               lambda r, active: r.active == active),
    ]  # fmt: skip


SPEC = RecordsSpec("people", "person", columns, filters, all_years(list_people))
