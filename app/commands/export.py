"""`export`: the register of a year as an Excel workbook, without the window."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.cli import EXIT_OK, add_database_options, database_target
from app.i18n import LANGUAGES, system_language
from app.spreadsheet import export_register
from app.store import Store


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="write the register of a year to an Excel workbook",
        description="Write the register as of a year to an .xlsx workbook: summary, "
        "memberships, organisations, departments, contacts, positions of trust, matrix, "
        "fees by year, assessments and review decisions. The file is replaced whole or "
        "left as it was.",
    )
    add_database_options(parser)
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    parser.add_argument(
        "--year", type=int, default=dt.date.today().year, help="the year (default: this year)"
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="the language of sheet names and headers (default: the system's)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    store = Store.open(database_target(args), must_exist=True)
    try:
        result = export_register(
            store, args.year, Path(args.out), language=args.lang or system_language()
        )
    finally:
        store.close()
    print(
        f"Wrote {result.path}: the register of {result.year}, {result.memberships} "
        f"memberships in {len(result.sheets)} sheets ({result.seconds:.2f} s)."
    )
    return EXIT_OK
