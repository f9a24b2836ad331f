"""The openpyxl internals the export's row writer relies on are there and behave.

`app.spreadsheet.stream` is the one module that reaches into openpyxl (its
`INTERNALS`): no public API writes a row's XML into a write-only sheet, and
openpyxl's own row writer is several times slower. pyproject.toml pins openpyxl
and et_xmlfile to the versions checked here. When either is upgraded this test
says whether the internals are still the same; if it fails, read the changed
code, adapt stream.py, then update the fingerprints and the pins together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import os
import sys
from importlib import metadata
from pathlib import Path

import et_xmlfile
import openpyxl
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from python_calamine import CalamineWorkbook

from app.spreadsheet.book import discard, new_styles, new_workbook, save_workbook
from app.spreadsheet.stream import INTERNALS, StreamSheet, Styled, new_sheet

XMLFILE = sys.modules[et_xmlfile.xmlfile.__module__]
# The code whose behaviour the row writer and `discard_sheet` depend on, as checked.
FINGERPRINTS = {
    "WriteOnlyWorksheet.append": (WriteOnlyWorksheet.append, "33d1ae5850f767e3"),
    "WriteOnlyWorksheet.close": (WriteOnlyWorksheet.close, "7ac8f20cfc048cc6"),
    "WriteOnlyWorksheet._get_writer": (WriteOnlyWorksheet._get_writer, "e99b23d2819d3339"),
    "WorksheetWriter.get_stream": (WorksheetWriter.get_stream, "4b1c8d4aa72eb7a2"),
    "WorksheetWriter.close": (WorksheetWriter.close, "d945ef2353f8f9df"),
    "WorksheetWriter.cleanup": (WorksheetWriter.cleanup, "fa628efc289c92c8"),
    "xmlfile writer __init__": (XMLFILE._IncrementalFileWriter.__init__, "4139c74ed4c4ada2"),
    "xmlfile writer element": (XMLFILE._IncrementalFileWriter.element, "fe8d0dd858b04ab3"),
}


def fingerprint(function: object) -> str:
    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]  # type: ignore[arg-type]


def test_the_installed_versions_are_the_pinned_ones() -> None:
    assert openpyxl.__version__.startswith("3.1."), openpyxl.__version__
    assert metadata.version("et_xmlfile").startswith("2.0."), metadata.version("et_xmlfile")


def test_the_code_relied_on_is_unchanged() -> None:
    changed = [name for name, (f, known) in FINGERPRINTS.items() if fingerprint(f) != known]
    assert changed == [], f"openpyxl internals changed: {changed}; stream.py uses {INTERNALS}"


def test_a_write_only_sheet_has_the_attributes_relied_on(tmp_path: Path) -> None:
    book = new_workbook("t", "tester")
    sheet = book.create_sheet("s")
    assert isinstance(sheet, StreamSheet)
    assert inspect.isgeneratorfunction(WriteOnlyWorksheet._write_rows)
    sheet.append(["a"])  # makes the sheet's writer and starts openpyxl's row stream
    writer = sheet._writer
    assert isinstance(writer, WorksheetWriter)
    assert os.path.exists(writer.out) and callable(writer.cleanup)
    discard(book)
    assert not os.path.exists(writer.out)  # discard_sheet removed the temporary file


def test_streamed_rows_read_back_as_written(tmp_path: Path) -> None:
    """The replaced row writer's XML, inside openpyxl's stream, is a valid sheet."""
    book = new_workbook("t", "tester")
    styles = new_styles(book, "en")
    sheet = new_sheet(book, "Rows", styles)
    money = styles.money("SEK", True)
    sheet.row_dimensions[2].height = 30
    date = Styled(dt.date(2007, 5, 1), styles.number("yyyy-mm-dd"))
    sheet.append(["name", "=SUM(A1)", 1234.5, date, True])
    sheet.append([Styled("bold", styles.bold), None, Styled(12.25, money), " padded ", "<&>"])
    path = tmp_path / "rows.xlsx"
    save_workbook(book, str(path))
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Rows").to_python()
    assert rows[0] == ["name", "=SUM(A1)", 1234.5, dt.date(2007, 5, 1), True]
    assert rows[1] == ["bold", "", 12.25, " padded ", "<&>"]
    read = openpyxl.load_workbook(path)["Rows"]
    assert read["B1"].data_type == "s" and read["B1"].quotePrefix  # text, never a formula
    assert read["A2"].font.bold and read["C2"].number_format == '#,##0.00 "SEK"'
    assert read.row_dimensions[2].height == 30
