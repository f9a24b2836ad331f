"""The records the pickers offer, named the way people look for them, in Swedish order."""

from __future__ import annotations

from PySide6.QtCore import QCollator, QCoreApplication, QLocale

from app.rows import PersonRow
from app.services.pickers import Named, department_names, organisation_names, people_for_pickers
from app.store import Store

Choice = tuple[int, str]


def swedish_order(texts: list[Choice]) -> list[Choice]:
    """Names sorted as a Swedish reader expects them: å, ä, ö after z."""
    collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    return sorted(texts, key=lambda choice: collator.sortKey(choice[1]))


def named_text(row: Named) -> str:
    """'Union of Baltic Cities (UBC)': the acronym too, since people search by it."""
    return f"{row.name} ({row.short})" if row.short else row.name


def person_text(row: PersonRow) -> str:
    if row.active:
        return row.name
    return QCoreApplication.translate("records", "{0} (has left)").format(row.name)


def organisation_choices(store: Store) -> list[Choice]:
    return swedish_order([(r.id, named_text(r)) for r in organisation_names(store)])


def department_choices(store: Store) -> list[Choice]:
    return swedish_order([(r.id, named_text(r)) for r in department_names(store)])


def people_by_id(store: Store) -> dict[int, PersonRow]:
    return {row.id: row for row in people_for_pickers(store)}


def person_choices(people: dict[int, PersonRow]) -> list[Choice]:
    """People still working first, then those who have left (kept for history)."""
    active = swedish_order([(r.id, person_text(r)) for r in people.values() if r.active])
    left = swedish_order([(r.id, person_text(r)) for r in people.values() if not r.active])
    return active + left
