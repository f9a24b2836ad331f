"""Reading a workbook's cells, or saying plainly why the file cannot be read.

Only the values are read, with python-calamine (a Rust reader, some ten times
faster than openpyxl's read-only mode: an import of a large register is
mostly reading). Formulas give their cached results; a formula without one (a
workbook written by a program, never opened and saved in Excel) is marked
`UNCOMPUTED` rather than read as an empty cell. calamine also undoes OOXML's
`_xHHHH_` escapes. What is not an .xlsx workbook is named for what it
is: an old .xls, a password-protected workbook (stored encrypted inside an
OLE container), an OpenDocument spreadsheet, a damaged file, something else
altogether.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from app.errors import RegisterError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.progress import Progress

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"

# A cell of a sheet's XML; its formula `<f>` and cached value `<v>`, if any.
XML_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
CELL_REF = re.compile(rb'\br="([A-Z]+)(\d+)"')
SHEET_ENTRY = re.compile(rb'<sheet\b[^>]*?\bname="([^"]*)"[^>]*?\br:id="([^"]*)"')
RELATION = re.compile(rb'<Relationship\b[^>]*?\bId="([^"]*)"[^>]*?\bTarget="([^"]*)"')
RELATION_REVERSED = re.compile(rb'<Relationship\b[^>]*?\bTarget="([^"]*)"[^>]*?\bId="([^"]*)"')

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
OPENDOCUMENT = N_(
    "import",
    "{name} is an OpenDocument spreadsheet (.ods), not an Excel workbook. Open it in "
    "LibreOffice Calc or Excel and save it as an Excel Workbook (.xlsx) to import it.",
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


class Uncomputed:
    """The value of a formula cell saved without its result."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "UNCOMPUTED"

    def __str__(self) -> str:
        return ""  # read as text (a header, a title) it is empty, as Excel would show it


UNCOMPUTED = Uncomputed()


@dataclass(frozen=True, slots=True)
class SheetGrid:
    """A sheet's values, row 1 first; trailing empty cells and rows dropped.
    A sheet the caller did not want read has no rows and `loaded` false."""

    name: str
    rows: list[tuple[Any, ...]]
    loaded: bool = True
    uncomputed: bool = False  # some cells are UNCOMPUTED formulas


def read_workbook(
    path: str | os.PathLike[str],
    progress: Progress | None = None,
    wanted: Callable[[list[str], str], bool] | None = None,
) -> list[SheetGrid]:
    """The workbook's sheets; `wanted(names, name)` may leave sheets unread (a large
    computed sheet need not be loaded to be ignored). Empty sheets are left out."""
    target = Path(path)
    _check_kind(target)
    try:
        book = CalamineWorkbook.from_path(str(target))
        names = list(book.sheet_names)
        formulas = uncomputed_formulas(target)
        grids = []
        for index, name in enumerate(names):
            if progress is not None:
                progress.step(index, len(names), "")
            if wanted is not None and not wanted(names, name):
                grids.append(SheetGrid(name, [], loaded=False))
            else:
                grid = _grid(name, book.get_sheet_by_name(name))
                grids.append(_marked(grid, formulas.get(name, [])))
    except PasswordError as exc:
        raise SpreadsheetReadError(PASSWORD, name=target.name) from exc
    except (CalamineError, ValueError, OSError, zipfile.BadZipFile, KeyError) as exc:
        raise SpreadsheetReadError(DAMAGED, name=target.name, reason=_reason(exc)) from exc
    grids = [g for g in grids if g.rows or not g.loaded]
    if not any(g.rows for g in grids):
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
    if _is_opendocument(path):
        raise SpreadsheetReadError(OPENDOCUMENT, name=path.name)


def _is_opendocument(path: Path) -> bool:
    """An OpenDocument file is a zip too: its first member, `mimetype`, says which kind."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read("mimetype").startswith(ODS_MIMETYPE)
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _grid(name: str, sheet: Any) -> SheetGrid:
    """Row by row, each trimmed at once: a sparse sheet never becomes a full rectangle.
    calamine's rows start at row 1 but at the first used column, so they are padded."""
    pad = (None,) * (sheet.start[1] if sheet.start else 0)
    rows = []
    for values in sheet.iter_rows():
        row = _trimmed(values)
        rows.append(pad + row if row else ())
    while rows and not rows[-1]:
        rows.pop()
    return SheetGrid(name, rows)


def _trimmed(values: list[Any]) -> tuple[Any, ...]:
    cleaned = [_clean(v) for v in values]
    while cleaned and cleaned[-1] is None:
        cleaned.pop()
    return tuple(cleaned)


def _clean(value: Any) -> Any:
    if value.__class__ is str:
        return value if value.strip() else None
    return value


def uncomputed_formulas(path: Path) -> dict[str, list[tuple[int, int]]]:
    """(row, column), both from 1, of each formula cell saved without its result, by sheet.
    Only the sheets holding formulas at all are searched cell by cell."""
    with zipfile.ZipFile(path) as archive:
        members = set(archive.namelist())
        targets = _sheet_parts(archive, members)
        found: dict[str, list[tuple[int, int]]] = {}
        for name, part in targets.items():
            data = archive.read(part)
            if b"<f" in data:
                cells = [_position(a) for a, body in XML_CELL.findall(data) if _uncomputed(a, body)]
                if cells:
                    found[name] = cells
    return found


def _sheet_parts(archive: zipfile.ZipFile, members: set[str]) -> dict[str, str]:
    """Sheet name -> the zip member holding its cells."""
    if "xl/workbook.xml" not in members or "xl/_rels/workbook.xml.rels" not in members:
        return {}
    rels = archive.read("xl/_rels/workbook.xml.rels")
    targets = dict(RELATION.findall(rels))
    targets.update({i: t for t, i in RELATION_REVERSED.findall(rels)})
    parts = {}
    for name, rid in SHEET_ENTRY.findall(archive.read("xl/workbook.xml")):
        target = targets.get(rid, b"").decode()
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        if part in members:
            parts[_xml_text(name)] = part
    return parts


def _uncomputed(attributes: bytes, body: bytes) -> bool:
    """A formula without a cached value; an empty text result (`t="str"`) is a value."""
    if not body or b"<f" not in body:
        return False
    value = re.search(rb"<v>([^<]*)</v>", body)
    return value is None or (not value.group(1) and b't="str"' not in attributes)


def _position(attributes: bytes) -> tuple[int, int]:
    found = CELL_REF.search(attributes)
    if found is None:
        return 0, 0
    letters, digits = found.groups()
    column = 0
    for letter in letters:
        column = column * 26 + letter - 64
    return int(digits), column


def _xml_text(raw: bytes) -> str:
    text = raw.decode()
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


def _marked(grid: SheetGrid, cells: list[tuple[int, int]]) -> SheetGrid:
    """The grid with each formula cell that has no result marked UNCOMPUTED."""
    if not cells:
        return grid
    rows = list(grid.rows)
    for row, column in cells:
        if row < 1 or column < 1:
            continue
        rows.extend(() for _ in range(row - len(rows)))
        values = list(rows[row - 1])
        values.extend(None for _ in range(column - len(values)))
        values[column - 1] = UNCOMPUTED
        rows[row - 1] = tuple(values)
    return SheetGrid(grid.name, rows, grid.loaded, uncomputed=True)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
