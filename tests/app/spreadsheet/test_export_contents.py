"""Every sheet of the exported workbook, read back with python-calamine, holds the
register's values: the same figures the services give."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from app.matrix.roles import Role
from app.matrix.source import matrix_source
from app.services import comparison, register
from app.spreadsheet import export_register
from tests.support.spreadsheets import as_records, read_sheets, rich_register

SHEETS = [
    "Summary", "Memberships", "Organisations", "Departments", "Contacts", "Positions of trust",
    "Matrix", "Fees by year", "Assessments", "Review 2007", "Decisions 2007", "Exchange rates",
]  # fmt: skip


@pytest.fixture
def exported(store, tmp_path: Path) -> tuple[object, object, dict[str, list[list[object]]]]:
    built = rich_register(store)
    result = export_register(store, 2007, tmp_path / "register.xlsx")
    assert result.path.exists() and result.memberships == 2
    return store, built, read_sheets(result.path)


def test_the_sheets_in_order(exported) -> None:
    _store, _built, sheets = exported
    assert list(sheets) == SHEETS


def test_memberships_sheet_holds_the_year_s_rows(exported) -> None:
    store, _built, sheets = exported
    records = as_records(sheets["Memberships"])
    rows = register.memberships_for_year(store, 2007)
    assert len(records) == len(rows) + 1  # and the total row
    by_name = {r["Organisation"]: r for r in records}
    for row in rows:
        record = by_name[row.organisation]
        assert record["Responsible department"] == row.responsible_department
        assert record.get("Acronym", "") == row.acronym
        assert record.get("Primary contact", "") == row.primary_contact
        assert record.get("Participating departments", "") == "\n".join(row.participants)
        assert record["Start year"] == row.start_year
        if row.fee_amount is not None:
            assert Decimal(str(record["Fee"])) == row.fee_amount
            assert record["Currency"] == row.fee_currency
            assert Decimal(str(record["Fee in SEK"])) == row.fee_sek
    eurocities = by_name["Eurocities"]
    assert eurocities["Kind"] == "Organisation" and eurocities["Scope"] == "European"
    assert eurocities["Other contacts"] == "Sara Nyström"
    assert eurocities["Notes"] == "Renewed 2006" and eurocities["Notice period (months)"] == 6
    assert (eurocities["Latest rating"], eurocities["Latest recommendation"]) == (4, "Keep")
    assert by_name["Nordens Större Städer"]["Kind"] == "Network"
    total = by_name["Total"]
    assert Decimal(str(total["Fee in SEK"])) == register.year_summary(store, 2007).fees_sek


def test_summary_gives_the_year_against_two_years_back(exported) -> None:
    store, _built, sheets = exported
    rows = sheets["Summary"]
    assert rows[0][0] == "Membership register 2007"
    assert rows[1][:2] == ["Year", 2007]
    assert rows[2][1] == dt.date.today()
    figures = {row[0]: row[1:6] for row in rows[5:11]}
    before, back2 = (comparison.compare_years(store, y, 2007) for y in (2006, 2005))
    now = before.after
    organisations = now.organisations
    assert figures["Organisations"] == [
        organisations, before.before.organisations, organisations - before.before.organisations,
        back2.before.organisations, organisations - back2.before.organisations,
    ]  # fmt: skip
    assert figures["Networks"][0] == now.networks
    assert figures["Departments taking part"][0] == now.departments
    assert Decimal(str(figures["Total fees in SEK"][0])) == now.fees_sek
    assert Decimal(str(figures["Total fees in SEK"][1])) == before.before.fees_sek
    left = rows.index(["Left since 2006", "", "", "", "", ""])
    assert rows[left + 2][:3] == ["Union of Baltic Cities", "Organisation", "Miljöförvaltningen"]


def test_organisations_departments_and_contacts(exported) -> None:
    _store, _built, sheets = exported
    organisations = {r["Organisation"]: r for r in as_records(sheets["Organisations"])}
    assert set(organisations) == {"Eurocities", "Nordens Större Städer"}  # the year's only
    assert organisations["Eurocities"]["Departments taking part"] == 2
    assert organisations["Eurocities"]["Themes"] == "Governance"  # the label, read back as the key
    departments = {r["Department"]: r for r in as_records(sheets["Departments"])}
    slk = departments["Stadsledningskontoret"]
    assert (slk["Coordinator"], slk["Coordinator's e-mail"]) == ("Anna Berg", "anna@example.se")
    assert (slk["International strategy adopted"], slk["Organisations"], slk["Networks"]) == (
        2005,
        1,
        0,
    )
    miljo = departments["Miljöförvaltningen"]
    assert (miljo["Organisations"], miljo["Networks"], miljo["Responsible for"]) == (1, 1, 1)
    contacts = as_records(sheets["Contacts"])
    assert [(c["Organisation"], c["Name"], c["Role"]) for c in contacts] == [
        ("Eurocities", "Anna Berg", "Primary contact"),
        ("Eurocities", "Sara Nyström", "Deputy"),
        ("Nordens Större Städer", "Sara Nyström", "Primary contact"),
    ]
    assert contacts[1]["Works at"] == "Miljöförvaltningen" and contacts[0]["Active"] == "Yes"


def test_positions_assessments_review_and_rates(exported) -> None:
    _store, _built, sheets = exported
    [position] = as_records(sheets["Positions of trust"])
    assert position == {
        "Organisation": "Eurocities", "Responsible department": "Stadsledningskontoret",
        "Member since": 2000, "Position": "Board member", "Body": "Executive Committee",
        "Held by": "Anna Berg", "From": 2006, "To": 2008,
    }  # fmt: skip
    [assessment] = as_records(sheets["Assessments"])
    assert assessment["Rating"] == 4 and assessment["Other costs in SEK"] == 1200
    assert assessment["Assessed on"] == dt.date(2007, 11, 1)
    assert assessment["Recommendation"] == "Keep"
    review = {row[0]: row[1] for row in sheets["Review 2007"]}
    assert review["Held on"] == dt.date(2007, 12, 1) and review["Status"] == "Open"
    decisions = {d["Organisation"]: d for d in as_records(sheets["Decisions 2007"])}
    assert (decisions["Eurocities"]["Decision"], decisions["Eurocities"]["Reason"]) == (
        "Keep", "Good value",
    )  # fmt: skip
    assert decisions["Nordens Större Städer"]["Decision"] == "Not decided"
    rates = as_records(sheets["Exchange rates"])
    assert [(r["Currency"], r["Year"], r["Rate to SEK"]) for r in rates] == [
        ("EUR", 2005, 9.28), ("EUR", 2006, 9.25), ("EUR", 2007, 9.25),
    ]  # fmt: skip


def test_matrix_is_the_matrix_view_s(exported) -> None:
    store, _built, sheets = exported
    rows = sheets["Matrix"]
    assert rows[3] == [
        "Department or company", "EC", "Nordens Större Städer", "Organisations", "Networks",
        "Fees (SEK)",
    ]  # fmt: skip
    assert rows[4] == ["Miljöförvaltningen", "○", "●", 1, 1, 0]
    assert rows[5] == ["Stadsledningskontoret", "●", "", 1, 0, 138750]
    assert rows[6][:3] == ["Departments taking part", 2, 1]
    cells = matrix_source(store, 2007).cells
    assert sum(1 for c in cells if c.role >= Role.PARTICIPANT) == sum(rows[6][1:3])


def test_fees_by_year_are_the_service_s_totals(exported) -> None:
    store, built, sheets = exported
    rows = sheets["Fees by year"]
    assert rows[0] == ["Department", "2005", "2006", "2007", "Total"]
    totals = comparison.fees_by_department_and_year(store)
    names = {"Miljöförvaltningen": built.miljo, "Stadsledningskontoret": built.slk}
    for row in rows[1:3]:
        for year, value in zip((2005, 2006, 2007), row[1:4], strict=True):
            expected = totals.get((names[row[0]], year))
            assert (Decimal(str(value)) if value != "" else None) == expected
    assert Decimal(str(rows[3][4])) == sum(totals.values())


def test_a_year_without_assessments_has_no_such_sheet(sqlite_store, tmp_path: Path) -> None:
    rich_register(sqlite_store)
    result = export_register(sqlite_store, 2006, tmp_path / "2006.xlsx")
    assert "Assessments" not in result.sheets and "Review 2006" not in result.sheets
    memberships = as_records(read_sheets(result.path)["Memberships"])
    assert {m["Organisation"] for m in memberships} == {
        "Eurocities", "Union of Baltic Cities", "Nordens Större Städer", "Total",
    }  # fmt: skip
