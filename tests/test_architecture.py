"""The layers and the code's tidiness are checked by the test run itself."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    """app/ and db/ never import Qt; dependencies point ui -> app -> db."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_is_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "."],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


CONTRACTS = (
    "The domain and storage layers never import Qt",
    "The window reaches the database only through app/",
    "Layers point one way: ui -> app -> db",
)


def test_every_layer_contract_is_checked() -> None:
    """Each contract is there and kept: a removed contract would pass silently otherwise."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT, timeout=300)
    for name in CONTRACTS:
        assert f"{name} KEPT" in result.stdout, name


def import_circles(graph: grimp.ImportGraph, package: str) -> list[list[str]]:
    """The groups of modules of `package` that reach each other through imports (Tarjan)."""
    modules = {m for m in graph.modules if m == package or m.startswith(package + ".")}
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & modules) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    circles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in edges[module]:
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = stack[stack.index(module) :]
            del stack[stack.index(module) :]
            if len(group) > 1:
                circles.append(sorted(group))

    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10 * len(modules)))
    for module in sorted(modules):
        if module not in index:
            visit(module)
    return circles


def test_no_import_circles() -> None:
    """No module of ui/, app/ or db/ imports, even lazily or for type checking, one that
    imports it back: each concept depends on the next, never round in a circle."""
    graph = grimp.build_graph("ui", "app", "db")
    circles = {package: import_circles(graph, package) for package in ("ui", "app", "db")}
    assert circles == {"ui": [], "app": [], "db": []}


def test_the_circle_finder_finds_a_lazy_import_circle() -> None:
    graph = grimp.ImportGraph()
    for module in ("ui", "ui.a", "ui.b", "ui.c"):
        graph.add_module(module)
    graph.add_import(importer="ui.a", imported="ui.b")
    graph.add_import(importer="ui.b", imported="ui.a")  # e.g. inside a function
    graph.add_import(importer="ui.c", imported="ui.a")
    assert import_circles(graph, "ui") == [["ui.a", "ui.b"]]
