"""Another program holding a register file's lock, as a separate process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# Reads the path and the lock to take, takes it, says so, and keeps it until stdin closes.
HOLDER = """
import sqlite3, sys
path, kind = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(path, isolation_level=None)
if kind == "exclusive":  # no one else may even read: e.g. a program in exclusive mode
    connection.execute("PRAGMA locking_mode=EXCLUSIVE")
connection.execute("BEGIN IMMEDIATE")
connection.execute("CREATE TABLE IF NOT EXISTS held_by_another (x)")  # takes the write lock
if kind == "exclusive":
    connection.execute("COMMIT")  # in exclusive mode the lock stays after the commit
    connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
print("locked", flush=True)
sys.stdin.read()
"""


@contextmanager
def lock_held(path: Path, kind: str = "write") -> Iterator[Callable[[], None]]:
    """`write`: another program is writing (readers go on); `exclusive`: nobody may read.

    Yields `release`, which lets the lock go before the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), kind],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip

    def release() -> None:
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()

    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield release
    finally:
        release()
