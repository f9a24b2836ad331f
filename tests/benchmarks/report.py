"""The benchmark's figures: medians, floors, ratios and targets, as a table and as JSON."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

from tests.benchmarks.children import Sample
from tests.benchmarks.plan import MEMORY_TARGET_MB, Figure, Reading

NOT_AVAILABLE = "not available yet"


def _reading(reading: Reading, results: dict[str, list[Sample]], why: dict[str, str]) -> dict:
    samples = results.get(reading.command, [])
    runs = [s.values[reading.metric] for s in samples if reading.metric in s.values]
    cpu = [s.values["cpu"] for s in samples if "cpu" in s.values]
    peaks = [s.peak_mb for s in samples if s.peak_mb is not None]
    found: dict[str, Any] = {"label": reading.label, "command": reading.command}
    if runs and not any(s.failed for s in samples):
        found.update(status="measured", median_s=statistics.median(runs), runs_s=runs)
        found["process_cpu_s"] = statistics.median(cpu) if cpu else None
    elif any(s.failed for s in samples):
        found.update(status="failed", reason=next(s.failed for s in samples if s.failed))
    else:
        found.update(status=NOT_AVAILABLE, reason=why.get(reading.command, ""))
    found["peak_mb"] = max(peaks) if peaks else None
    return found


def summarise(
    figures: Sequence[Figure], results: dict[str, list[Sample]], why: dict[str, str]
) -> list[dict[str, Any]]:
    """One entry per figure: its median, its floors' medians and ratios, targets met."""
    summary = []
    for figure in figures:
        entry = _reading(figure.reading, results, why)
        entry.update(key=figure.key, label=figure.label, target=figure.target.describe())
        floors = [_reading(f, results, why) for f in figure.floors]
        for floor in floors:
            if entry["status"] == floor["status"] == "measured" and floor["median_s"] > 0:
                floor["ratio"] = entry["median_s"] / floor["median_s"]
                if entry.get("process_cpu_s") and floor.get("process_cpu_s"):
                    # Steadier than wall time where other work shares the machine.
                    floor["cpu_ratio"] = entry["process_cpu_s"] / floor["process_cpu_s"]
        entry["floors"] = floors
        entry["met"] = _met(figure, entry, floors)
        summary.append(entry)
    return summary


def _met(figure: Figure, entry: dict[str, Any], floors: list[dict[str, Any]]) -> bool | None:
    if entry["status"] != "measured":
        return None
    checks = []
    if figure.target.seconds is not None:
        checks.append(entry["median_s"] < figure.target.seconds)
    if figure.target.ratio is not None and floors and "ratio" in floors[0]:
        checks.append(floors[0]["ratio"] <= figure.target.ratio)
    if entry["peak_mb"] is not None:
        checks.append(entry["peak_mb"] < MEMORY_TARGET_MB)
    return all(checks)


def seconds(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _megabytes(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


HEADER = ("figure", "median", "floor", "ratio", "target", "peak MB", "CPU", "before", "met")


def table(summary: list[dict[str, Any]], before: dict[str, float] | None = None) -> str:
    """A plain-text table, one line per figure and one more per further floor;
    why a figure is missing or failed goes in numbered notes below it."""
    lines: list[tuple[str, ...]] = [HEADER]
    notes: list[str] = []
    for entry in summary:
        floors = entry["floors"] or [{}]
        met = {True: "yes", False: "NO", None: ""}[entry["met"]]
        previous = (before or {}).get(entry["key"])
        lines.append((
            entry["label"], _median(entry, notes), _floor_text(floors[0], notes),
            _ratio(floors[0]), entry["target"], _megabytes(entry["peak_mb"]),
            seconds(entry.get("process_cpu_s")), seconds(previous) if previous else "", met,
        ))  # fmt: skip
        for floor in floors[1:]:
            lines.append(("", "", _floor_text(floor, notes), _ratio(floor), "", "", "", "", ""))
    text = _aligned(lines)
    if notes:
        text += "\n\n" + "\n".join(f"[{n}] {note}" for n, note in enumerate(notes, 1))
    return text


def _median(entry: dict[str, Any], notes: list[str]) -> str:
    if entry["status"] == "measured":
        return seconds(entry["median_s"])
    return f"{entry['status']} {_note(notes, entry.get('reason', ''))}"


def _note(notes: list[str], reason: str) -> str:
    if not reason:
        return ""
    if reason not in notes:
        notes.append(reason)
    return f"[{notes.index(reason) + 1}]"


def _floor_text(floor: dict[str, Any], notes: list[str]) -> str:
    if not floor:
        return ""
    if floor["status"] == "measured":
        return f"{seconds(floor['median_s'])} ({floor['label']})"
    return f"{floor['label']}: {floor['status']} {_note(notes, floor.get('reason', ''))}"


def _ratio(floor: dict[str, Any]) -> str:
    if "ratio" not in floor:
        return ""
    cpu = f" (CPU {floor['cpu_ratio']:.2f}×)" if "cpu_ratio" in floor else ""
    return f"{floor['ratio']:.2f}×{cpu}"


def _aligned(lines: list[tuple[str, ...]]) -> str:
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADER))]
    text = []
    for line in lines:
        text.append("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)))
        if line is HEADER:
            text.append("  ".join("-" * width for width in widths))
    return "\n".join(t.rstrip() for t in text)
