"""Swedish sort order for text columns: å, ä, ö after z, case ignored, 2 before 10.

Comparing strings through QCollator one pair at a time is slow from Python, so
each distinct text is ranked once (a register repeats its organisation and
department names many times) and rows sort by the integer rank.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCollator, QLocale, Qt


@cache
def swedish() -> QCollator:
    collator = QCollator(QLocale("sv_SE"))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)  # "Grupp 2" before "Grupp 10"
    return collator


def ranks(texts: list[str]) -> list[int | None]:
    """Each text's place in Swedish order; None for an empty text (sorted last)."""
    collator = swedish()
    distinct = sorted(set(texts) - {""}, key=collator.sortKey)
    place: dict[str, int] = {}
    rank, previous = -1, None
    for text in distinct:
        if previous is None or collator.compare(previous, text) != 0:
            rank += 1  # texts equal in Swedish order share a rank: the sort stays stable
        place[text], previous = rank, text
    return [place.get(text) for text in texts]
