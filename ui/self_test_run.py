"""A run of `--self-test` and its steps: what the steps share and how one is named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Run:
    """What the steps share: the temporary folder and what earlier steps made."""

    folder: Path
    objects: dict[str, object] = field(default_factory=dict)

    def __getitem__(self, key: str) -> object:
        return self.objects[key]

    def __setitem__(self, key: str, value: object) -> None:
        self.objects[key] = value


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Run], str | None]  # returns a short note; raises on failure


# A step, or a function that gives the steps only known once earlier ones ran (the views).
Entry = Step | Callable[[Run], list[Step]]
