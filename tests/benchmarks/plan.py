"""What the benchmark measures: the child commands, and the figures read from them.

A command runs once per round in a fresh process; several figures may read
different values from the same run (the view's open, keystroke and sort).
Each figure names its floors (the same work done by the least program on this
stack, measured in the same rounds) and its target.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.benchmarks.children import Sample

FLOOR_SCRIPT = str(Path(__file__).with_name("startup_floor.py"))
QUIT_AFTER_SHOW = {"MEMBERSHIP_REGISTER_QUIT_AFTER_SHOW": "1"}
MEMORY_TARGET_MB = 500.0


class NotReadyError(Exception):
    """A command cannot run: what it needs is missing (the reason says what)."""


@dataclass(frozen=True, slots=True)
class Setup:
    """The registers and files the commands work on."""

    example_db: Path | None  # None until app.demo has landed
    large_db: Path
    year: int
    work: Path

    @property
    def export_file(self) -> Path:
        return self.work / "export.xlsx"


Argv = Callable[[Setup, dict[str, list[Sample]]], list[str]]


@dataclass(frozen=True, slots=True)
class Command:
    key: str
    argv: Argv
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reading:
    """One value of one command: `metric` from the runs of `command`."""

    command: str
    metric: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class Target:
    seconds: float | None = None  # the median must stay under this
    ratio: float | None = None  # ... or within this multiple of the first floor

    def describe(self) -> str:
        if self.ratio is not None:
            return f"≤ {self.ratio:g}× floor"
        if self.seconds is not None:
            return (
                f"< {self.seconds * 1000:.0f} ms" if self.seconds < 1 else f"< {self.seconds:g} s"
            )
        return ""


@dataclass(frozen=True, slots=True)
class Figure:
    key: str
    label: str
    reading: Reading
    floors: tuple[Reading, ...] = ()
    target: Target = Target()


def _example(setup: Setup) -> str:
    if setup.example_db is None:
        raise NotReadyError("the example register (app.demo) has not landed on main yet")
    return str(setup.example_db)


def _probe(name: str, *args: Callable[[Setup], object]) -> Argv:
    return lambda s, _r: ["-m", "tests.benchmarks.probe", name, *(str(a(s)) for a in args)]


def _large(s: Setup) -> Path:
    return s.large_db


def _year(s: Setup) -> int:
    return s.year


def _export_floor(setup: Setup, results: dict[str, list[Sample]]) -> list[str]:
    counted = results.get("export_shapes", [])
    shapes = next((r.extra["shapes"] for r in counted if "shapes" in r.extra), None)
    if shapes is None:
        raise NotReadyError("needs the export's sheet shapes (the export is not available yet)")
    floor_file = setup.work / "floor.xlsx"
    return [*_probe("export_floor")(setup, results), str(floor_file), json.dumps(shapes)]


def _export_shapes(setup: Setup, results: dict[str, list[Sample]]) -> list[str]:
    if not any("seconds" in r.values for r in results.get("export", [])):
        raise NotReadyError("needs the export's file (the export is not available yet)")
    if results.get("export_shapes"):
        raise NotReadyError("counted once")  # the same export every round
    return [*_probe("sheet_shapes")(setup, results), str(setup.export_file)]


def _reimport(setup: Setup, results: dict[str, list[Sample]]) -> list[str]:
    if not any("seconds" in r.values for r in results.get("export", [])):
        raise NotReadyError("needs the export's file (the export is not available yet)")
    return [*_probe("reimport")(setup, results), str(setup.export_file), str(setup.work)]


COMMANDS: tuple[Command, ...] = (
    Command("app_example", lambda s, _r: ["-m", "app", "--db", _example(s)], QUIT_AFTER_SHOW),
    Command("floor_qt", lambda s, _r: [FLOOR_SCRIPT]),
    Command("floor_orm_example", lambda s, _r: [FLOOR_SCRIPT, _example(s), str(s.year)]),
    Command("app_large", lambda s, _r: ["-m", "app", "--db", str(s.large_db)], QUIT_AFTER_SHOW),
    Command("floor_orm_large", lambda s, _r: [FLOOR_SCRIPT, str(s.large_db), str(s.year)]),
    Command("memberships_view", _probe("memberships_view", _large, _year)),
    Command("memberships_query", _probe("memberships_query", _large, _year)),
    Command("memberships_floor", _probe("memberships_floor", _large, _year)),
    Command("matrix_view", _probe("matrix_view", _large, _year)),
    Command("matrix_query", _probe("matrix_query", _large, _year)),
    Command("matrix_floor", _probe("matrix_floor", _large, _year)),
    Command("export", _probe("export", _large, lambda s: s.export_file, _year)),
    Command("export_shapes", _export_shapes),
    Command("export_floor", _export_floor),
    Command("reimport", _reimport),
)

QT_ORM_FLOOR = "Qt + SQLAlchemy floor"
FIGURES: tuple[Figure, ...] = (
    Figure(
        "startup_example", "start-up, example register",
        Reading("app_example", "shown"),
        (Reading("floor_orm_example", "shown", QT_ORM_FLOOR),
         Reading("floor_qt", "shown", "bare Qt floor")),
        Target(ratio=1.2),
    ),
    Figure(
        "startup_large", "start-up, large register",
        Reading("app_large", "shown"),
        (Reading("floor_orm_large", "shown", QT_ORM_FLOOR),),
        Target(seconds=2.5),
    ),
    Figure("memberships_open", "memberships view: open", Reading("memberships_view", "open")),
    Figure(
        "memberships_keystroke", "memberships view: search keystroke",
        Reading("memberships_view", "keystroke"), target=Target(seconds=0.05),
    ),
    Figure(
        "memberships_sort", "memberships view: sort",
        Reading("memberships_view", "sort"), target=Target(seconds=0.3),
    ),
    Figure(
        "memberships_service", "memberships service query (year)",
        Reading("memberships_query", "seconds"),
        (Reading("memberships_floor", "seconds", "plain sqlite3 query"),),
    ),
    Figure(
        "matrix_open", "matrix view: open, one screen",
        Reading("matrix_view", "open"), target=Target(seconds=1.0),
    ),
    Figure(
        "matrix_service", "matrix service query (year)",
        Reading("matrix_query", "seconds"),
        (Reading("matrix_floor", "seconds", "plain sqlite3 query"),),
        Target(seconds=1.0),
    ),
    Figure(
        "export", "export, large register",
        Reading("export", "seconds"),
        (Reading("export_floor", "seconds", "openpyxl write-only, same cells"),),
        Target(ratio=1.5),
    ),
    Figure("import", "import of that export", Reading("reimport", "seconds"), target=Target(60.0)),
)  # fmt: skip
