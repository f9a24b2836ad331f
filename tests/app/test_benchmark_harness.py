"""The benchmark's own machinery, cheaply: a child's report is read as written, and the
window's start-up hook reports its first paint and quits (the benchmark runs itself
with `python -m tests.benchmarks`, outside the test run)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.store import Store
from tests.benchmarks.children import run_child
from tests.benchmarks.generator import Size, write
from tests.benchmarks.plan import FIGURES, Figure, Reading, Target
from tests.benchmarks.report import summarise, table

ROOT = Path(__file__).resolve().parents[2]


def child(code: str) -> list[str]:
    return ["-c", code]


def test_a_childs_results_memory_and_cpu_are_read() -> None:
    sample = run_child(
        child("import json; b = bytearray(60_000_000); print('result ' + json.dumps({'x': 0.5}))"),
        env=os.environ,
        cwd=ROOT,
    )
    assert sample.values["x"] == 0.5 and not sample.failed
    assert sample.values["wall"] > 0 and sample.values["cpu"] > 0
    if sys.platform.startswith("linux"):
        assert sample.peak_mb is not None and sample.peak_mb > 60


def test_unavailable_and_failed_children_are_told_apart() -> None:
    missing = run_child(child("print('unavailable not built yet')"), env=os.environ, cwd=ROOT)
    assert missing.unavailable == "not built yet"
    failed = run_child(child("raise SystemExit('broken')"), env=os.environ, cwd=ROOT)
    assert failed.failed.startswith("exit status 1") and "broken" in failed.failed


def test_the_table_gives_medians_ratios_and_targets() -> None:
    app = [run_child(child(f"print('result {{\"s\": {v}}}')"), env=os.environ, cwd=ROOT)
           for v in (0.3, 0.1, 0.2)]  # fmt: skip
    floor = [run_child(child("print('result {\"s\": 0.1}')"), env=os.environ, cwd=ROOT)]
    figure = Figure("f", "a figure", Reading("app", "s"), (Reading("floor", "s", "floor"),),
                    Target(ratio=1.5))  # fmt: skip
    summary = summarise([figure], {"app": app, "floor": floor}, {})
    assert summary[0]["median_s"] == 0.2 and summary[0]["floors"][0]["ratio"] == 2.0
    assert summary[0]["met"] is False
    assert "2.00×" in table(summary)
    assert {f.key for f in FIGURES} >= {"startup_example", "startup_large", "export", "import"}


def test_the_window_reports_its_first_paint_and_quits(tmp_path: Path) -> None:
    path = tmp_path / "register.db"
    store = Store.open(path)
    write(store, seed=1, size=Size(20, 5, 30, 40))
    store.close()
    env = dict(os.environ, MEMBERSHIP_REGISTER_QUIT_AFTER_SHOW="1")
    sample = run_child(["-m", "app", "--db", str(path)], env=env, cwd=ROOT, timeout=120)
    assert not sample.failed
    assert 0 < sample.values["shown"] < sample.values["wall"]
