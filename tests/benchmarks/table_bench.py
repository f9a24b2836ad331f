"""Benchmark of the memberships table on a large register (not collected by pytest).

    python -m tests.benchmarks.table_bench [--db FILE] [--rounds 5]

Builds (or reuses, with --db) a register of 5,000 organisations, 1,000
departments and 50,000 memberships with ten years of fees, then measures what
a user waits for: opening the memberships view (service query, model reset,
first paint), one keystroke in the search box, sorting by organisation and by
fee, each including the repaint. Targets: open < 1 s, keystroke < 50 ms, sort
< 300 ms. Each figure is the best of --rounds, as wall-clock and as CPU time
of this process (the CPU figure is the one to trust on a busy machine).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"open": 1.0, "keystroke": 0.050, "sort": 0.300, "none": float("inf")}


def timed(work: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--db", type=Path, help="a large register to reuse (built if missing)")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="table-bench-"))
    os.environ["MEMBERSHIP_REGISTER_HOME"] = str(folder / "home")
    store = open_register(args.db or folder / "large.db")
    from ui.launch import make_application

    application = make_application()
    Bench(store, application, args.rounds).run()


def open_register(path: Path) -> Any:
    from app.store import Store
    from tests.benchmarks.large_register import build_large_register

    if path.exists():
        return Store.open(path)
    start = time.perf_counter()
    store = build_large_register(path)
    print(f"built {path} in {time.perf_counter() - start:.1f} s")
    return store


class Bench:
    def __init__(self, store: Any, application: Any, rounds: int) -> None:
        from tests.benchmarks.large_register import FIRST_YEAR, YEARS
        from ui.main_window import MainWindow

        self.store, self.application, self.rounds = store, application, rounds
        self.year = FIRST_YEAR + YEARS - 1
        self.window = MainWindow(store)
        self.window.resize(1280, 800)
        self.window.set_year(self.year)
        self.window.show()
        application.processEvents()
        self.table = self.window.views["memberships"].table

    def paint(self) -> None:
        self.table.table.viewport().repaint()

    def open_view(self) -> None:
        """What F5 or a change of year does: the service, the model, the paint."""
        self.window.views["memberships"].refresh()
        self.paint()

    def record(
        self,
        name: str,
        target: str,
        work: Callable[[], object],
        prepare: Callable[[], object] | None = None,
    ) -> None:
        times = []
        for _ in range(self.rounds):
            if prepare is not None:
                prepare()
            times.append(timed(work))
        wall, cpu = min(t[0] for t in times), min(t[1] for t in times)
        verdict = "" if target == "none" else ("ok" if cpu < TARGETS[target] else "OVER")
        print(f"{name:<36} wall {wall * 1000:7.1f} ms  cpu {cpu * 1000:7.1f} ms  {verdict}")

    def run(self) -> None:
        from app.services.register import memberships_for_year

        store, year, table = self.store, self.year, self.table
        rows = memberships_for_year(store, year)
        print(f"{len(rows)} memberships in {year}; rounds: {self.rounds}, best shown")
        self.record("open: service query", "none", lambda: memberships_for_year(store, year))
        self.record("open: model reset + first paint", "none",
                    lambda: (table.set_rows(rows), self.paint()))  # fmt: skip
        self.record("memberships view open (all three)", "open", self.open_view)
        self.record("search text prepared (after open)", "none", table.prepare_search,
                    prepare=lambda: table.model.set_rows(rows))  # fmt: skip
        self.keystrokes()
        self.sorts(rows)
        self.record("status bar figures (year summary)", "none",
                    lambda: self.window.status.show_register(store, year))  # fmt: skip
        self.window.close()

    def keystrokes(self) -> None:
        table = self.table
        table.prepare_search()
        steps = [("", "b"), ("b", "ba"), ("ba", "bal"), ("bal", "balt"), ("balt", "bal"),
                 ("b", "")]  # fmt: skip
        for before, after in steps:
            self.record(f"keystroke '{before}' -> '{after}'", "keystroke",
                        lambda a=after: (table.search.setText(a), self.paint()),
                        prepare=lambda b=before: table.search.setText(b))  # fmt: skip
        table.search.clear()

    def sorts(self, rows: list[Any]) -> None:
        from PySide6.QtCore import Qt

        table = self.table
        for key in ("organisation", "fee"):
            column = table.model.column_index(key)

            def sort(column: int = column) -> None:
                ascending = table.proxy.sortOrder() == Qt.SortOrder.AscendingOrder
                order = Qt.SortOrder.DescendingOrder if ascending else Qt.SortOrder.AscendingOrder
                table.table.sortByColumn(column, order)
                self.paint()

            self.record(f"sort by {key}, first time", "sort", sort,
                        prepare=lambda: table.model.set_rows(rows))  # fmt: skip
            self.record(f"sort by {key}, again", "sort", sort)


if __name__ == "__main__":
    main()
