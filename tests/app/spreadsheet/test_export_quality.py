"""The workbook as a user meets it in Excel: formats, frozen bold headers, filters,
widths, page setup, properties, the chosen language, and text that stays text."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from app import i18n, vocabulary
from app.rows import OrganisationData
from app.services import organisations
from app.spreadsheet import export_register, export_table, headers
from app.spreadsheet.importer import open_source
from tests.support.spreadsheets import read_sheets, rich_register

FORMULA_LIKE = [
    "=1+1", "+46 8 508 290 00", "-5", "@SUM(A1)", "\tTabbed", "\rCarriage", "=cmd|' /C calc'!A0",
]  # fmt: skip


def forget_translations() -> None:
    """The catalogues and what was built from them are cached; a test changing them clears."""
    i18n._catalogue.cache_clear()
    vocabulary._label.cache_clear()
    vocabulary._readings.cache_clear()
    headers._known_words.cache_clear()


@pytest.fixture
def workbook(sqlite_store, tmp_path: Path) -> openpyxl.Workbook:
    rich_register(sqlite_store)
    path = export_register(sqlite_store, 2007, tmp_path / "register.xlsx").path
    return openpyxl.load_workbook(path)


def test_header_rows_are_bold_frozen_and_filtered(workbook) -> None:
    for name in ("Memberships", "Organisations", "Departments", "Contacts", "Exchange rates"):
        sheet = workbook[name]
        assert sheet["A1"].font.b, name
        assert sheet.freeze_panes == "A2", name
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:"), name
        assert sheet.print_title_rows == "$1:$1", name
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.sheet_properties.pageSetUpPr.fitToPage


def test_every_part_is_well_formed_xml(sqlite_store, tmp_path: Path) -> None:
    """The rows are written as XML text by the program itself: a strict parser reads them."""
    import xml.etree.ElementTree as ET

    rich_register(sqlite_store)
    path = export_register(sqlite_store, 2007, tmp_path / "register.xlsx").path
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xml"):
                ET.fromstring(archive.read(name))


def test_numbers_are_numbers_with_formats(workbook) -> None:
    sheet = workbook["Memberships"]
    headers = [c.value for c in sheet[1]]
    fee, sek, start = (
        sheet.cell(2, headers.index(h) + 1) for h in ("Fee", "Fee in SEK", "Start year")
    )
    assert fee.value == 15000 and fee.number_format == '#,##0 "EUR"'
    assert sek.value == 138750 and sek.number_format == '#,##0 "SEK"'
    assert start.value == 2000 and start.data_type == "n"
    assessments = workbook["Assessments"]
    headers = [c.value for c in assessments[1]]
    assessed = assessments.cell(2, headers.index("Assessed on") + 1)
    assert assessed.is_date and assessed.number_format == "yyyy-mm-dd"
    assert workbook["Exchange rates"]["C2"].number_format == "0.0000"


def test_columns_fit_their_content(workbook) -> None:
    sheet = workbook["Memberships"]
    for column in ("A", "F"):  # Organisation, Responsible department
        longest = max(len(str(c.value or "")) for c in sheet[column][1:])
        assert sheet.column_dimensions[column].width >= longest


def test_document_properties(workbook) -> None:
    assert workbook.properties.title == "Memberships 2007"
    assert workbook.properties.creator == "tester"


@pytest.mark.parametrize("text", [t for t in FORMULA_LIKE if t == t.strip()])
def test_formula_looking_text_stays_text(sqlite_store, tmp_path: Path, text: str) -> None:
    rich_register(sqlite_store)
    eurocities = organisations.find_organisation(sqlite_store, "Eurocities")
    organisations.update_organisation(
        sqlite_store, eurocities.id, OrganisationData(text, "EC", description=text)
    )
    path = export_register(sqlite_store, 2007, tmp_path / "register.xlsx").path
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name), name  # no formula anywhere
    sheet = openpyxl.load_workbook(path)["Organisations"]
    [row] = [r for r in sheet.iter_rows(min_row=2) if r[1].value == "EC"]
    for cell in (row[0], row[7]):  # Organisation, Description
        assert cell.data_type == "s" and cell.quotePrefix and cell.value == text
    memberships = read_sheets(path)["Memberships"]
    assert [text] == [r[0] for r in memberships if r[1] == "EC"]
    rows = open_source(path).sheet("Organisations").grid.rows
    assert [(text, text)] == [(r[0], r[7]) for r in rows if r[1] == "EC"]


def test_leading_tab_and_carriage_return_stay_text(tmp_path: Path) -> None:
    """Texts the register trims can still reach a view's export as they are."""
    rows = [[text] for text in FORMULA_LIKE]
    path = export_table(tmp_path / "view.xlsx", "View", ["Text"], rows, ["text"])
    sheet = openpyxl.load_workbook(path).active
    for cell, text in zip(sheet["A"][1:], FORMULA_LIKE, strict=True):
        assert cell.data_type == "s" and cell.quotePrefix, text
    source = open_source(path)
    assert [r[0] for r in source.sheets[0].grid.rows[1:]] == FORMULA_LIKE


def test_swedish_headers_and_sheet_names(sqlite_store, tmp_path: Path, monkeypatch) -> None:
    """With a Swedish catalogue the workbook speaks Swedish, and reads back as the program's own."""
    catalogue = tmp_path / "i18n"
    catalogue.mkdir()
    (catalogue / "membership_register_sv.ts").write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="sv_SE">
        <context><name>export</name>
        <message><source>Memberships</source><translation>Medlemskap</translation></message>
        <message><source>Organisation</source><translation>Organisation</translation></message>
        <message><source>Responsible department</source>
            <translation>Ansvarig förvaltning</translation></message>
        <message><source>Summary</source><translation>Sammanfattning</translation></message>
        <message><source>Year</source><translation>År</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    monkeypatch.setattr(i18n, "I18N_DIR", catalogue)
    forget_translations()
    try:
        rich_register(sqlite_store)
        path = export_register(sqlite_store, 2007, tmp_path / "sv.xlsx", language="sv").path
        sheets = read_sheets(path)
        assert "Medlemskap" in sheets and "Sammanfattning" in sheets
        assert sheets["Medlemskap"][0][:6:5] == ["Organisation", "Ansvarig förvaltning"]
        assert sheets["Sammanfattning"][1][:2] == ["År", 2007]
        assert openpyxl.load_workbook(path)["Medlemskap"]["L2"].number_format == '#,##0 "kr"'
        source = open_source(path)
        assert source.own_export and source.year == 2007
        assert source.sheet("Medlemskap").mapping[:6:5] == ["organisation", "department"]
    finally:
        forget_translations()


def test_export_table_writes_exactly_the_rows_given(tmp_path: Path) -> None:
    headers = ["Organisation", "Fee", "Fee in SEK", "Year", "Participants"]
    rows = [
        ["=Eurocities", (Decimal("15000"), "EUR"), Decimal("138750.50"), 2007, ("SLK", "MF")],
        ["UBC", None, None, None, ()],
    ]
    path = export_table(
        tmp_path / "view.xlsx", "Memberships: 2007 [view]", headers, rows,
        ["text", "money", "sek", "year", "list"],
    )  # fmt: skip
    sheets = read_sheets(path)
    assert list(sheets) == ["Memberships  2007  view"[:31].replace("  ", " ")]
    [sheet] = sheets.values()
    assert sheet == [
        headers,
        ["=Eurocities", 15000, 138750.5, 2007, "SLK\nMF"],
        ["UBC", "", "", "", ""],
    ]
    cell = openpyxl.load_workbook(path).active["C2"]
    assert cell.number_format == '#,##0.00 "SEK"'
