"""Change-log entries in words: which record, which field, old value -> new value.

References are shown by name (an organisation, not "organisation_id 3").
The names of every record a page of entries mentions are read with one query
per table, never one per entry.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import FieldChange
from app.vocabulary import (
    CONTACT_ROLES,
    DECISIONS,
    DEPARTMENT_KINDS,
    MEMBERSHIP_STATUSES,
    ORGANISATION_KINDS,
    RECOMMENDATIONS,
    REVIEW_STATUSES,
    SCOPES,
    THEMES,
    Vocabulary,
)
from db import models as m

ENTITY_LABELS = {
    "organisation": N_("app", "Organisation"),
    "organisation_theme": N_("app", "Theme"),
    "department": N_("app", "Department"),
    "person": N_("app", "Person"),
    "membership": N_("app", "Membership"),
    "participation": N_("app", "Participating department"),
    "contact": N_("app", "Contact person"),
    "fee": N_("app", "Fee"),
    "exchange_rate": N_("app", "Exchange rate"),
    "position": N_("app", "Position of trust"),
    "assessment": N_("app", "Assessment"),
    "review": N_("app", "Review"),
    "decision": N_("app", "Decision"),
}
FIELD_LABELS = {
    "name": N_("app", "Name"), "acronym": N_("app", "Acronym"), "kind": N_("app", "Kind"),
    "scope": N_("app", "Scope"), "website": N_("app", "Website"),
    "country": N_("app", "Country"), "description": N_("app", "Description"),
    "theme": N_("app", "Theme"), "short_name": N_("app", "Short name"),
    "coordinator_id": N_("app", "Coordinator"),
    "strategy_year": N_("app", "International strategy adopted"),
    "title": N_("app", "Title"), "email": N_("app", "E-mail"), "phone": N_("app", "Phone"),
    "department_id": N_("app", "Department"), "active": N_("app", "Active"),
    "organisation_id": N_("app", "Organisation"),
    "responsible_department_id": N_("app", "Responsible department"),
    "start_year": N_("app", "Start year"), "end_year": N_("app", "End year"),
    "status": N_("app", "Status"), "notice_months": N_("app", "Notice period (months)"),
    "notes": N_("app", "Notes"), "membership_id": N_("app", "Membership"),
    "person_id": N_("app", "Person"), "role": N_("app", "Role"), "year": N_("app", "Year"),
    "amount": N_("app", "Amount"), "currency": N_("app", "Currency"),
    "rate_to_sek": N_("app", "Rate to SEK"), "body": N_("app", "Body"),
    "from_year": N_("app", "From"), "to_year": N_("app", "To"),
    "added_value": N_("app", "Added value"), "rating": N_("app", "Rating"),
    "meetings_attended": N_("app", "Meetings attended"),
    "working_groups": N_("app", "Working groups"),
    "positions_held": N_("app", "Positions held"),
    "other_costs_sek": N_("app", "Other costs (SEK)"),
    "recommendation": N_("app", "Recommendation"), "assessed_by": N_("app", "Assessed by"),
    "assessed_on": N_("app", "Assessed on"), "held_on": N_("app", "Held on"),
    "participants": N_("app", "Participants"), "closed_at": N_("app", "Closed"),
    "frozen_figures": N_("app", "Figures of the year"), "review_id": N_("app", "Review"),
    "decision": N_("app", "Decision"), "rationale": N_("app", "Rationale"),
    "decided_by": N_("app", "Decided by"),
    # What an import changes in a record, beside its fields (app.spreadsheet.plan).
    "themes": N_("app", "Themes"), "participant_ids": N_("app", "Participating departments"),
    "contacts": N_("app", "Contact persons"), "fee": N_("app", "Fee"),
    "positions": N_("app", "Positions of trust"), "assessment": N_("app", "Assessment"),
}  # fmt: skip
# Reference fields and the table whose name they show.
REFERENCES = {
    "organisation_id": "organisation",
    "department_id": "department",
    "responsible_department_id": "department",
    "coordinator_id": "person",
    "person_id": "person",
    "membership_id": "membership",
    "review_id": "review",
}
# Entries whose entity_id is their owner's id (see db.audit._owner_id).
OWNER_OF = {"participation": "membership", "contact": "membership",
            "organisation_theme": "organisation"}  # fmt: skip
NAMED = {"organisation": m.Organisation, "department": m.Department, "person": m.Person}
PARTS = {"fee": m.Fee, "position": m.Position, "assessment": m.Assessment, "decision": m.Decision}


def entity_label(entity: str) -> str:
    """The English label (marked for translation in context "app")."""
    return ENTITY_LABELS.get(entity, entity.replace("_", " ").capitalize())


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


class Entry(Protocol):
    """A change-log row: the ORM record or a plain result row."""

    entity: str
    entity_id: int | None
    summary: str
    changes: str


class Names:
    """The names of the records a set of entries refers to."""

    def __init__(self, names: dict[str, dict[int, str]], owners: dict[tuple[str, int], int]):
        self._names = names
        self._owners = owners  # (part entity, id) -> membership id

    def of(self, table: str, record_id: object) -> str:
        if not isinstance(record_id, int):
            return ""
        return self._names.get(table, {}).get(record_id, f"#{record_id}")

    def record(self, entry: Entry) -> str:
        """A readable name of the entry's record, even where it has been deleted since."""
        values = _values(entry.changes)
        if entry.entity in ("organisation", "department", "person", "membership", "review"):
            known = self._names.get(entry.entity, {}).get(entry.entity_id or -1)
            return known or entry.summary or _membership_from(values, self) or f"#{entry.entity_id}"
        if entry.entity in OWNER_OF:
            return self.of(OWNER_OF[entry.entity], entry.entity_id)
        if entry.entity in PARTS:
            owner = values.get("membership_id")
            if not isinstance(owner, int):
                owner = self._owners.get((entry.entity, entry.entity_id or -1))
            year = values.get("year")
            where = self.of("membership", owner) if owner else ""
            return ", ".join(str(p) for p in (where, year if isinstance(year, int) else "") if p)
        if entry.entity == "exchange_rate":
            return " ".join(str(values.get(k, "")) for k in ("currency", "year")).strip()
        return entry.summary


def record_names(session: Session, entries: Iterable[Entry]) -> Names:
    wanted: dict[str, set[int]] = defaultdict(set)
    parts: dict[str, set[int]] = defaultdict(set)
    for entry in entries:
        table = OWNER_OF.get(entry.entity, entry.entity)
        if entry.entity_id is not None:
            wanted[table].add(entry.entity_id)
            if entry.entity in PARTS:
                parts[entry.entity].add(entry.entity_id)
        for field, value in _parsed(entry.changes).items():
            for one in value if isinstance(value, list) else [value]:
                if field in REFERENCES and isinstance(one, int):
                    wanted[REFERENCES[field]].add(one)
    owners = _part_owners(session, parts)
    wanted["membership"].update(owners.values())
    return Names(read_names(session, wanted), owners)


def field_changes(changes: str, names: Names, entity: str) -> tuple[FieldChange, ...]:
    """Each changed field of an `entity` record with its old and new value in words
    ('' where empty)."""
    result = []
    for field, value in _parsed(changes).items():
        if field == "id":  # the record's number says nothing to a reader
            continue
        old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
        words = vocabulary_of(entity, field)
        result.append(
            FieldChange(field, _text(field, old, names, words), _text(field, new, names, words))
        )
    return tuple(result)


def _text(field: str, value: Any, names: Names, words: Vocabulary | None) -> str:
    if value is None or value == "":
        return ""
    if field in REFERENCES:
        return names.of(REFERENCES[field], value)
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if words is not None and isinstance(value, str):
        return words.label(value)
    return str(value)


# The vocabulary whose keys a stored field holds: by record where a field name means
# different things (an organisation's kind is not a department's), else by field.
RECORD_VOCABULARIES = {
    ("organisation", "kind"): ORGANISATION_KINDS,
    ("department", "kind"): DEPARTMENT_KINDS,
    ("review", "status"): REVIEW_STATUSES,
}
FIELD_VOCABULARIES = {
    "scope": SCOPES,
    "status": MEMBERSHIP_STATUSES,
    "role": CONTACT_ROLES,
    "recommendation": RECOMMENDATIONS,
    "decision": DECISIONS,
    "theme": THEMES,
    "themes": THEMES,
}


def vocabulary_of(entity: str, field: str) -> Vocabulary | None:
    """The words of an `entity` record's enumerated `field`; None for free text."""
    return RECORD_VOCABULARIES.get((entity, field)) or FIELD_VOCABULARIES.get(field)


@lru_cache(maxsize=20_000)  # each entry's JSON is read three times: names, record, fields
def _parsed(changes: str) -> dict[str, Any]:
    try:
        data = json.loads(changes) if changes else {}
    except json.JSONDecodeError:
        return {}
    return data if isinstance(data, dict) else {}


def _values(changes: str) -> dict[str, Any]:
    """Field -> value, taking the new value of an update's [old, new] pair."""
    return {
        k: (v[1] if isinstance(v, list) and len(v) == 2 else v) for k, v in _parsed(changes).items()
    }


def _membership_from(values: dict[str, Any], names: Names) -> str:
    organisation = names.of("organisation", values.get("organisation_id"))
    department = names.of("department", values.get("responsible_department_id"))
    return f"{organisation} — {department}" if organisation and department else ""


def _part_owners(session: Session, parts: dict[str, set[int]]) -> dict[tuple[str, int], int]:
    owners: dict[tuple[str, int], int] = {}
    for entity, ids in parts.items():
        model = PARTS[entity]
        for record_id, membership_id in session.execute(
            select(model.id, model.membership_id).where(model.id.in_(ids))
        ):
            owners[(entity, record_id)] = membership_id
    return owners


def read_names(session: Session, wanted: dict[str, set[int]]) -> dict[str, dict[int, str]]:
    names: dict[str, dict[int, str]] = {}
    for table, model in NAMED.items():
        ids = wanted.get(table)
        if ids:
            query = select(model.id, model.name).where(model.id.in_(ids))
            names[table] = {i: name for i, name in session.execute(query)}
    if wanted.get("membership"):
        query = (
            select(m.Membership.id, m.Organisation.name, m.Department.name)
            .join(m.Organisation, m.Membership.organisation_id == m.Organisation.id)
            .join(m.Department, m.Membership.responsible_department_id == m.Department.id)
            .where(m.Membership.id.in_(wanted["membership"]))
        )
        names["membership"] = {i: f"{o} — {d}" for i, o, d in session.execute(query)}
    if wanted.get("review"):
        query = select(m.Review.id, m.Review.year).where(m.Review.id.in_(wanted["review"]))
        names["review"] = {i: str(year) for i, year in session.execute(query)}
    return names
