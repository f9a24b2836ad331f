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

from app.labels import label
from app.services.change_text import LABELLED, REFERENCES, field_label, read_names
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
    return [
        Difference(name, field_label(name), _text(name, a, names), _text(name, b, names))
        for name, a, b in changed
    ]


def _text(field: str, value: Any, names: dict[str, dict[int, str]]) -> str:
    if value is None or value == "":
        return "–"
    if field in REFERENCES and isinstance(value, int):
        return names.get(REFERENCES[field], {}).get(value, f"#{value}")
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if field in LABELLED and isinstance(value, str):
        return label(LABELLED[field], value)
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, tuple | list):
        return "; ".join(_part(v) for v in value) or "–"
    return str(value)


def _part(value: Any) -> str:
    """One line of a list: a theme, or a fee / contact / position as its values."""
    if dataclasses.is_dataclass(value):
        shown = [getattr(value, f.name) for f in dataclasses.fields(value)]
        return " ".join(f"{v:f}" if isinstance(v, Decimal) else str(v) for v in shown if v)
    return str(value)
