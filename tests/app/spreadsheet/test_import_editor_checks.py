"""An import refuses what the editors refuse, at the cell, and writes nothing.

Each case takes the small register's own export, adds one row with one value
an editor refuses, and imports it into the same register: the plan names
sheet, row and column with the editor's words, the import is refused and the
register is as it was. The same value handed to the service directly is
refused for the same field, with the same words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from sqlalchemy import func, select

from app import rows
from app.errors import ValidationError
from app.services import departments, memberships, organisations, people, rates
from app.spreadsheet import export_register
from app.spreadsheet.apply import ImportRefusedError
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.store import Store
from db import models as m
from tests.support.builders import SmallRegister, small_register

LONG = "x" * 201


@dataclass(frozen=True)
class Case:
    sheet: str
    row: dict[str, object]  # header -> value of the row added
    column: str | None  # the header of the cell named; None: the whole row
    message: str  # the problem's English text
    field: str  # what the service names for the same value
    service: Callable[[Store, SmallRegister], object]


def _membership(store: Store, r: SmallRegister, **values: object) -> object:
    return memberships.create_membership(store, rows.MembershipData(r.nss, r.slk, **values))  # type: ignore[arg-type]


NEW_MEMBERSHIP = {
    "Organisation": "Nordens Större Städer",
    "Responsible department": "Stadsledningskontoret",
}

CASES = {
    "organisation name too long": Case(
        "Organisations",
        {"Organisation": LONG},
        "Organisation",
        "At most 200 characters.",
        "name",
        lambda s, _r: organisations.create_organisation(s, rows.OrganisationData(LONG)),
    ),
    "acronym too long": Case(
        "Organisations",
        {"Organisation": "Metropolis", "Acronym": "A" * 41},
        "Acronym",
        "At most 40 characters.",
        "acronym",
        lambda s, _r: organisations.create_organisation(s, rows.OrganisationData("M", "A" * 41)),
    ),
    "website too long": Case(
        "Organisations",
        {"Organisation": "Metropolis", "Website": "w" * 301},
        "Website",
        "At most 300 characters.",
        "website",
        lambda s, _r: organisations.create_organisation(
            s, rows.OrganisationData("M", website="w" * 301)
        ),
    ),
    "country too long": Case(
        "Organisations",
        {"Organisation": "Metropolis", "Country": "c" * 81},
        "Country",
        "At most 80 characters.",
        "country",
        lambda s, _r: organisations.create_organisation(
            s, rows.OrganisationData("M", country="c" * 81)
        ),
    ),
    "department name too long": Case(
        "Departments",
        {"Department": LONG},
        "Department",
        "At most 200 characters.",
        "name",
        lambda s, _r: departments.create_department(s, rows.DepartmentData(LONG)),
    ),
    "short name too long": Case(
        "Departments",
        {"Department": "Kulturförvaltningen", "Short name": "K" * 41},
        "Short name",
        "At most 40 characters.",
        "short_name",
        lambda s, _r: departments.create_department(s, rows.DepartmentData("K", "K" * 41)),
    ),
    "strategy year out of range": Case(
        "Departments",
        {"Department": "Kulturförvaltningen", "International strategy adopted": 2300},
        "International strategy adopted",
        "2300 is not a plausible year.",
        "strategy_year",
        lambda s, _r: departments.create_department(
            s, rows.DepartmentData("K", strategy_year=2300)
        ),
    ),
    "e-mail not an address": Case(
        "Contacts",
        {
            "Organisation": "Eurocities",
            "Responsible department": "Stadsledningskontoret",
            "Member since": 2000,
            "Name": "Per Ek",
            "E-mail": "per(at)example.se",
        },
        "E-mail",
        "'per(at)example.se' is not an e-mail address.",
        "email",
        lambda s, _r: people.create_person(s, rows.PersonData("Per Ek", email="per(at)example.se")),
    ),
    "phone too long": Case(
        "Contacts",
        {
            "Organisation": "Eurocities",
            "Responsible department": "Stadsledningskontoret",
            "Member since": 2000,
            "Name": "Per Ek",
            "Phone": "0" * 61,
        },
        "Phone",
        "At most 60 characters.",
        "phone",
        lambda s, _r: people.create_person(s, rows.PersonData("Per Ek", phone="0" * 61)),
    ),
    "contact name too long": Case(
        "Contacts",
        {
            "Organisation": "Eurocities",
            "Responsible department": "Stadsledningskontoret",
            "Member since": 2000,
            "Name": LONG,
        },
        "Name",
        "At most 200 characters.",
        "name",
        lambda s, _r: people.create_person(s, rows.PersonData(LONG)),
    ),
    "start year out of range": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 1800},
        "Start year",
        "1800 is not a plausible year.",
        "start_year",
        lambda s, r: _membership(s, r, start_year=1800),
    ),
    "end year before start year": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "End year": 2003},
        "End year",
        "The end year 2003 is before the start year 2005.",
        "end_year",
        lambda s, r: _membership(s, r, start_year=2005, end_year=2003),
    ),
    "ended without an end year": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "Status": "Ended"},
        None,
        "An ended membership needs an end year.",
        "end_year",
        lambda s, r: _membership(s, r, start_year=2005, status="ended"),
    ),
    "notice period out of range": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "Notice period (months)": 121},
        "Notice period (months)",
        "The notice period is 0 to 120 months.",
        "notice_months",
        lambda s, r: _membership(s, r, start_year=2005, notice_months=121),
    ),
    "negative fee": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "Fee": -5, "Currency": "SEK"},
        "Fee",
        "An amount cannot be negative.",
        "fees",
        lambda s, r: _membership(s, r, start_year=2005, fees=(rows.FeeData(2007, Decimal(-5)),)),
    ),
    "fee too large": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "Fee": 1e12, "Currency": "SEK"},
        "Fee",
        "The amount is too large.",
        "fees",
        lambda s, r: _membership(
            s, r, start_year=2005, fees=(rows.FeeData(2007, Decimal("1e12")),)
        ),
    ),
    "notes too long": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "Notes": "n" * 20_001},
        "Notes",
        "At most 20000 characters.",
        "notes",
        lambda s, r: _membership(s, r, start_year=2005, notes="n" * 20_001),
    ),
    "rate not above zero": Case(
        "Exchange rates",
        {"Currency": "EUR", "Year": 2008, "Rate to SEK": 0},
        "Rate to SEK",
        "A rate must be greater than zero.",
        "rate_to_sek",
        lambda s, _r: rates.set_rate(s, rows.ExchangeRateData("EUR", 2008, Decimal(0))),
    ),
    "rate year out of range": Case(
        "Exchange rates",
        {"Currency": "EUR", "Year": 1066, "Rate to SEK": 9},
        "Year",
        "1066 is not a plausible year.",
        "year",
        lambda s, _r: rates.set_rate(s, rows.ExchangeRateData("EUR", 1066, Decimal(9))),
    ),
}
# Values the import cannot even read, in its own words; the editors refuse them too.
UNREADABLE = {
    "unknown currency": Case(
        "Memberships",
        {**NEW_MEMBERSHIP, "Start year": 2005, "Fee": 100, "Currency": "XYZ"},
        "Currency",
        "'XYZ' is not a currency (write SEK, EUR, ...).",
        "fees",
        lambda s, r: _membership(
            s, r, start_year=2005, fees=(rows.FeeData(2007, Decimal(100), "XYZ"),)
        ),
    ),
    "empty organisation name": Case(
        "Organisations",
        {"Organisation": "   ", "Acronym": "NN"},
        None,
        "The row gives no organisation.",
        "name",
        lambda s, _r: organisations.create_organisation(s, rows.OrganisationData("   ", "NN")),
    ),
    "empty contact name": Case(
        "Contacts",
        {
            "Organisation": "Eurocities",
            "Responsible department": "Stadsledningskontoret",
            "Member since": 2000,
            "Name": " ",
            "E-mail": "per@example.se",
        },
        None,
        "The row gives no name.",
        "name",
        lambda s, _r: people.create_person(s, rows.PersonData(" ", email="per@example.se")),
    ),
}


def snapshot(store: Store) -> tuple[int, ...]:
    models = (m.Organisation, m.Department, m.Person, m.Membership, m.Fee, m.Contact,
              m.ExchangeRate, m.ChangeLogEntry)  # fmt: skip
    with store.uow() as session:
        return tuple(session.scalar(select(func.count()).select_from(t)) or 0 for t in models)


def with_row_added(store: Store, folder: Path, case: Case) -> tuple[Path, str]:
    """The register's export with the case's row added; where its problem is."""
    path = export_register(store, 2007, folder / "register.xlsx").path
    book = load_workbook(path)
    sheet = book[case.sheet]
    headers = [c.value for c in sheet[1]]
    row = sheet.max_row + 1
    if case.sheet == "Memberships":  # above the total row
        sheet.insert_rows(sheet.max_row)
        row = sheet.max_row - 1
    for header, value in case.row.items():
        sheet.cell(row, headers.index(header) + 1, value)
    book.save(path)
    where = f"Sheet '{case.sheet}', row {row}"
    if case.column is not None:
        where += f", column {get_column_letter(headers.index(case.column) + 1)} ({case.column})"
    return path, where


def _refused_by_import(store: Store, folder: Path, case: Case) -> str:
    path, where = with_row_added(store, folder, case)
    before = snapshot(store)
    plan = plan_import(store, open_source(path))
    assert [p.text() for p in plan.errors] == [f"{where}: {case.message}"]
    with pytest.raises(ImportRefusedError):
        apply_import(store, plan)
    assert snapshot(store) == before
    return plan.errors[0].message


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_the_import_refuses_what_the_editor_refuses(
    store: Store, tmp_path: Path, case: Case
) -> None:
    register = small_register(store)
    template = _refused_by_import(store, tmp_path, case)
    before = snapshot(store)
    with pytest.raises(ValidationError) as refused:
        case.service(store, register)
    problems = refused.value.for_field(case.field)
    assert [p.text() for p in problems] == [case.message]
    assert problems[0].message == template  # one rule, in one place: the same words
    assert snapshot(store) == before


@pytest.mark.parametrize("case", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_what_the_import_cannot_read_the_editor_refuses(
    store: Store, tmp_path: Path, case: Case
) -> None:
    register = small_register(store)
    _refused_by_import(store, tmp_path, case)
    with pytest.raises(ValidationError) as refused:
        case.service(store, register)
    assert refused.value.for_field(case.field)


def test_a_bad_value_in_a_row_that_cannot_be_read_is_named_too(
    store: Store, tmp_path: Path
) -> None:
    small_register(store)
    case = CASES["e-mail not an address"]
    path, where = with_row_added(
        store,
        tmp_path,
        Case(case.sheet, {**case.row, "Active": "perhaps"}, None, "", "", case.service),
    )
    plan = plan_import(store, open_source(path))
    texts = [p.text() for p in plan.errors]
    assert f"{where}, column G (E-mail): 'per(at)example.se' is not an e-mail address." in texts
    assert f"{where}, column J (Active): 'perhaps' is neither yes nor no." in texts


def test_skipping_bad_rows_leaves_out_a_refused_record_and_what_names_it(
    store: Store, tmp_path: Path
) -> None:
    register = small_register(store)
    path = export_register(store, 2007, tmp_path / "register.xlsx").path
    book = load_workbook(path)
    book["Departments"].append(["Kulturförvaltningen", "K" * 41])
    members = book["Memberships"]
    members.insert_rows(members.max_row)
    members.cell(members.max_row - 1, 1, "Metropolis")
    members.cell(members.max_row - 1, 6, "Kulturförvaltningen")
    members.cell(members.max_row - 1, 13, 2005)
    book.save(path)
    plan = plan_import(store, open_source(path))
    assert [p.text() for p in plan.errors] == [
        "Sheet 'Memberships', row 4: Kulturförvaltningen cannot be imported, so neither can "
        "this row.",
        "Sheet 'Departments', row 4, column B (Short name): At most 40 characters.",
    ]
    apply_import(store, plan, skip_bad_rows=True)
    assert departments.find_department(store, "Kulturförvaltningen") is None
    assert organisations.find_organisation(store, "Metropolis") is None
    assert departments.get_department(store, register.slk).name == "Stadsledningskontoret"


def test_one_name_written_two_ways_is_one_record_never_a_duplicate(
    store: Store, tmp_path: Path
) -> None:
    """The import finds records by their name as the editors compare names (ignoring case
    and spacing), so a file cannot add a name the register or the file already has."""
    small_register(store)
    path = export_register(store, 2007, tmp_path / "register.xlsx").path
    book = load_workbook(path)
    book["Organisations"].append(["METROPOLIS", "MP"])
    book["Organisations"].append(["  metropolis ", None, None, None, None, "Spain"])
    book["Organisations"].append(["EUROCITIES", None, None, None, None, "Belgium"])
    book.save(path)
    plan = plan_import(store, open_source(path))
    assert plan.errors == []
    apply_import(store, plan)
    names = sorted(o.name for o in organisations.list_organisations(store))
    assert names == ["Eurocities", "METROPOLIS", "Nordens Större Städer", "Union of Baltic Cities"]
    metropolis = organisations.find_organisation(store, "Metropolis")
    assert metropolis is not None and metropolis.country == "Spain"
    eurocities = organisations.find_organisation(store, "Eurocities")
    assert eurocities is not None and eurocities.country == "Belgium"
    for taken in ("metropolis", "EuroCities"):
        with pytest.raises(ValidationError) as refused:
            organisations.create_organisation(store, rows.OrganisationData(taken))
        assert refused.value.for_field("name")


def test_skipping_bad_rows_leaves_out_a_refused_contact_not_its_membership(
    store: Store, tmp_path: Path
) -> None:
    register = small_register(store)
    path, _where = with_row_added(store, tmp_path, CASES["e-mail not an address"])
    workbook = load_workbook(path)
    workbook["Memberships"].cell(2, 20, "Renewed in 2007")  # Eurocities: notes
    workbook.save(path)
    plan = plan_import(store, open_source(path))
    assert len(plan.errors) == 1
    apply_import(store, plan, skip_bad_rows=True)
    eurocities = memberships.get_membership(store, register.eurocities_membership)
    assert eurocities.notes == "Renewed in 2007"
    assert [c.name for c in eurocities.contacts] == ["Anna Berg", "Sara Nyström"]
    assert people.find_person(store, "Per Ek") is None
