"""`python -m tests.benchmarks`: measure the application against its floors.

Each figure is the median of several runs, each run a fresh process; its floors
(the same work done by the least program on this stack) run in the same rounds,
interleaved, so both see the same machine. Prints a table and writes the same
figures as JSON (bench-results/latest.json) for comparison between versions:
`--before OLD.json` adds the old medians as a column.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from tests.benchmarks.children import Sample, run_child
from tests.benchmarks.plan import COMMANDS, FIGURES, NotReadyError, Setup
from tests.benchmarks.report import summarise, table

ROOT = Path(__file__).resolve().parents[2]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--scale", type=float, default=1.0, help="size of the large register")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--year", type=int, default=dt.date.today().year, help="year shown")
    parser.add_argument("--out", type=Path, default=ROOT / "bench-results" / "latest.json")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-results" / "work")
    parser.add_argument("--before", type=Path, help="an earlier JSON result to compare with")
    parser.add_argument("--only", nargs="*", default=(), help="figure keys to measure")
    return parser.parse_args(argv)


def child_environment(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["MEMBERSHIP_REGISTER_HOME"] = str(work / "home")  # never the user's own folders
    env.pop("MEMBERSHIP_REGISTER_DB", None)
    return env


def run_rounds(setup: Setup, keys: set[str], runs: int, env: dict[str, str]) -> tuple[dict, dict]:
    """Every command `runs` times, round by round; what could not run, and why."""
    results: dict[str, list[Sample]] = {}
    why: dict[str, str] = {}
    commands = [c for c in COMMANDS if c.key in keys]
    for round_number in range(1, runs + 1):
        for command in commands:
            if command.key in why or any(s.failed for s in results.get(command.key, [])):
                continue
            try:
                argv = command.argv(setup, results)
            except NotReadyError as exc:
                why[command.key] = str(exc)
                continue
            sample = run_child(argv, env={**env, **command.env}, cwd=ROOT)
            if sample.unavailable:
                why[command.key] = sample.unavailable
                continue
            results.setdefault(command.key, []).append(sample)
            _progress(round_number, runs, command.key, sample)
    return results, why


def _progress(round_number: int, runs: int, key: str, sample: Sample) -> None:
    shown = ", ".join(f"{k} {v:.3f}" for k, v in sample.values.items())
    status = f" FAILED {sample.failed}" if sample.failed else ""
    print(f"[{round_number}/{runs}] {key}: {shown}{status}", file=sys.stderr, flush=True)


def machine() -> dict[str, Any]:
    versions = {}
    for package in ("PySide6-Essentials", "SQLAlchemy", "openpyxl"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        # Other work on the machine inflates wall times: compare CPU times then.
        "load_average": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "packages": versions,
    }


def git_commit() -> str:
    def git(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)
        return done.stdout.strip()

    commit = git("rev-parse", "--short", "HEAD")
    return commit + ("+changes" if git("status", "--porcelain", "--untracked-files=no") else "")


def main(argv: list[str] | None = None) -> int:
    from tests.benchmarks.registers import prepare

    args = parse_args(argv)
    figures = [f for f in FIGURES if not args.only or f.key in args.only]
    keys = {r.command for f in figures for r in (f.reading, *f.floors)}
    if "export_floor" in keys or "reimport" in keys:
        keys |= {"export", "export_shapes"}
    started = time.perf_counter()
    setup = prepare(args.work, scale=args.scale, seed=args.seed, year=args.year)
    results, why = run_rounds(setup, keys, args.runs, child_environment(args.work))
    summary = summarise(figures, results, why)
    before = _medians(args.before) if args.before else None
    print(table(summary, before))
    document = {
        "measured_at": dt.datetime.now().isoformat(timespec="seconds"),
        "commit": git_commit(),
        "runs": args.runs, "scale": args.scale, "seed": args.seed, "year": args.year,
        "machine": machine(),
        "seconds_taken": round(time.perf_counter() - started, 1),
        "figures": summary,
    }  # fmt: skip
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    print(f"\nWritten to {args.out}")
    return 0


def _medians(path: Path) -> dict[str, float]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return {f["key"]: f["median_s"] for f in document["figures"] if "median_s" in f}


if __name__ == "__main__":
    sys.exit(main())
