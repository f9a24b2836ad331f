"""`import`: read a workbook into the register, printing the preview first.

Exit 0 when the import was written (or, with --dry-run, would be), 1 when the
file has problems (nothing written), 2 on usage errors (a missing file, no
year). A database file that does not exist yet is created, but only once
there is something to write into it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, database_target, year_option
from app.spreadsheet.importer import (
    YearMissingError,
    apply_import,
    open_source,
    plan_import,
)
from app.spreadsheet.plan import ImportPlan
from app.spreadsheet.preview import preview_lines
from app.store import Store
from db.session import sqlite_path, to_url

HELP = "read an Excel workbook (an export or an older list) into the register"
DESCRIPTION = """\
Read the program's own export or an older list of memberships into the register: print
what would be created, updated and left out and every problem, then write it all in one
transaction. Exit 0 on success, 1 when the file has problems (nothing is written), 2 on
usage errors."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("workbook", metavar="FILE.xlsx", help="the workbook to import")
    parser.add_argument(
        "--year", type=year_option, help="the year of the list (default: from its title)"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the preview, write nothing")
    parser.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the rows without problems and leave the others out",
    )


def run(args: argparse.Namespace) -> int:
    workbook = Path(args.workbook)
    if not workbook.is_file():
        print(f"error: there is no file {workbook}", file=sys.stderr)
        return EXIT_USAGE
    source = open_source(workbook)
    target = database_target(args)
    path = sqlite_path(to_url(target))
    store = Store.open(target) if path is None or path.exists() else None
    try:
        try:
            plan = plan_import(store, source, year=args.year)
        except YearMissingError as exc:
            print(f"error: {exc} (--year)", file=sys.stderr)
            return EXIT_USAGE
        print("\n".join(preview_lines(plan)))
        if not plan.ok and not args.skip_bad_rows:
            return EXIT_PROBLEMS
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_OK
        return _write(store or Store.open(target), plan)
    finally:
        if store is not None:
            store.close()


def _write(store: Store, plan: ImportPlan) -> int:
    try:
        result = apply_import(store, plan, skip_bad_rows=True)
    finally:
        store.close()
    written = sum(c.create + c.update for c in result.counts.values())
    print(f"Imported into {store.describe()}: {written} records created or updated.")
    return EXIT_OK
