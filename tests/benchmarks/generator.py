"""A large, realistic register generated from a seed and written in bulk.

Default size: 5,000 organisations and networks, 1,000 departments and companies,
20,000 people, 50,000 memberships with ten years of fees and assessments,
participations, contacts, positions of trust and exchange rates. The same seed
and scale always give the same register (each table draws from its own random
stream). Rows go in with SQLAlchemy Core executemany inserts in one
transaction, into a freshly migrated database opened by `Store.open`.

    python -m tests.benchmarks.generator --out large.db [--scale 1.0] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, bindparam, func, select, text, update

from app.store import Store
from db import models as m
from tests.benchmarks import directory as places
from tests.benchmarks.memberships_plan import MembershipPlanner

FIRST_YEAR, LAST_YEAR = 2017, 2026  # ten years of fees and assessments
GENERATOR_VERSION = "1"  # bump when the generated register changes
Batch = tuple[str, list[dict[str, object]]]


@dataclass(frozen=True, slots=True)
class Size:
    organisations: int = 5_000
    departments: int = 1_000
    people: int = 20_000
    memberships: int = 50_000

    def scaled(self, scale: float) -> Size:
        return Size(*(max(2, round(n * scale)) for n in self._values()))

    def _values(self) -> tuple[int, int, int, int]:
        return (self.organisations, self.departments, self.people, self.memberships)


DEFAULT_SIZE = Size()


def generate(seed: int = 1, size: Size = DEFAULT_SIZE) -> Iterator[Batch]:
    """Every table's rows in insertion order, as (table name, rows) batches.

    "department_coordinator" batches are updates of departments already written.
    """
    organisations = places.organisations(_rng(seed, "organisation"), size.organisations)
    yield "organisation", organisations
    yield "organisation_theme", places.themes(_rng(seed, "theme"), len(organisations))
    departments = places.departments(_rng(seed, "department"), size.departments)
    yield "department", departments
    people = places.people(_rng(seed, "person"), size.people, len(departments))
    yield "person", people
    yield "department_coordinator", places.coordinators(_rng(seed, "coordinator"), people)
    yield "exchange_rate", places.exchange_rates(_rng(seed, "rate"), FIRST_YEAR, LAST_YEAR)
    planner = MembershipPlanner(
        lambda table: _rng(seed, table),
        networks={o["id"] for o in organisations if o["kind"] == "network"},
        organisations=len(organisations),
        departments=len(departments),
        people=people,
        years=(FIRST_YEAR, LAST_YEAR),
    )
    yield from planner.batches(size.memberships)


def _rng(seed: int, table: str) -> random.Random:
    return random.Random(f"{seed}:{table}")


def write(store: Store, seed: int = 1, size: Size = DEFAULT_SIZE) -> dict[str, int]:
    """Write the generated register into `store` (freshly migrated, empty) in one transaction.

    Returns the number of rows written per table.
    """
    counts: dict[str, int] = {}
    with store.engine.begin() as connection:
        for table, rows in generate(seed, size):
            if not rows:
                continue
            counts[table] = counts.get(table, 0) + len(rows)
            if table == "department_coordinator":
                _set_coordinators(connection, rows)
            else:
                connection.execute(m.Base.metadata.tables[table].insert(), rows)
        connection.execute(
            m.RegisterInfo.__table__.insert(),
            [{"key": "generated_register", "value": f"seed={seed} size={size}"}],
        )
        if connection.dialect.name == "postgresql":
            _advance_sequences(connection)
    counts.pop("department_coordinator", None)
    return counts


def _set_coordinators(connection: Connection, rows: list[dict[str, object]]) -> None:
    department = m.Department.__table__
    statement = (
        update(department)
        .where(department.c.id == bindparam("department_id"))
        .values(coordinator_id=bindparam("coordinator_id"))
    )
    connection.execute(statement, rows)


def _advance_sequences(connection: Connection) -> None:
    """Explicit ids bypass PostgreSQL's sequences: move them past the rows written."""
    for table in m.Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        highest = connection.scalar(select(func.max(table.c.id)))
        if highest:
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v)"),
                {"t": table.name, "v": highest},
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.benchmarks.generator",
        description="Write a large generated register into a new SQLite file.",
    )
    parser.add_argument("--out", required=True, type=Path, help="the SQLite file to create")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 50,000 memberships")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.out.exists():
        if not args.force:
            print(f"error: {args.out} exists (use --force to replace it)", file=sys.stderr)
            return 2
        args.out.unlink()
    started = time.perf_counter()
    store = Store.open(args.out, actor="generator", backup_dir=args.out.parent)
    try:
        counts = write(store, args.seed, DEFAULT_SIZE.scaled(args.scale))
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    listed = ", ".join(f"{n:,} {table}" for table, n in counts.items())
    print(f"{args.out}: {listed} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
