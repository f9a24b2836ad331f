"""Deleting records chosen in a view: what goes with them, what stands in the way.

`plan_deletion` tells the confirmation what it must say: the records' names,
what is deleted with them (a membership's fees, contacts, assessments ...),
what is merely detached (a department's people) and, per record, what still
refers to it so that it cannot be deleted. `delete_records` then deletes in one
unit of work: all of them or, when a reference appeared meanwhile, none; an
editor's `delete_record` deletes one by the same rules (`refuse_blocked`), the
one home of what may be deleted and what stands in the way.
A fixed handful of queries per call, however many records are chosen.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import InUseError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.services.common import fetch, showing_theirs
from app.services.frozen import refuse_frozen_delete
from app.store import Store
from db import models as m

KINDS = ("membership", "organisation", "department", "person")
IN_USE = {
    "organisation": N_(
        "app",
        "{name} cannot be deleted: {count} membership(s) refer to it. "
        "Delete or move those memberships first.",
    ),
    "department": N_(
        "app",
        "{name} cannot be deleted: {count} membership(s) name it. "
        "Move those memberships to another department first.",
    ),
    "person": N_(
        "app",
        "{name} is a contact person for {count} membership(s) and cannot be deleted. "
        "Mark the person as having left instead, or change those contacts first.",
    ),
}


@dataclass(frozen=True, slots=True)
class DeletionItem:
    id: int
    name: str
    references: tuple[str, ...] = ()  # what still refers to it; empty: it can go


@dataclass(frozen=True, slots=True)
class DeletionPlan:
    kind: str
    items: tuple[DeletionItem, ...]
    # Counts by what they are, e.g. {"fees": 4}: deleted with the records...
    goes_with: dict[str, int] = field(default_factory=dict)
    # ...or left in place without them, e.g. {"people": 3} of a department.
    detached: dict[str, int] = field(default_factory=dict)

    @property
    def deletable(self) -> tuple[DeletionItem, ...]:
        return tuple(i for i in self.items if not i.references)

    @property
    def blocked(self) -> tuple[DeletionItem, ...]:
        return tuple(i for i in self.items if i.references)


def plan_deletion(store: Store, kind: str, ids: Iterable[int]) -> DeletionPlan:
    """What deleting `ids` would mean; records already gone are left out."""
    wanted = sorted(set(ids))
    with store.uow() as session:
        return _PLANNERS[_checked(kind)](session, wanted)


def delete_records(store: Store, kind: str, ids: Iterable[int]) -> int:
    """Deletes the records still there, all or none; the number deleted.

    Raises `InUseError` (deleting nothing) when one of them is still referred to.
    """
    wanted = sorted(set(ids))
    with store.uow() as session:
        plan = refuse_blocked(session, kind, wanted)
        model = _MODELS[kind]
        for record in session.scalars(select(model).where(model.id.in_(wanted))):
            session.delete(record)
        return len(plan.items)


def delete_record(
    store: Store,
    kind: str,
    record_id: int,
    row: Callable[[Session, Any], object],
    *,
    version: int | None = None,
) -> None:
    """Deletes one record an editor shows, at the version it shows: the rules of
    `delete_records`; a conflict carries their current `row`."""
    model = _MODELS[_checked(kind)]

    def delete() -> None:
        with store.uow() as session:
            record = fetch(session, model, record_id, version=version)
            refuse_blocked(session, kind, [record_id])
            session.delete(record)

    showing_theirs(store, model, record_id, row, delete)


def refuse_blocked(session: Session, kind: str, ids: list[int]) -> DeletionPlan:
    """The plan of deleting `ids`; `InUseError` when something still refers to one of
    them, `ValidationError` for a membership a closed review holds."""
    plan = _PLANNERS[_checked(kind)](session, ids)
    if plan.blocked:
        first = plan.blocked[0]
        template = IN_USE.get(kind, IN_USE["organisation"])
        message = translate("app", template).format(name=first.name, count=len(first.references))
        raise InUseError(message, list(first.references))
    if kind == "membership":
        refuse_frozen_delete(session, ids)
    return plan


def mark_people_left(store: Store, ids: Iterable[int]) -> int:
    """Marks people as having left, the alternative to deleting a contact person."""
    wanted = sorted(set(ids))
    with store.uow() as session:
        people = session.scalars(select(m.Person).where(m.Person.id.in_(wanted))).all()
        for person in people:
            person.active = False  # through the ORM: versioned and change-logged
        return len(people)


def _checked(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown kind of record: {kind}")
    return kind


def _plan_memberships(session: Session, ids: list[int]) -> DeletionPlan:
    names = session.execute(
        select(m.Membership.id, m.Organisation.name, m.Department.name)
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
        .where(m.Membership.id.in_(ids))
        .order_by(m.Organisation.name)
    ).all()
    children = {
        "fees": m.Fee,
        "contacts": m.Contact,
        "participations": m.Participation,
        "positions": m.Position,
        "assessments": m.Assessment,
        "decisions": m.Decision,
    }
    goes_with = {
        what: session.scalar(
            select(func.count()).select_from(model).where(model.membership_id.in_(ids))
        )
        or 0
        for what, model in children.items()
    }
    items = tuple(DeletionItem(i, f"{org} — {dept}") for i, org, dept in names)
    return DeletionPlan("membership", items, goes_with)


def _plan_organisations(session: Session, ids: list[int]) -> DeletionPlan:
    rows = session.execute(
        select(m.Membership.organisation_id, m.Department.name, m.Membership.start_year)
        .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
        .where(m.Membership.organisation_id.in_(ids))
        .order_by(m.Department.name)
    ).all()
    references: dict[int, list[str]] = defaultdict(list)
    for organisation_id, department, start in rows:
        references[organisation_id].append(f"{department} ({start}–)")
    themes = session.scalar(
        select(func.count())
        .select_from(m.OrganisationTheme)
        .where(m.OrganisationTheme.organisation_id.in_(ids))
    )
    items = _items(session, m.Organisation, ids, references)
    return DeletionPlan("organisation", items, {"themes": themes or 0})


def _plan_departments(session: Session, ids: list[int]) -> DeletionPlan:
    responsible = select(m.Membership.responsible_department_id, m.Organisation.name).join(
        m.Organisation, m.Organisation.id == m.Membership.organisation_id
    )
    participant = (
        select(m.Participation.department_id, m.Organisation.name)
        .join(m.Membership, m.Membership.id == m.Participation.membership_id)
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
    )
    references: dict[int, list[str]] = defaultdict(list)
    for query, column in (
        (responsible, m.Membership.responsible_department_id),
        (participant, m.Participation.department_id),
    ):
        for department_id, organisation in session.execute(query.where(column.in_(ids))):
            if organisation not in references[department_id]:
                references[department_id].append(organisation)
    people = session.scalar(
        select(func.count()).select_from(m.Person).where(m.Person.department_id.in_(ids))
    )
    items = _items(session, m.Department, ids, references)
    return DeletionPlan("department", items, detached={"people": people or 0})


def _plan_people(session: Session, ids: list[int]) -> DeletionPlan:
    rows = session.execute(
        select(m.Contact.person_id, m.Organisation.name)
        .join(m.Membership, m.Membership.id == m.Contact.membership_id)
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .where(m.Contact.person_id.in_(ids))
        .order_by(m.Organisation.name)
    ).all()
    references: dict[int, list[str]] = defaultdict(list)
    for person_id, organisation in rows:
        references[person_id].append(organisation)
    positions = session.scalar(
        select(func.count()).select_from(m.Position).where(m.Position.person_id.in_(ids))
    )
    coordinating = session.scalar(
        select(func.count()).select_from(m.Department).where(m.Department.coordinator_id.in_(ids))
    )
    detached = {"positions": positions or 0, "coordinated_departments": coordinating or 0}
    return DeletionPlan("person", _items(session, m.Person, ids, references), detached=detached)


def _items(
    session: Session, model: type, ids: list[int], references: dict[int, list[str]]
) -> tuple[DeletionItem, ...]:
    names = session.execute(
        select(model.id, model.name).where(model.id.in_(ids)).order_by(model.name)  # type: ignore[attr-defined]
    ).all()
    return tuple(
        DeletionItem(i, name, tuple(sorted(references.get(i, ()), key=str.casefold)))
        for i, name in names
    )


_PLANNERS = {
    "membership": _plan_memberships,
    "organisation": _plan_organisations,
    "department": _plan_departments,
    "person": _plan_people,
}
_MODELS: dict[str, type] = {
    "membership": m.Membership,
    "organisation": m.Organisation,
    "department": m.Department,
    "person": m.Person,
}
