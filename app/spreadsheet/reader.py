"""Reading a workbook's cells, or saying plainly why the file cannot be read.

Only the values are read (openpyxl's read-only mode, cached results of
formulas). What is not an .xlsx workbook is named for what it is: an old
.xls, a password-protected workbook (stored encrypted inside an OLE
container), a damaged file, something else altogether.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from app.errors import RegisterError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.progress import Progress
from app.spreadsheet.cells import unescape

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

NO_FILE = N_("import", "There is no file {path}.")
NOT_READABLE = N_("import", "{path} could not be read: {reason}.")
PASSWORD = N_(
    "import",
    "{name} is protected with a password. Open it in Excel, remove the password "
    "(File > Info > Protect Workbook) and save a copy to import.",
)
OLD_XLS = N_(
    "import",
    "{name} is an old Excel 97–2003 workbook (.xls). Open it in Excel and save it as "
    "an Excel Workbook (.xlsx) to import it.",
)
NOT_XLSX = N_(
    "import",
    "{name} is not an Excel workbook (.xlsx). If it is a CSV or another kind of "
    "spreadsheet, open it in Excel and save it as an Excel Workbook (.xlsx).",
)
DAMAGED = N_(
    "import",
    "{name} is damaged: it could not be read as an Excel workbook ({reason}). "
    "Open it in Excel to repair it, or import another copy.",
)
NO_SHEETS = N_("import", "{name} has no sheets with any cells filled in.")


class SpreadsheetReadError(RegisterError):
    """The file cannot be read as a workbook; the message says why and what to do."""

    def __init__(self, template: str, language: str | None = None, **params: object) -> None:
        self.template, self.params = template, params
        super().__init__(translate("import", template, language).format(**params))


@dataclass(frozen=True, slots=True)
class SheetGrid:
    """A sheet's values, row 1 first; trailing empty cells and rows dropped."""

    name: str
    rows: list[tuple[Any, ...]]


def read_workbook(
    path: str | os.PathLike[str], progress: Progress | None = None
) -> list[SheetGrid]:
    target = Path(path)
    _check_kind(target)
    try:
        book = load_workbook(target, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ParseError, ValueError) as exc:
        raise SpreadsheetReadError(DAMAGED, name=target.name, reason=_reason(exc)) from exc
    try:
        grids = [_grid(sheet, progress) for sheet in book.worksheets]
    except (zipfile.BadZipFile, KeyError, ParseError, ValueError, EOFError) as exc:
        raise SpreadsheetReadError(DAMAGED, name=target.name, reason=_reason(exc)) from exc
    finally:
        book.close()
    grids = [g for g in grids if g.rows]
    if not grids:
        raise SpreadsheetReadError(NO_SHEETS, name=target.name)
    return grids


def _check_kind(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            body = handle.read(2_000_000) if head == OLE_MAGIC else b""
    except FileNotFoundError as exc:
        raise SpreadsheetReadError(NO_FILE, path=path) from exc
    except OSError as exc:
        raise SpreadsheetReadError(NOT_READABLE, path=path, reason=exc.strerror or exc) from exc
    if head == OLE_MAGIC:
        raise SpreadsheetReadError(PASSWORD if ENCRYPTED in body else OLD_XLS, name=path.name)
    if not head.startswith(ZIP_MAGIC):
        raise SpreadsheetReadError(NOT_XLSX, name=path.name)


def _grid(sheet: Any, progress: Progress | None) -> SheetGrid:
    rows: list[tuple[Any, ...]] = []
    last_filled = 0
    for count, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        row = _trimmed(values)
        rows.append(row)
        if row:
            last_filled = count
        if progress is not None and count % 5000 == 0:
            progress.step(0, 0, "")
    return SheetGrid(sheet.title, rows[:last_filled])


def _trimmed(values: tuple[Any, ...]) -> tuple[Any, ...]:
    cleaned = [_clean(v) for v in values]
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    return tuple(cleaned)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = unescape(value)
        return value if value.strip() else None
    return value


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
