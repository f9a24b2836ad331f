"""Two versions of one record side by side: what the user typed, what a colleague saved.

When a save meets a `ConflictError`, the error carries their row (`current`);
`differences` compares its `.data()` with the user's data field by field, with
references shown by name, so the editor can show "yours" beside "theirs".
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.services.change_text import REFERENCES, field_label, read_names, vocabulary_of
from app.store import Store


@dataclass(frozen=True, slots=True)
class Difference:
    field: str
    label: str  # English, marked for translation in context "app"
    mine: str
    theirs: str


def differences(store: Store, mine: Any, theirs: Any) -> list[Difference]:
    """The fields where two `...Data` of one record differ, as readable text."""
    if not dataclasses.is_dataclass(mine) or type(mine) is not type(theirs):
        return []
    changed = [
        (f.name, getattr(mine, f.name), getattr(theirs, f.name))
        for f in dataclasses.fields(mine)
        if getattr(mine, f.name) != getattr(theirs, f.name)
    ]
    wanted: dict[str, set[int]] = defaultdict(set)
    for name, *values in changed:
        for value in values:
            if name in REFERENCES and isinstance(value, int):
                wanted[REFERENCES[name]].add(value)
    names: dict[str, dict[int, str]] = {}
    if wanted:
        with store.uow() as session:
            names = read_names(session, wanted)
    entity = _ENTITIES.get(type(mine).__name__, "")
    return [
        Difference(
            name, field_label(name), _text(entity, name, a, names), _text(entity, name, b, names)
        )
        for name, a, b in changed
    ]


# The record a `...Data` holds, to tell which words its enumerated fields use.
_ENTITIES = {"OrganisationData": "organisation", "DepartmentData": "department"}


def _text(entity: str, field: str, value: Any, names: dict[str, dict[int, str]]) -> str:
    if value is None or value == "":
        return "–"
    if field in REFERENCES and isinstance(value, int):
        return names.get(REFERENCES[field], {}).get(value, f"#{value}")
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str):
        return str(_word(entity, field, value))
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, tuple | list):
        return "; ".join(_part(entity, field, v) for v in value) or "–"
    return str(value)


def _part(entity: str, field: str, value: Any) -> str:
    """One line of a list: a theme, or a fee / contact / position as its values."""
    if dataclasses.is_dataclass(value):
        shown = [_word(entity, f.name, getattr(value, f.name)) for f in dataclasses.fields(value)]
        return " ".join(f"{v:f}" if isinstance(v, Decimal) else str(v) for v in shown if v)
    return str(_word(entity, field, value))


def _word(entity: str, field: str, value: Any) -> Any:
    """A stored key in words (a contact's role, a theme); any other value as it is."""
    words = vocabulary_of(entity, field)
    return words.label(value) if words is not None and isinstance(value, str) else value
