"""Work done in a separate process, for tests of several programs on one register.

    python -m tests.support.worker COMMAND TARGET [ARGS...]

Each command prints what it did, one fact per line, so the test can count.
A `--start-at EPOCH` argument makes several workers begin at the same moment.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from dataclasses import replace

from app.errors import ConflictError
from app.rows import OrganisationData
from app.services import organisations
from app.store import Store
from db.errors import DatabaseError


def open_register(args: argparse.Namespace) -> None:
    """Opens (creating and migrating) the register; Alembic's log shows each migration run."""
    logging.basicConfig(level=logging.INFO, stream=sys.stdout, format="%(name)s %(message)s")
    Store.open(args.target).close()
    print("opened")


def add_organisations(args: argparse.Namespace) -> None:
    """Adds `count` organisations, one unit of work each, as a user adding records would."""
    store = Store.open(args.target, actor=args.name)
    try:
        for number in range(args.count):
            try:
                organisations.create_organisation(
                    store, OrganisationData(f"{args.name} organisation {number}")
                )
                print(f"saved {number}", flush=True)
            except DatabaseError as exc:  # a clear message instead of a crash
                print(f"refused {number}: {exc}", flush=True)
    finally:
        store.close()


def count_up(args: argparse.Namespace) -> None:
    """Adds one to a shared counter `count` times; a conflict is reloaded and retried."""
    store = Store.open(args.target, actor=args.name)
    try:
        for _ in range(args.count):
            while True:
                row = organisations.get_organisation(store, args.record)
                data = replace(row.data(), description=str(int(row.description or 0) + 1))
                try:
                    organisations.update_organisation(store, row.id, data, version=row.version)
                    break
                except ConflictError:
                    print("conflict", flush=True)
                except DatabaseError as exc:
                    print(f"busy: {exc}", flush=True)
        print("done", flush=True)
    finally:
        store.close()


COMMANDS = {
    "open": open_register,
    "add": add_organisations,
    "count-up": count_up,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("command", choices=sorted(COMMANDS))
    parser.add_argument("target")
    parser.add_argument("--name", default="worker")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--record", type=int, default=0)
    parser.add_argument("--start-at", type=float, default=0.0)
    args = parser.parse_args(argv)
    time.sleep(max(0.0, args.start_at - time.time()))
    COMMANDS[args.command](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
