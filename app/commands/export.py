"""`export`: the register of a year as an Excel workbook, without the window."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli import EXIT_OK, EXIT_USAGE, database_target, year_option
from app.i18n import LANGUAGES, chosen_language
from app.spreadsheet import export_register
from app.store import Store

HELP = "write the register of a year to an Excel workbook"
DESCRIPTION = """\
Write the register as of a year to an .xlsx workbook: summary, memberships,
organisations, departments, contacts, positions of trust, matrix, fees by year,
assessments and review decisions. The file is replaced whole or left as it was."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    parser.add_argument(
        "--year",
        type=year_option,
        default=dt.date.today().year,
        help="the year (default: this year)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="the language of sheet names and headers "
        "(default: the one chosen in the window, else the system's)",
    )


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    store = Store.open(database_target(args), must_exist=True)  # refuses what is no register
    try:
        if store.path is not None and out.exists() and out.samefile(store.path):
            print(f"error: {out} is the register itself; name another file", file=sys.stderr)
            return EXIT_USAGE
        result = export_register(store, args.year, out, language=args.lang or chosen_language())
    finally:
        store.close()
    print(
        f"Wrote {result.path}: the register of {result.year}, {result.memberships} "
        f"memberships in {len(result.sheets)} sheets ({result.seconds:.2f} s)."
    )
    return EXIT_OK
