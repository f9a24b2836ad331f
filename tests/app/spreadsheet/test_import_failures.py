"""Files that cannot be imported say why in plain words, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.rows import OrganisationData
from app.services import organisations, register
from app.spreadsheet import export_register
from app.spreadsheet.apply import ImportRefusedError
from app.spreadsheet.importer import YearMissingError, apply_import, open_source, plan_import
from app.spreadsheet.reader import SpreadsheetReadError
from app.store import Store
from db import models as m
from tests.support.builders import small_register

DATA = Path(__file__).resolve().parents[2] / "data"
HEADER = ["Organisation", "Förvaltning/bolag", "Kontaktperson", "E-post", "Årsavgift", "Startår"]


def workbook(path: Path, *rows: list[object], title: str = "Lista 2007") -> Path:
    book = Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def snapshot(store: Store) -> tuple[int, ...]:
    with store.uow() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Organisation, m.Department, m.Person, m.Membership, m.ChangeLogEntry)
        )


def test_a_text_file(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("Organisation;Avgift\nEurocities;15600\n", encoding="utf-8")
    with pytest.raises(SpreadsheetReadError, match=r"list.xlsx is not an Excel workbook \(.xlsx\)"):
        open_source(path)


def test_an_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "list.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(SpreadsheetReadError, match=r"old Excel 97–2003 workbook \(.xls\)"):
        open_source(path)


def test_a_password_protected_workbook() -> None:
    with pytest.raises(SpreadsheetReadError, match="is protected with a password"):
        open_source(DATA / "password_protected.xlsx")


def test_a_damaged_workbook(sqlite_store, tmp_path: Path) -> None:
    small_register(sqlite_store)
    whole = export_register(sqlite_store, 2007, tmp_path / "whole.xlsx").path.read_bytes()
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(SpreadsheetReadError, match=r"damaged\.xlsx is damaged"):
        open_source(damaged)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetReadError, match="There is no file"):
        open_source(tmp_path / "gone.xlsx")


def test_an_empty_workbook(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetReadError, match="has no sheets with any cells filled in"):
        open_source(workbook(tmp_path / "empty.xlsx"))


def test_a_missing_required_column(sqlite_store, tmp_path: Path) -> None:
    small_register(sqlite_store)
    before = snapshot(sqlite_store)
    path = workbook(tmp_path / "list.xlsx", ["Organisation", "Årsavgift"], ["Metropolis", 6000])
    plan = plan_import(sqlite_store, open_source(path))
    assert [p.text() for p in plan.errors] == [
        "Sheet 'Lista 2007': No column is marked as 'Responsible department'; "
        "choose the column that holds it."
    ]
    with pytest.raises(ImportRefusedError, match="1 problem"):
        apply_import(sqlite_store, plan)
    assert snapshot(sqlite_store) == before


def test_a_header_without_rows(tmp_path: Path) -> None:
    plan = plan_import(None, open_source(workbook(tmp_path / "list.xlsx", HEADER)))
    assert [p.text() for p in plan.errors] == [
        "Sheet 'Lista 2007': There are no rows below the header."
    ]


def test_no_list_of_memberships_at_all(tmp_path: Path) -> None:
    path = workbook(tmp_path / "notes.xlsx", ["Minnesanteckningar 2007"], ["Inget här"])
    plan = plan_import(None, open_source(path))
    assert plan.errors[0].text().startswith("No sheet has a header row naming the organisation")


def test_bad_values_are_named_by_sheet_row_and_column(sqlite_store, tmp_path: Path) -> None:
    small_register(sqlite_store)
    before = snapshot(sqlite_store)
    path = workbook(
        tmp_path / "list.xlsx",
        ["Förteckning 2007"],
        HEADER,
        ["Metropolis", "Stadsledningskontoret", "Johan Ek", None, "ca 5000?", 2001],
        ["Energy Cities", "Miljöförvaltningen", "Sara", "sara(at)example.se", 3100, "tjugo"],
        ["Polis", "Trafikkontoret", "Maria Öst", None, "5 000", 2003],
    )
    plan = plan_import(sqlite_store, open_source(path))
    assert [p.text() for p in plan.errors] == [
        "Sheet 'Lista 2007', row 3, column E (Årsavgift): 'ca 5000?' is not an amount.",
        "Sheet 'Lista 2007', row 4, column D (E-post): "
        "'sara(at)example.se' is not an e-mail address.",
        "Sheet 'Lista 2007', row 4, column F (Startår): 'tjugo' is not a year.",
    ]
    with pytest.raises(ImportRefusedError):
        apply_import(sqlite_store, plan)
    assert snapshot(sqlite_store) == before
    apply_import(sqlite_store, plan, skip_bad_rows=True)
    names = {r.organisation for r in register.memberships_for_year(sqlite_store, 2007)}
    assert names == {"Eurocities", "Nordens Större Städer", "Polis"}


def test_a_changed_mapping_is_followed(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "list.xlsx", HEADER, ["Metropolis", "SLK", "Johan Ek", None, "okänt", 2001]
    )
    source = open_source(
        path,
    )
    assert not plan_import(None, source).ok
    sheet = source.sheets[0]
    sheet.mapping[4] = None  # the fee column is not read
    sheet.mapping[2] = "notes"  # and the contact column becomes notes
    plan = plan_import(None, source)
    assert plan.ok
    [entry] = plan.memberships.values()
    assert entry.fee is None and entry.contacts == [] and entry.values["notes"] == "Johan Ek"


def test_the_year_is_asked_for_when_no_title_names_it(tmp_path: Path) -> None:
    path = workbook(tmp_path / "lista.xlsx", HEADER, ["Metropolis", "SLK"], title="Blad1")
    source = open_source(path)
    with pytest.raises(YearMissingError, match="Give the year"):
        plan_import(None, source)
    assert plan_import(None, source, year=2009).year == 2009


def test_a_register_changed_meanwhile_gets_nothing_half_written(
    sqlite_store, tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "list.xlsx", ["Förteckning 2007"], HEADER,
        ["Metropolis", "Stadsledningskontoret", "Johan Ek", None, 6000, 2001],
        ["POLIS", "Trafikkontoret", "Maria Öst", None, 5000, 2003],
    )  # fmt: skip
    plan = plan_import(sqlite_store, open_source(path))
    organisations.create_organisation(sqlite_store, OrganisationData("POLIS"))  # a colleague
    before = snapshot(sqlite_store)
    with pytest.raises(ImportRefusedError, match="The register changed while the import"):
        apply_import(sqlite_store, plan)
    assert snapshot(sqlite_store) == before
