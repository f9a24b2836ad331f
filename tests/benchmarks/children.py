"""Running one measurement in a fresh child process and reading what it reports.

A child reports on standard output, one line each:
- `shown <perf_counter>`: the moment its window first painted (start-up figures;
  `time.perf_counter` is the system-wide monotonic clock, so the parent can
  subtract its own reading taken just before the launch);
- `result <json>`: measured values, in seconds unless named otherwise;
- `unavailable <reason>`: the part measured is not built yet.
Peak memory is the child's `ru_maxrss` and its CPU time (user + system, whole
process) is `cpu`, both read by the parent with `os.wait4`. CPU time is steadier
than wall time on a machine shared with other work.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

TIMEOUT_S = 600


@dataclass(frozen=True, slots=True)
class Sample:
    """What one child run gave: values by name, or why there are none."""

    values: dict[str, float] = field(default_factory=dict)
    peak_mb: float | None = None
    unavailable: str = ""
    failed: str = ""
    extra: dict[str, object] = field(default_factory=dict)


def run_child(
    argv: Sequence[str], *, env: Mapping[str, str], cwd: Path, timeout: float = TIMEOUT_S
) -> Sample:
    """Run `argv` (a Python command line without the interpreter) and read its report."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        launched = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, *argv], stdout=out, stderr=err, env=dict(env), cwd=cwd
        )
        status, peak_mb, cpu = _wait(process, timeout)
        ended = time.perf_counter()
        out.seek(0)
        err.seek(0)
        sample = _read(out.read(), err.read(), status, peak_mb, launched, ended)
        if cpu is not None and not sample.unavailable:
            sample.values["cpu"] = cpu
        return sample


def _wait(
    process: subprocess.Popen[bytes], timeout: float
) -> tuple[int, float | None, float | None]:
    """The exit status, peak resident memory (MB) and CPU seconds of the child."""
    if not hasattr(os, "wait4"):  # Windows: no rusage of a child
        return process.wait(timeout), None, None
    deadline = time.monotonic() + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            process.returncode = os.waitstatus_to_exitcode(status)
            # ru_maxrss is in kilobytes on Linux (bytes on macOS).
            divisor = 1024 * 1024 if sys.platform == "darwin" else 1024
            cpu = usage.ru_utime + usage.ru_stime
            return process.returncode, usage.ru_maxrss / divisor, cpu
        if time.monotonic() > deadline:
            process.kill()
            process.wait()
            return -9, None, None
        time.sleep(0.002)


def _read(
    stdout: str, stderr: str, status: int, peak_mb: float | None, launched: float, ended: float
) -> Sample:
    values: dict[str, float] = {"wall": ended - launched}
    extra: dict[str, object] = {}
    for line in stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word == "unavailable":
            return Sample(unavailable=rest.strip())
        if word == "shown":
            values["shown"] = float(rest) - launched
        elif word == "result":
            for key, value in json.loads(rest).items():
                if isinstance(value, int | float) and not isinstance(value, bool):
                    values[key] = float(value)
                else:
                    extra[key] = value
    if status != 0:
        return Sample(values, peak_mb, failed=_failure(status, stderr), extra=extra)
    return Sample(values, peak_mb, extra=extra)


def _failure(status: int, stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    first_fatal = next((line for line in lines if "Fatal" in line or "Error" in line), "")
    return f"exit status {status}: {first_fatal or (lines[-1] if lines else 'no message')}"
