"""`summary`: the register of a year in figures, for people or scripts."""

from __future__ import annotations

import argparse
import datetime as dt
import json

from app.cli import database_target, year_option
from app.numbers import number
from app.services.register import year_summary
from app.store import Store

HELP = "counts and total fees of the register as of a year"
DESCRIPTION = """\
Print the number of organisations, networks and departments taking part, and the total
fees in SEK, for the register as of a year."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--year",
        type=year_option,
        default=dt.date.today().year,
        help="the year (default: this year)",
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object for scripts")


def run(args: argparse.Namespace) -> int:
    store = Store.open(database_target(args), must_exist=True)
    try:
        summary = year_summary(store, args.year)
    finally:
        store.close()
    if args.json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, default=float))
        return 0
    print(f"Register as of {summary.year} ({store.describe()})")
    print(f"  Organisations:           {summary.organisations}")
    print(f"  Networks:                {summary.networks}")
    print(f"  Memberships:             {summary.memberships}")
    print(f"  Departments taking part: {summary.departments}")
    print(f"  Positions of trust:      {summary.positions}")
    fees = number(summary.fees_sek, "en", 2).replace(",", " ")  # to the öre, as valued
    print(f"  Total fees:              {fees} SEK")
    if summary.missing_rates:
        print(f"  No exchange rate for:    {', '.join(summary.missing_rates)} (left out)")
    return 0
