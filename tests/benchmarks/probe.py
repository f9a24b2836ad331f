"""One measurement in a fresh process: `python -m tests.benchmarks.probe NAME ARGS...`.

Prints `result <json>` with the seconds measured (see tests.benchmarks.children),
or `unavailable <reason>` where the part measured is not built yet. Opening the
register is not part of a measurement unless the name says so.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

PROBES: dict[str, Callable[[list[str]], dict[str, object]]] = {}


class UnavailableError(Exception):
    """The part this probe measures has not landed yet."""


def probe(function: Callable[[list[str]], dict[str, object]]) -> Callable:
    PROBES[function.__name__] = function
    return function


def timed(action: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def open_store(path: str):
    from app.store import Store

    return Store.open(path, must_exist=True)


# --- services --------------------------------------------------------------------


@probe
def memberships_query(args: list[str]) -> dict[str, object]:
    """The memberships view's rows of a year, through the service."""
    from app.services.register import memberships_for_year

    store = open_store(args[0])
    seconds, rows = timed(lambda: memberships_for_year(store, int(args[1])))
    return {"seconds": seconds, "rows": len(rows)}


@probe
def memberships_floor(args: list[str]) -> dict[str, object]:
    """The same rows' main columns by one plain sqlite3 query: the database's own share."""
    connection = sqlite3.connect(args[0])
    year = int(args[1])
    query = """
        SELECT ms.id, o.name, o.acronym, o.kind, d.name, ms.start_year, ms.end_year, ms.status,
               f.amount, f.currency
        FROM membership ms
        JOIN organisation o ON o.id = ms.organisation_id
        JOIN department d ON d.id = ms.responsible_department_id
        LEFT JOIN fee f ON f.membership_id = ms.id AND f.year = :y
        WHERE ms.start_year <= :y AND (ms.end_year IS NULL OR ms.end_year >= :y)
    """
    seconds, rows = timed(lambda: connection.execute(query, {"y": year}).fetchall())
    return {"seconds": seconds, "rows": len(rows)}


@probe
def matrix_query(args: list[str]) -> dict[str, object]:
    """The matrix's cells of a year, through its source (app.matrix)."""
    from app.matrix.source import matrix_source

    store = open_store(args[0])
    seconds, source = timed(lambda: matrix_source(store, int(args[1])))
    return {"seconds": seconds, "cells": len(source.cells)}


@probe
def matrix_floor(args: list[str]) -> dict[str, object]:
    """The pairs (membership, department) behind the matrix by plain sqlite3 queries."""
    connection = sqlite3.connect(args[0])
    query = """
        SELECT ms.id, ms.responsible_department_id FROM membership ms
        WHERE ms.start_year <= :y AND (ms.end_year IS NULL OR ms.end_year >= :y)
        UNION ALL
        SELECT p.membership_id, p.department_id FROM participation p
        JOIN membership ms ON ms.id = p.membership_id
        WHERE ms.start_year <= :y AND (ms.end_year IS NULL OR ms.end_year >= :y)
    """
    seconds, rows = timed(lambda: connection.execute(query, {"y": int(args[1])}).fetchall())
    return {"seconds": seconds, "cells": len(rows)}


# --- views (branches window and matrix) ------------------------------------------


def _main_window(store: object, year: int):
    """The real main window, shown at 1280x800 on the year, events processed."""
    try:
        from ui.main_window import MainWindow
        from ui.views.memberships import columns  # noqa: F401 (the view has landed)
    except ImportError as exc:
        raise UnavailableError("the memberships view has not landed on main yet") from exc
    from ui.launch import make_application

    application = make_application()
    window = MainWindow(store)
    window.resize(1280, 800)
    window.show()
    window.set_year(year)
    application.processEvents()
    return application, window


@probe
def memberships_view(args: list[str]) -> dict[str, object]:
    """Open (query, model reset, paint), the first search keystroke, the first sort."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    store = open_store(args[0])
    application, window = _main_window(store, int(args[1]))
    window.show_view("memberships")
    view = window.views["memberships"]
    table = view.table

    def paint() -> None:
        table.table.viewport().repaint()

    opened, _ = timed(lambda: (view.refresh(), paint()))
    table.table.setFocus()
    QTest.qWait(1000)  # the user reads the rows; the view may use the idle time
    keystroke, _ = timed(lambda: (QTest.keyClick(table.search, "b"), paint()))
    next_keystroke, _ = timed(lambda: (QTest.keyClick(table.search, "a"), paint()))
    shown = table.proxy.rowCount()
    table.search.clear()
    column = table.model.column_index("organisation")
    order = Qt.SortOrder.DescendingOrder
    sort, _ = timed(lambda: (table.table.sortByColumn(column, order), paint()))
    window.close()
    application.processEvents()
    return {
        "open": opened, "keystroke": keystroke, "next_keystroke": next_keystroke,
        "sort": sort, "rows": table.model.rowCount(), "rows_after_search": shown,
    }  # fmt: skip


@probe
def matrix_view(args: list[str]) -> dict[str, object]:
    """A new matrix view on the year, shown at 1280x800: its data read, one screen painted."""
    try:
        from ui.views.matrix_view import MatrixView
    except ImportError as exc:
        raise UnavailableError("the matrix view has not landed on main yet") from exc
    from ui.launch import make_application

    store = open_store(args[0])
    application = make_application()

    def open_view() -> MatrixView:
        view = MatrixView(store)
        view.resize(1280, 800)
        view.set_year(int(args[1]))
        view.show()
        application.processEvents()  # lays out and paints the first screen
        return view

    seconds, view = timed(open_view)
    model = view.model
    return {"open": seconds, "rows": model.rowCount(), "columns": model.columnCount()}


# --- spreadsheets (branch sheets) ------------------------------------------------


@probe
def export(args: list[str]) -> dict[str, object]:
    """The one-click export of the register of a year: `DB FILE YEAR`."""
    try:
        from app.spreadsheet import export_register
    except ImportError as exc:
        raise UnavailableError("the export has not landed on main yet") from exc
    store = open_store(args[0])
    path = Path(args[1])
    path.unlink(missing_ok=True)
    seconds, _ = timed(lambda: export_register(store, int(args[2]), path, language="sv"))
    return {"seconds": seconds}


@probe
def sheet_shapes(args: list[str]) -> dict[str, object]:
    """Rows and filled cells of each sheet of a workbook, read back by an independent
    reader. A process of its own: reading a sheet of millions of cells takes far more
    memory than writing it, and must not count as the export's."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(args[0])
    shapes = []
    for name in book.sheet_names:
        rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
        shapes.append([len(rows), sum(1 for r in rows for v in r if v != "")])
    return {"shapes": shapes}


@probe
def reimport(args: list[str]) -> dict[str, object]:
    """The export read back into a new, empty register: preview (plan) and write."""
    try:
        from app.spreadsheet.apply import apply_import
        from app.spreadsheet.importer import open_source, plan_import
    except ImportError as exc:
        raise UnavailableError("the import has not landed on main yet") from exc
    from app.store import Store

    target = Path(args[1]) / "reimported.db"
    target.unlink(missing_ok=True)
    store = Store.open(target)

    def read_and_write() -> object:
        plan = plan_import(store, open_source(args[0]))
        return apply_import(store, plan, skip_bad_rows=True)

    seconds, result = timed(read_and_write)
    written = sum(c.create + c.update for c in result.counts.values())  # type: ignore[attr-defined]
    return {"seconds": seconds, "records": written}


@probe
def export_floor(args: list[str]) -> dict[str, object]:
    """openpyxl write-only writing as many plain cells, in as many rows, as each sheet of
    the export holds (numbers and short texts, no styles): `FILE SHAPES-JSON`."""
    from openpyxl import Workbook

    shapes: list[list[int]] = json.loads(args[1])

    def write() -> None:
        book = Workbook(write_only=True)
        for number, (rows, cells) in enumerate(shapes):
            sheet = book.create_sheet(f"Sheet {number + 1}")
            per_row = -(-cells // rows) if rows else 0
            for row in range(rows):
                sheet.append([f"text {c}" if c % 2 else row * c for c in range(per_row)])
        book.save(args[0])

    seconds, _ = timed(write)
    return {"seconds": seconds, "cells": sum(cells for _, cells in shapes)}


def main(argv: list[str]) -> int:
    name, args = argv[0], argv[1:]
    try:
        result = PROBES[name](args)
    except UnavailableError as exc:
        print(f"unavailable {exc}", flush=True)
        return 0
    print("result " + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
