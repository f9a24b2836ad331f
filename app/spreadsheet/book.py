"""A write-only workbook from start to finish: made, filled, saved whole or discarded.

Every export writes through openpyxl's write-only mode (`Workbook(write_only=True)`):
rows go to disk as they are written, so a large register is never all in memory.
`write_workbook` is the one sequence every single-file export follows: check the
target, fill the sheets, save to a temporary file and move it into place; on any
failure the temporary files go and the old file stays as it was.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from app import APP_NAME
from app.spreadsheet.files import check_target, plain_write_errors, save_atomically
from app.spreadsheet.stream import SheetStyles, discard_sheet


def new_workbook(title: str, creator: str) -> Workbook:
    book = Workbook(write_only=True)
    book.properties.title = title
    book.properties.creator = creator
    book.properties.lastModifiedBy = creator
    book.properties.description = APP_NAME
    return book


def new_styles(book: Workbook, language: str) -> SheetStyles:
    """The workbook's style register; SEK is written "kr" in Swedish."""
    return SheetStyles(book, "kr" if language == "sv" else "SEK")


def save_workbook(book: Workbook, path: str) -> None:
    """openpyxl's save, closing the zip archive even when writing fails (a full disk):
    left open, it would try to write again when collected."""
    archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    try:
        ExcelWriter(book, archive).save()
    except BaseException:
        with suppress(Exception):
            archive.close()  # fails again, but marks the archive closed
        raise


def discard(book: Workbook) -> None:
    """Closes and removes the temporary files of a write-only workbook that will not
    be saved (the export failed or was cancelled)."""
    for sheet in book.worksheets:
        discard_sheet(sheet)


def write_workbook(
    path: str | os.PathLike[str],
    title: str,
    creator: str,
    language: str,
    fill: Callable[[Workbook, SheetStyles], None],
) -> Path:
    """Writes the workbook `fill` makes to `path`, replaced whole or left as it was."""
    target = Path(path)
    check_target(target, language)
    book = new_workbook(title, creator)
    try:
        with plain_write_errors(target, language):
            fill(book, new_styles(book, language))
        save_atomically(lambda temporary: save_workbook(book, temporary), target, language)
    except BaseException:
        discard(book)
        raise
    return target
