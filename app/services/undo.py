"""Undoing the last change made from the tables: the record as it was, put back.

Before an edit or a delete the window takes a `Snapshot` of the record (what
its editor would save, plus a membership's assessments, which are not part of
the membership's data). Undoing an edit saves the snapshot over the record,
refusing where someone else changed it since; undoing a delete creates the
record again from it (with a new id); undoing a creation deletes the record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.rows import AssessmentData, AssessmentRow
from app.services import assessments, departments, memberships, organisations, people
from app.store import Store

KINDS = ("organisation", "department", "person", "membership")


@dataclass(frozen=True)
class Snapshot:
    kind: str  # organisation / department / person / membership
    record_id: int
    version: int
    name: str  # how the record is named in "Undo delete of ..."
    data: Any  # the ...Data its service saves
    assessments: tuple[AssessmentRow, ...] = ()


def snapshot(store: Store, kind: str, record_id: int) -> Snapshot:
    """The record as it is now; NotFoundError where it is gone."""
    if kind == "membership":
        detail = memberships.get_membership(store, record_id)
        name = f"{detail.organisation} – {detail.responsible_department}"
        return Snapshot(kind, record_id, detail.version, name, detail.data(), detail.assessments)
    row = _GET[kind](store, record_id)
    return Snapshot(kind, record_id, row.version, row.name, row.data())


def put_back(store: Store, before: Snapshot, *, version: int | None = None) -> None:
    """Saves `before` over the record (an edit undone); `version` guards a third change."""
    _UPDATE[before.kind](store, before.record_id, before.data, version=version)


def recreate(store: Store, deleted: Snapshot) -> int:
    """Creates a deleted record again from its snapshot; returns the new id."""
    new_id: int = _CREATE[deleted.kind](store, deleted.data).id
    for a in deleted.assessments:
        assessments.save_assessment(
            store,
            AssessmentData(
                new_id, a.year, a.added_value, a.rating, a.meetings_attended,
                a.working_groups, a.positions_held, a.other_costs_sek, a.recommendation,
                a.assessed_by, a.assessed_on,
            ),
        )  # fmt: skip
    return new_id


def remove(store: Store, kind: str, record_id: int, version: int | None = None) -> None:
    """Deletes a record just created (a creation undone)."""
    _DELETE[kind](store, record_id, version=version)


_GET: dict[str, Callable[[Store, int], Any]] = {
    "organisation": organisations.get_organisation,
    "department": departments.get_department,
    "person": people.get_person,
}
_CREATE: dict[str, Callable[[Store, Any], Any]] = {
    "organisation": organisations.create_organisation,
    "department": departments.create_department,
    "person": people.create_person,
    "membership": memberships.create_membership,
}
_UPDATE: dict[str, Callable[..., Any]] = {
    "organisation": organisations.update_organisation,
    "department": departments.update_department,
    "person": people.update_person,
    "membership": memberships.update_membership,
}
_DELETE: dict[str, Callable[..., Any]] = {
    "organisation": organisations.delete_organisation,
    "department": departments.delete_department,
    "person": people.delete_person,
    "membership": memberships.delete_membership,
}
