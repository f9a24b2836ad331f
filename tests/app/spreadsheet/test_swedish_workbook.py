"""The workbook in Swedish, with the real translation: Swedish sheets and headers that
the import reads back as the program's own export, row for row."""

from __future__ import annotations

from pathlib import Path

from app.spreadsheet import export_register
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.store import Store
from tests.support.spreadsheets import read_sheets, rich_register

SHEETS_OF_THE_YEAR = ["Medlemskap", "Organisationer", "Förvaltningar", "Kontakter",
                      "Förtroendeposter", "Bedömningar", "Växelkurser"]  # fmt: skip


def test_a_swedish_export_reads_back_as_it_was(sqlite_store: Store, tmp_path: Path) -> None:
    rich_register(sqlite_store)
    first = export_register(sqlite_store, 2007, tmp_path / "sv.xlsx", language="sv").path
    sheets = read_sheets(first)
    assert list(sheets)[:2] == ["Sammanfattning", "Medlemskap"]
    assert sheets["Medlemskap"][0][:2] == ["Organisation", "Förkortning"]
    source = open_source(first)
    assert source.own_export and source.year == 2007
    target = Store.open(tmp_path / "copy.db", actor="tester")
    try:
        plan = plan_import(target, source)
        assert plan.ok, [p.text() for p in plan.errors]
        apply_import(target, plan)
        second = export_register(target, 2007, tmp_path / "again.xlsx", language="sv").path
    finally:
        target.close()
    again = read_sheets(second)
    for name in SHEETS_OF_THE_YEAR:
        assert name in sheets and sheets[name] == again[name], name
