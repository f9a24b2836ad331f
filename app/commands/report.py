"""`report`: the register of a year as a page to publish (HTML) or a PDF.

The PDF is laid out by Qt's printing, which lives in ui/: the command takes the
renderer the composition root `app.cli` hands in (`args.render_pdf`), so app/
never imports Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, database_target, year_option
from app.i18n import LANGUAGES, chosen_language
from app.store import Store

if TYPE_CHECKING:
    from app.report import PrintReport

FORMATS = ("html", "pdf")
KINDS = {"html": "a web page (HTML)", "pdf": "a PDF"}
PdfRenderer = Callable[["PrintReport", Path], int]
"""Lays the report out into a PDF at the path; returns the number of pages."""


HELP = "write the register of a year as a web page (HTML) or PDF to publish"
DESCRIPTION = """\
Write the register of a year as a self-contained, accessible web page or as an A4 PDF:
key figures, memberships by department, the matrix of departments and organisations,
positions of trust and the change on the year before. Exit 0 when written, 1 when the
year has no memberships, 2 on unusable input."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=year_option, required=True, help="the year of the register")
    parser.add_argument(
        "--format", choices=FORMATS, help="html or pdf (default: from the --out file's suffix)"
    )
    parser.add_argument("--out", type=Path, required=True, metavar="PATH", help="the file to write")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the report's language (default: the one chosen in the window, else the system's)",
    )


def _usage_problem(args: argparse.Namespace) -> str:
    named = _format_of_suffix(args.out)
    if args.format and named and args.format != named:
        return (
            f"{args.out.name} names {KINDS[named]}, but --format {args.format} "
            f"was asked for; name a .{args.format} file, or leave --format out"
        )
    if _format(args) is None:
        return "say --format html or --format pdf (the --out file's suffix does not tell)"
    if not args.out.parent.is_dir():
        return f"the folder {args.out.parent} does not exist"
    if args.out.is_dir():
        return f"{args.out} is a folder; name a file"
    return ""


def _format(args: argparse.Namespace) -> str | None:
    """The kind asked for, else the one the file's suffix names."""
    return str(args.format) if args.format else _format_of_suffix(args.out)


def _format_of_suffix(path: Path) -> str | None:
    suffix = path.suffix.lower().lstrip(".")
    return {"htm": "html"}.get(suffix, suffix) if suffix in ("html", "htm", "pdf") else None


def run(args: argparse.Namespace) -> int:
    problem = _usage_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    store = Store.open(database_target(args), must_exist=True)
    try:
        return _write(store, args, _format(args) or "html")
    except OSError as exc:
        print(f"error: {args.out} could not be written: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        store.close()


def _write(store: Store, args: argparse.Namespace, kind: str) -> int:
    from app.files import write_text_whole
    from app.report import gather, print_html, web_html

    data = gather(store, args.year)
    language = args.lang or chosen_language()
    if not data.memberships:
        print(f"error: the register holds no memberships in {args.year}", file=sys.stderr)
        return EXIT_PROBLEMS
    if kind == "html":
        write_text_whole(args.out, web_html(data, language))
        print(f"Report of {args.year} written to {args.out}")
        return EXIT_OK
    render_pdf: PdfRenderer = args.render_pdf
    pages = render_pdf(print_html(data, language), args.out)
    print(f"Report of {args.year} written to {args.out} ({pages} pages)")
    return EXIT_OK
