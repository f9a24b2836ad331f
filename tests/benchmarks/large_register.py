"""The large register for tests/benchmarks/table_bench.py: the generator's register.

`python -m tests.benchmarks.generator` writes the same register to a file; the
generator's module says what it holds. Kept as the table benchmark's entry point.
"""

from __future__ import annotations

from pathlib import Path

from app.store import Store
from tests.benchmarks.generator import DEFAULT_SIZE, FIRST_YEAR, LAST_YEAR, write

YEARS = LAST_YEAR - FIRST_YEAR + 1

__all__ = ["FIRST_YEAR", "YEARS", "build_large_register"]


def build_large_register(path: Path, *, scale: float = 1.0, seed: int = 1) -> Store:
    """A new register at `path` holding the generated register (50,000 memberships)."""
    store = Store.open(path, actor="bench")
    write(store, seed, DEFAULT_SIZE.scaled(scale))
    return store
