"""Header words, Swedish and English, suggest the field of each column."""

from __future__ import annotations

import pytest

from app.spreadsheet.headers import find_header_row, suggest_mapping
from app.spreadsheet.importer import _sheet_source
from app.spreadsheet.parsing import Cell, fee, name_and_acronym, position, split_names
from app.spreadsheet.problems import Findings, Where
from app.spreadsheet.reader import SheetGrid


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Organisation", "organisation"), ("Namn på organisation", "organisation"),
        ("Organization name", "organisation"), ("Förvaltning/bolag", "department"),
        ("Ansvarig förvaltning", "department"), ("Responsible department", "department"),
        ("Kontaktperson", "contacts"), ("Kontaktpersoner", "contacts"), ("E-post", "email"),
        ("Årsavgift", "fee"), ("Avgift (kr)", "fee"), ("Avgift (EUR)", "fee"),
        ("Membership fee", "fee"), ("Valuta", "currency"), ("Typ", "kind"),
        ("Nätverk?", "network"), ("Förtroendepost", "position"),
        ("Mervärde / kommentar", "added_value"), ("Kommentar", "notes"),
        ("Medlem sedan", "start_year"), ("Förkortning", "acronym"), ("Fee in SEK", "fee_sek"),
        ("Latest rating", None), ("Telefax", None),
    ],
)  # fmt: skip
def test_header_words(header: str, field: str | None) -> None:
    assert suggest_mapping("memberships", [header]) == [field]


def test_a_field_goes_to_its_first_column_unless_it_may_have_several() -> None:
    headers = ["Organisation", "Organisation", "Avgift (kr)", "Avgift (EUR)"]
    assert suggest_mapping("memberships", headers) == ["organisation", None, "fee", "fee"]


def test_the_header_row_is_found_below_title_rows() -> None:
    rows = [
        ("Förteckning över internationella organisationer 2007",),
        ("Stadsledningskontoret",),
        (),
        ("Organisation", "Förvaltning/bolag", "Årsavgift"),
        ("Eurocities", "SLK", 15600),
    ]
    assert find_header_row("memberships", rows) == 3
    source = _sheet_source(SheetGrid("Lista", rows), own_export=False)
    assert (source.kind, source.header_row, source.data_rows()) == ("memberships", 3, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stadsledningskontoret, Miljöförvaltningen",
         ["Stadsledningskontoret", "Miljöförvaltningen"]),
        ("Stadsledningskontoret / Stockholm Business Region AB",
         ["Stadsledningskontoret", "Stockholm Business Region AB"]),
        ("Erik Holm; Sara Nyström", ["Erik Holm", "Sara Nyström"]),
        ("Socialtjänst- och äldreförvaltningen", ["Socialtjänst- och äldreförvaltningen"]),
    ],
)  # fmt: skip
def test_several_names_in_one_cell(text: str, expected: list[str]) -> None:
    assert split_names(text, own_export=False) == expected


def test_names_and_positions_as_lists_write_them() -> None:
    assert name_and_acronym("Union of Baltic Cities (UBC)") == ("Union of Baltic Cities", "UBC")
    assert name_and_acronym("European Forum for Urban Security (Efus)") == (
        "European Forum for Urban Security", "Efus",
    )  # fmt: skip
    assert name_and_acronym("Sister cities (in Europe)") == ("Sister cities (in Europe)", "")
    assert position("Styrelseledamot 2006–2008", 2007) == ("Styrelseledamot", 2006, 2008)
    assert position("Styrelseledamot från 2007", 2005) == ("Styrelseledamot", 2007, None)
    assert position("Ordförande", 2007) == ("Ordförande", 2007, None)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (15600, ("15600", None)), ("4 500", ("4500", None)), ("6 000 €", ("6000", "EUR")),
        ("12 345,50", ("12345.50", None)), ("ingår", (None, None)), ("–", (None, None)),
    ],
)  # fmt: skip
def test_fees_as_people_write_them(value: object, expected: tuple[str | None, str | None]) -> None:
    findings = Findings()
    amount, currency, read = fee(Cell(value, Where("Lista", 5, 6, "Årsavgift")), findings)
    assert read and (None if amount is None else str(amount), currency) == expected
    assert (
        not findings.of(findings.items[0].severity if findings.items else "error") or amount is None
    )
