"""The command line as a user runs it: a separate process, its exit code and its words."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from app.store import Store
from tests.support.builders import small_register

ROOT = Path(__file__).resolve().parents[2]


def run_app(
    *args: str, home: Path, timeout: int = 120, **env: str | None
) -> subprocess.CompletedProcess[str]:
    """`python -m app ARGS` with its user folder in `home`; `env` adds (None: removes) variables."""
    environment = {**os.environ, "MEMBERSHIP_REGISTER_HOME": str(home)}
    for name, value in env.items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True, text=True, cwd=ROOT, env=environment, timeout=timeout,
    )  # fmt: skip


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The one line a refused command says, asserting it is one line and no traceback."""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def register_file(path: Path, fill: Callable[[Store], object] = small_register) -> Path:
    """A SQLite register at `path` filled by `fill` (the small register), closed again."""
    store = Store.open(path, actor="tester")
    try:
        fill(store)
    finally:
        store.close()
    return path
