"""One value of a chart, as the overview hands it over."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ChartPoint:
    label: str
    value: float | None  # None: nothing on record (drawn as a dash, not as zero)
    tip: str = ""  # the hover text; by default "label: value"
    highlight: bool = False  # the chosen year
    other: bool = False  # "other" / the rest, drawn in grey
