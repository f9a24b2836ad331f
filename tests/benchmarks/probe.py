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
    """The matrix's cells of a year, through the service."""
    from app.services.matrix import participation_cells

    store = open_store(args[0])
    seconds, cells = timed(lambda: participation_cells(store, int(args[1])))
    return {"seconds": seconds, "cells": len(cells)}


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


@probe
def memberships_view(args: list[str]) -> dict[str, object]:
    raise UnavailableError("the memberships view has not landed on main yet")


@probe
def matrix_view(args: list[str]) -> dict[str, object]:
    raise UnavailableError("the matrix view has not landed on main yet")


# --- spreadsheets (branch sheets) ------------------------------------------------


@probe
def export(args: list[str]) -> dict[str, object]:
    raise UnavailableError("the export has not landed on main yet")


@probe
def reimport(args: list[str]) -> dict[str, object]:
    raise UnavailableError("the import has not landed on main yet")


@probe
def export_floor(args: list[str]) -> dict[str, object]:
    """openpyxl write-only writing plain cells in the export's sheet shapes."""
    from openpyxl import Workbook

    shapes: list[list[int]] = json.loads(args[1])

    def write() -> None:
        book = Workbook(write_only=True)
        for number, (rows, columns) in enumerate(shapes):
            sheet = book.create_sheet(f"Sheet {number + 1}")
            for row in range(rows):
                sheet.append([f"text {row}" if c % 2 else row * c for c in range(columns)])
        book.save(args[0])

    seconds, _ = timed(write)
    return {"seconds": seconds, "cells": sum(r * c for r, c in shapes)}


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
