"""The filter combos above a table: each a named test on a row with a chosen value."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

from app.vocabulary import Vocabulary
from ui.models.collation import swedish
from ui.models.columns import R


@dataclass(frozen=True)
class Filter(Generic[R]):
    key: str
    label: str  # translated, e.g. "Status"
    everything: str  # the combo's first entry, e.g. "All statuses"
    options: Callable[[Sequence[R]], list[tuple[Any, str]]]  # (value, text) for these rows
    test: Callable[[R, Any], bool]  # does the row pass with this value chosen
    from_rows: bool = False  # options depend on the rows: gathered when the list opens


def enum_filter(
    key: str, label: str, everything: str, words: Vocabulary, value: Callable[[R], str]
) -> Filter[R]:
    """A filter on an enumerated field, offering every word of its vocabulary."""
    return Filter(key, label, everything, lambda _rows: words.choices(), lambda r, v: value(r) == v)


def named_filter(
    key: str,
    label: str,
    everything: str,
    names: Callable[[R], Iterable[tuple[int, str]]],
) -> Filter[R]:
    """A filter on records a row names (e.g. its departments), offering those found."""

    def options(rows: Sequence[R]) -> list[tuple[Any, str]]:
        found = {record_id: name for row in rows for record_id, name in names(row)}
        ordered = sorted(found.items(), key=lambda item: swedish().sortKey(item[1]))
        return list(ordered)

    def test(row: R, chosen: Any) -> bool:
        return any(record_id == chosen for record_id, _ in names(row))

    return Filter(key, label, everything, options, test, from_rows=True)
