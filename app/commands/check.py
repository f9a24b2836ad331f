"""`check`: integrity and schema version of a database, without changing it."""

from __future__ import annotations

import argparse

from app.cli import EXIT_OK, EXIT_PROBLEMS, database_target
from db.health import check_database

HELP = "check a database's integrity and schema version"
DESCRIPTION = """\
Check that the database is a register, is undamaged and has a schema this program can
open. Exit 0 when all is well, 1 when the check finds problems, 2 when the file cannot
be used at all."""


def run(args: argparse.Namespace) -> int:
    report = check_database(database_target(args))
    for problem in report.problems:
        print(f"problem: {problem}")
    for note in report.notes:
        print(f"note: {note}")
    state = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{report.where}: schema {report.revision or 'none'}, {state}")
    return EXIT_OK if report.ok else EXIT_PROBLEMS
