"""`--self-test`: does this installed program work on this machine?

Runs the program's main paths in a temporary folder, with the user's own data,
settings and backups left alone: a database is created at the first schema
revision and migrated (after a backup, as on an upgrade), the example register
is loaded, the main window and each of its views is built and painted, the
register is exported to a workbook and the workbook read back. One line per
step ("ok   migrate database (0.12 s)"); exit 0 when every step passed, 1 if any
failed. The same lines go to `self-test.txt` in the user's log folder, since a
windowed Windows program has no console to print to.

The steps are data: the list in `ui.self_test_steps.steps()`, one line each; the views come from
the main window's navigation, so a new view is tested as soon as it is listed there.
"""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.files import write_text_whole
from app.paths import HOME_ENV, log_dir
from ui.self_test_run import Entry, Run, Step

__all__ = ["Outcome", "Run", "Step", "run_self_test", "run_steps"]

RESULT_FILE = "self-test.txt"


@dataclass(frozen=True)
class Outcome:
    name: str
    status: str  # "ok" or "FAIL"
    seconds: float
    note: str = ""

    def line(self) -> str:
        text = f"{self.status:<4} {self.name} ({self.seconds:.2f} s)"
        return f"{text}: {self.note}" if self.note else text


def run_self_test() -> int:
    """Runs every step, prints and writes the outcome; 0 if all passed, else 1."""
    from ui.self_test_steps import steps

    use_offscreen_without_display()
    result_path = log_dir() / RESULT_FILE
    folder = Path(tempfile.mkdtemp(prefix="membership-register-self-test-"))
    started = time.perf_counter()
    outcomes: list[Outcome] = []
    with _report(result_path) as say:
        say(header())
        with _own_folders(folder):
            for outcome in run_steps(Run(folder), steps()):
                outcomes.append(outcome)
                say(outcome.line())
        failed = [o for o in outcomes if o.status == "FAIL"]
        took = time.perf_counter() - started
        if failed:
            say(f"self-test FAILED: {len(failed)} of {len(outcomes)} steps in {took:.1f} s")
            say(f"the test's files are kept in {folder}")
        else:
            say(f"self-test passed: {len(outcomes)} steps in {took:.1f} s")
            shutil.rmtree(folder, ignore_errors=True)
        say(f"result written to {result_path}")
    return 1 if failed else 0


def run_steps(run: Run, entries: list[Entry]) -> Iterator[Outcome]:
    """Runs the steps in order; after a failure the rest are skipped as unreliable."""
    from ui.error_trap import ErrorTrap

    pending = list(entries)
    with ErrorTrap() as trap:
        run["trap"] = trap
        while pending:
            entry = pending.pop(0)
            if not isinstance(entry, Step):
                pending[:0] = _expand(run, entry)
                continue
            outcome = run_step(run, entry, trap)
            yield outcome
            if outcome.status == "FAIL":
                rest = [e for e in pending if isinstance(e, Step)]
                yield from (Outcome(e.name, "FAIL", 0.0, "skipped") for e in rest)
                return


def _expand(run: Run, entry: Callable[[Run], list[Step]]) -> list[Entry]:
    try:
        return list(entry(run))
    except Exception as exc:
        return [Step(getattr(entry, "__name__", "steps"), _raiser(exc))]


def _raiser(exc: Exception) -> Callable[[Run], None]:
    def run(_run: Run) -> None:
        raise exc

    return run


def run_step(run: Run, step: Step, trap) -> Outcome:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    trap.clear()
    try:
        note = step.run(run) or ""
        trap.raise_first()
    except Exception as exc:
        from ui.errors import log

        log.error("self-test step %r failed", step.name, exc_info=exc)
        detail = f"{type(exc).__name__}: {exc}".strip().splitlines()[0]
        return Outcome(step.name, "FAIL", time.perf_counter() - started, detail)
    return Outcome(step.name, "ok", time.perf_counter() - started, note)


def use_offscreen_without_display() -> None:
    """No screen (a server, CI): Qt draws offscreen instead of failing to start."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith(("win", "darwin")):
        return  # there is always a desktop to draw on
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def header() -> str:
    from PySide6 import __version__ as pyside_version

    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    return (
        f"Membership Register {__version__} self-test ({frozen}, {sys.executable}); "
        f"Python {platform.python_version()}, PySide6 {pyside_version}, "
        f"{platform.platform()}, Qt platform {os.environ.get('QT_QPA_PLATFORM') or 'default'}"
    )


@contextmanager
def _report(path: Path) -> Iterator[Callable[[str], None]]:
    """Prints each line (where there is a console) and writes them all to `path`."""
    lines: list[str] = []

    def say(line: str) -> None:
        lines.append(line)
        print(line, flush=True)  # print() does nothing where sys.stdout is None

    try:
        yield say
    finally:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_whole(path, "\n".join(lines) + "\n")


def _log_qt_message(_kind: object, _context: object, message: str) -> None:
    """Qt's warnings go to the log, not between the lines of the result."""
    from ui.errors import log

    log.info("Qt: %s", message)


@contextmanager
def _own_folders(folder: Path) -> Iterator[None]:
    """Settings, data and backups of the run go to its folder, never the user's.

    The log stays in the user's log folder, beside the result, with the
    program's error dialog in place as when it starts.
    """
    from PySide6.QtCore import qInstallMessageHandler

    from ui.errors import install_excepthook, setup_logging

    setup_logging()
    hook, before = sys.excepthook, os.environ.get(HOME_ENV)
    install_excepthook()
    qt_messages = qInstallMessageHandler(_log_qt_message)
    os.environ[HOME_ENV] = str(folder / "home")
    try:
        yield
    finally:
        qInstallMessageHandler(qt_messages)
        sys.excepthook = hook
        if before is None:
            os.environ.pop(HOME_ENV, None)
        else:
            os.environ[HOME_ENV] = before
