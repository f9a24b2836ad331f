"""`demo`: build the example register from the council paper."""

from __future__ import annotations

import argparse

from app.cli import database_target
from app.store import Store

HELP = "build the example register (Stockholm 2005-2008, fictional fees and people)"
DESCRIPTION = """\
Build an example register from the 2008 council paper: organisations and networks,
departments and companies, contacts, fees 2005-2008, positions of trust and assessments.
Fees and people are fictional and marked as example data."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force", action="store_true", help="replace a register already in the database"
    )


def run(args: argparse.Namespace) -> int:
    from app.demo import build_example_register

    store = Store.open(database_target(args))
    try:
        built = build_example_register(store, force=args.force)
    finally:
        store.close()
    print(
        f"Example register written to {store.describe()}: {built.organisations} organisations "
        f"and networks, {built.departments} departments and companies, {built.people} people, "
        f"{built.memberships} memberships."
    )
    return 0
