"""`export_register`: the register of a year as one Excel workbook.

Sheets: Summary, Memberships, Organisations, Departments, Contacts, Positions
of trust, Matrix (as the matrix view shows it), Fees by year, and where there
are any the year's assessments and the review's outcome and decisions (as the
review's own writer lays them out); last the exchange rates the SEK figures
were computed with (which also lets an import of the workbook reproduce them).
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.progress import Progress
from app.spreadsheet import sheets
from app.spreadsheet.book import discard, new_styles, new_workbook, save_workbook
from app.spreadsheet.copy_sheet import copy_sheets
from app.spreadsheet.data import RegisterData, collect
from app.spreadsheet.files import check_target, plain_write_errors, save_atomically
from app.spreadsheet.matrix_sheet import write_matrix_table
from app.spreadsheet.review_sheets import write_review_sheets
from app.spreadsheet.summary_sheet import write_summary
from app.spreadsheet.writer import SheetStyles, new_sheet, write_table
from app.store import Store

TITLE = N_("export", "Memberships {year}")
READING = N_("export", "Reading the register…")
WRITING = N_("export", "Writing {sheet}…")
SAVING = N_("export", "Saving the workbook…")


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    year: int
    sheets: tuple[str, ...]
    memberships: int
    seconds: float


def export_register(
    store: Store,
    year: int,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
    progress: Progress | None = None,
) -> ExportResult:
    """Writes the register as of `year` to `path` (replaced whole, or left as it was)."""
    started = time.perf_counter()
    target = Path(path)
    progress = progress or Progress()
    t = sheets.translator(language)
    check_target(target, language)
    progress.step(0, 100, t(READING))
    data = collect(store, year)
    book = new_workbook(t(TITLE).format(year=year), store.actor)
    try:
        with plain_write_errors(target, language):
            _write_sheets(book, store, data, language, progress)
        progress.step(95, 100, t(SAVING))
        save_atomically(lambda temporary: save_workbook(book, temporary), target, language)
    except BaseException:
        discard(book)
        raise
    progress.step(100, 100, "")
    return ExportResult(
        path=target,
        year=year,
        sheets=tuple(sheet.title for sheet in book.worksheets),
        memberships=len(data.memberships),
        seconds=time.perf_counter() - started,
    )


def _write_sheets(
    book: Workbook, store: Store, data: RegisterData, language: str, progress: Progress
) -> None:
    t = sheets.translator(language)
    styles = new_styles(book, language)
    write_summary(new_sheet(book, t(sheets.SUMMARY), styles), styles, data, language)
    # Each sheet's rows are made just before it is written and dropped after: a large
    # register's tables are never all in memory at once.
    makers = [
        sheets.memberships_sheet, sheets.organisations_sheet, sheets.departments_sheet,
        sheets.contacts_sheet, sheets.positions_sheet, "matrix", sheets.fees_by_year_sheet,
        sheets.assessments_sheet, "review", sheets.rates_sheet,
    ]  # fmt: skip
    for index, make in enumerate(makers):
        done = 5 + index * 9
        if make == "matrix":
            progress.step(done, 100, t(WRITING).format(sheet=t(sheets.MATRIX)))
            write_matrix_table(book, styles, data.matrix, language)
        elif make == "review":
            _review_sheets(book, styles, store, data.year, language)
        else:
            table = make(data, language)  # type: ignore[operator]
            if table is not None:
                _write_table(book, styles, table, (done, done + 9), progress, language)


def _review_sheets(
    book: Workbook, styles: SheetStyles, store: Store, year: int, language: str
) -> None:
    """The review's outcome and decisions, as the review's own writer lays them out."""
    scratch = Workbook()
    scratch.remove(scratch.active)
    write_review_sheets(scratch, store, year, language)
    copy_sheets(scratch, book, styles)


def _write_table(
    book: Workbook,
    styles: SheetStyles,
    table: sheets.Sheet,
    span: tuple[int, int],
    progress: Progress,
    language: str,
) -> None:
    """One table sheet, reporting progress from `span[0]` to `span[1]` percent."""
    text = sheets.translator(language)(WRITING).format(sheet=table.title)
    progress.step(span[0], 100, text)
    total = max(len(table.rows), 1)

    def on_row(count: int) -> None:
        progress.step(span[0] + (span[1] - span[0]) * count // total, 100, text)

    sheet = new_sheet(book, table.title, styles)
    write_table(sheet, styles, table.columns, table.rows, totals=table.totals, on_row=on_row)
