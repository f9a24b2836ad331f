"""Work run in a separate process that the test kills at a random moment.

The processes come from a fork server that has already imported the program,
so each one starts in milliseconds and twenty runs stay quick. Each target
signals `ready` just before the work under test begins; the test kills it
(SIGKILL: no clean-up, as a power cut or a killed program) at a random delay
after that.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.synchronize
import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PRELOAD = ["app.store", "db.migrate", "alembic.command", "alembic.config", "app.services",
           "app.spreadsheet.importer"]  # fmt: skip


def migrate(path: str, backup_dir: str, ready: multiprocessing.synchronize.Event) -> None:
    """Opens an old register as the program does: back it up, then migrate it."""
    from db.migrate import prepare
    from db.session import make_engine

    engine = make_engine(path)
    ready.set()
    prepare(engine, backup_dir=Path(backup_dir))
    engine.dispose()


def import_workbook(path: str, workbook: str, ready: multiprocessing.synchronize.Event) -> None:
    """Imports a workbook as the import dialog does: read, plan, then write in one go."""
    from app.spreadsheet.importer import apply_import, open_source, plan_import
    from app.store import Store

    store = Store.open(path, actor="import")
    plan = plan_import(store, open_source(workbook))
    ready.set()  # the kill strikes while the plan is written
    apply_import(store, plan)
    store.close()


def write_batch(store: Any, count: int) -> None:
    from decimal import Decimal

    from db import models as m

    with store.uow() as session:
        department = m.Department(name="Importing department", name_key="importing department")
        session.add(department)
        for number in range(count):
            name = f"Imported organisation {number}"
            organisation = m.Organisation(name=name, name_key=name.casefold())
            membership = m.Membership(
                organisation=organisation, responsible_department=department, start_year=2005
            )
            membership.fees = [
                m.Fee(year=y, amount=Decimal(1000 + number), currency="EUR") for y in (2005, 2006)
            ]
            session.add(membership)
            if number % 200 == 199:
                session.flush()


@dataclass
class KillReport:
    runs: int = 0
    killed_while_running: int = 0  # faults injected: the process died mid-work
    outcomes: dict[str, int] = field(default_factory=dict)

    def count(self, outcome: str) -> None:
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1


class Killer:
    """Starts a target in a fresh process and kills it at a random moment of its work.

    How long the work takes varies with the machine's load, so the estimate
    is kept up to date: a run that finished tells its duration; a run killed
    while working shows the work takes longer than that delay.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(PRELOAD)
        self.estimate = 0.0

    def run_to_end(self, target: Callable[..., None], *args: Any) -> None:
        """One whole run, to learn how long the work takes."""
        process, ready = self._start(target, args)
        started = self._wait(process, ready)
        process.join(60)
        if process.exitcode != 0:
            raise RuntimeError(f"the work failed on its own (exit code {process.exitcode})")
        self._learn(time.perf_counter() - started)

    def kill_at_random(self, target: Callable[..., None], *args: Any) -> bool:
        """True when the kill struck while the work was still running."""
        process, ready = self._start(target, args)
        started = self._wait(process, ready)
        delay = self.rng.uniform(0, 1.5 * self.estimate)
        process.join(delay)
        alive = process.is_alive()
        process.kill()
        process.join(10)
        if alive:
            self.estimate = max(self.estimate, delay)
        else:
            self._learn(time.perf_counter() - started)
        return alive and process.exitcode == -9

    def _learn(self, duration: float) -> None:
        self.estimate = duration if not self.estimate else (self.estimate + duration) / 2

    def _wait(self, process: Any, ready: Any) -> float:
        if not ready.wait(30):
            process.kill()
            raise RuntimeError("the work never started")
        return time.perf_counter()

    def _start(self, target: Callable[..., None], args: tuple[Any, ...]):
        ready = self.context.Event()
        process = self.context.Process(target=target, args=(*args, ready), daemon=True)
        process.start()
        return process, ready


def integrity(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [r for (r,) in connection.execute("PRAGMA integrity_check") if r != "ok"]
    finally:
        connection.close()


def scalar(path: Path, sql: str) -> Any:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql).fetchone()[0]
    finally:
        connection.close()
