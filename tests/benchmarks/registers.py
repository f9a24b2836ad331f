"""The registers the benchmark works on: the example one and a large generated one.

The large register is generated once per seed, scale, generator version and
schema, and kept in the work folder; the example register is rebuilt every
time (it takes well under a second) so it always matches the program.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.store import Store
from db.migrations import HEAD
from tests.benchmarks import generator
from tests.benchmarks.plan import Setup


def prepare(work: Path, *, scale: float, seed: int, year: int) -> Setup:
    work.mkdir(parents=True, exist_ok=True)
    return Setup(
        example_db=example_register(work / "example.db"),
        large_db=large_register(work, scale=scale, seed=seed),
        year=year,
        work=work,
    )


def example_register(path: Path) -> Path | None:
    """The example register, or None while app.demo has not landed."""
    try:
        from app.demo import build_example_register
    except ImportError:
        return None
    path.unlink(missing_ok=True)
    store = Store.open(path, actor="benchmark", backup_dir=path.parent)
    try:
        build_example_register(store)
    finally:
        store.close()
    return path


def large_register(work: Path, *, scale: float, seed: int) -> Path:
    name = f"large-seed{seed}-scale{scale:g}-v{generator.GENERATOR_VERSION}-schema{HEAD}.db"
    path = work / name
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    print(f"Generating the large register {name} (kept for later runs)...", file=sys.stderr)
    started = time.perf_counter()
    store = Store.open(partial, actor="generator", backup_dir=work)
    try:
        generator.write(store, seed, generator.DEFAULT_SIZE.scaled(scale))
    finally:
        store.close()
    partial.rename(path)
    print(f"  done in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path
