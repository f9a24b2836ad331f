"""The command line: `python -m app` / `membership-register`.

With no command it starts the window. Each command lives in its own module
under `app.commands`, named after it: its `HELP` and `DESCRIPTION`, its own
options (`add_arguments(parser)`, where it has any) and `run(args) -> int`.
Every command takes the database options.
Errors a user can act on print one line and exit 2 (usage, unusable file) or
1 (the data has problems); a traceback is never the answer to a bad path.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from app import APP_NAME, __version__
from app.errors import DatabaseError, RegisterError

if TYPE_CHECKING:
    from app.report import PrintReport

COMMANDS = (
    "app.commands.demo",
    "app.commands.summary",
    "app.commands.check",
    "app.commands.report",
    "app.commands.export",
    "app.commands.import_",
)
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


class Parser(argparse.ArgumentParser):
    """argparse, with a usage error told in one line (the usage itself is in --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="membership-register",
        description=f"{APP_NAME}: the city's memberships in international organisations "
        "and networks. Without a command, opens the window.",
        epilog="Run 'membership-register COMMAND --help' for a command's options.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the program works on this machine (in a temporary folder; "
        "your register is not touched), print one line per step and exit 0 if all passed",
    )
    add_database_options(parser)
    parser.set_defaults(render_pdf=render_pdf_with_qt)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        add_command(commands, importlib.import_module(name))
    return parser


def add_command(commands: argparse._SubParsersAction, module: ModuleType) -> None:
    name = module.__name__.rsplit(".", 1)[1].rstrip("_")  # import_ is `import`
    parser = commands.add_parser(name, help=module.HELP, description=module.DESCRIPTION)
    add_database_options(parser)
    if hasattr(module, "add_arguments"):
        module.add_arguments(parser)
    parser.set_defaults(run=module.run)


def render_pdf_with_qt(report: PrintReport, path: Path) -> int:
    """The window's PDF layout (Qt printing, offscreen here), handed to the report command."""
    from ui.report_pdf import ensure_application, write_pdf

    application = ensure_application()  # kept until the pages are painted
    pages = write_pdf(report, path)
    del application
    return pages


def add_database_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--db",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the register's SQLite file (default: the user's data folder, "
        "or $MEMBERSHIP_REGISTER_DB)",
    )
    group.add_argument(
        "--db-url",
        metavar="URL",
        type=database_url,
        default=argparse.SUPPRESS,
        help="a database server instead, e.g. postgresql://user@host/register",
    )


def database_url(text: str) -> str:
    """A --db-url value, refused at once where it is no URL of a database this program uses."""
    from db.session import to_url  # SQLAlchemy: off the window's start-up path

    if "://" not in text:
        raise argparse.ArgumentTypeError("not a database URL; write postgresql://user@host/name")
    try:
        to_url(text)
    except DatabaseError as exc:
        raise argparse.ArgumentTypeError(str(exc).rstrip(".")) from None
    return text


def year_option(text: str) -> int:
    """A --year value: a whole number within the program's one year range."""
    from app.validation import FIRST_YEAR, LAST_YEAR, is_plausible_year

    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year") from None
    if not is_plausible_year(year):
        raise argparse.ArgumentTypeError(f"{year} is not a year from {FIRST_YEAR} to {LAST_YEAR}")
    return year


def database_target(args: argparse.Namespace) -> str:
    """The database named on the command line, else the default one."""
    target = getattr(args, "db_url", None) or getattr(args, "db", None)
    if target:
        return str(target)
    from app.paths import default_database

    return default_database()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from ui.self_test import run_self_test

            return run_self_test()
        if args.command is None:
            from ui.launch import run_window

            return run_window(args)
        return int(args.run(args))
    except (DatabaseError, RegisterError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, DatabaseError) else EXIT_PROBLEMS
    except OSError as exc:  # a file the system would not let the program use
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
