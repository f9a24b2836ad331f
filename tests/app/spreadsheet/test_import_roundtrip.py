"""Export, import into an empty register, export again: the same data. And an import
recognises what the register already holds."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.rows import (
    AssessmentData,
    ContactData,
    DepartmentData,
    FeeData,
    MembershipData,
    OrganisationData,
    PersonData,
)
from app.services import assessments, departments, memberships, organisations, people, register
from app.spreadsheet import export_register
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.store import Store
from app.validation import REFUSED_CONTROLS, clean_text
from tests.support.builders import small_register
from tests.support.spreadsheets import as_records, read_sheets, rich_register

# Depend on other years than the exported one, so an import of one year cannot rebuild them.
HISTORY = {"Fees by year"}


def export_import_export(store: Store, tmp_path: Path, url: str) -> tuple[dict, dict, Store]:
    first = export_register(store, 2007, tmp_path / "first.xlsx").path
    target = Store.open(url, actor="tester")
    plan = plan_import(target, open_source(first))
    assert plan.ok, [p.text() for p in plan.errors]
    apply_import(target, plan)
    second = export_register(target, 2007, tmp_path / "second.xlsx").path
    return read_sheets(first), read_sheets(second), target


def test_round_trip_gives_the_same_workbook(store, tmp_path: Path, request) -> None:
    rich_register(store)
    url = _second_database(store, tmp_path, request)
    first, second, target = export_import_export(store, tmp_path, url)
    try:
        assert list(first) == list(second)
        for name in first:
            if name == "Summary":
                this_year = [row[:2] for row in first[name][:11] if row[0] != "Exported on"]
                assert this_year == [
                    row[:2] for row in second[name][:11] if row[0] != "Exported on"
                ]
            elif name not in HISTORY:
                assert first[name] == second[name], name
        again = plan_import(target, open_source(tmp_path / "first.xlsx"))
        assert {k: (c.create, c.update) for k, c in again.counts().items()} == {
            k: (0, 0) for k in again.counts()
        }
    finally:
        target.close()


def _second_database(store: Store, tmp_path: Path, request) -> str:
    """An empty database on the same backend as `store`."""
    if store.path is not None:
        return str(tmp_path / "second.db")
    server = request.getfixturevalue("postgres_server")
    return server.fresh_url()


def test_import_recognises_what_is_there(sqlite_store, tmp_path: Path) -> None:
    """By acronym, 'Name (ACRONYM)', short name and e-mail; the year's fee is added."""
    built = small_register(sqlite_store)
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Förteckning över medlemskap 2008"])
    sheet.append([])
    sheet.append(["Namn på organisation", "Ansvarig förvaltning", "Kontaktperson", "E-post",
                  "Avgift (EUR)", "Nätverk?"])  # fmt: skip
    sheet.append(["Eurocities (EC)", "SLK", "A. Berg", "ANNA@example.se", "16 000", "nej"])
    sheet.append(["nordens  större städer", "Miljöförvaltningen", "Sara Nyström", None, None, "ja"])
    sheet.append(["Union of Capitals", "MF", "Nils Dahl", None, "2 500,50", "nej"])
    book.save(tmp_path / "list.xlsx")
    plan = plan_import(sqlite_store, open_source(tmp_path / "list.xlsx"))
    assert plan.year == 2008 and plan.ok, [p.text() for p in plan.problems]
    counts = plan.counts()
    assert (counts["organisations"].create, counts["organisations"].same) == (1, 2)
    assert (counts["departments"].create, counts["people"].create) == (0, 1)
    assert (counts["memberships"].create, counts["memberships"].update) == (1, 1)
    assert counts["memberships"].same == 1
    apply_import(sqlite_store, plan)
    rows = {r.organisation: r for r in register.memberships_for_year(sqlite_store, 2008)}
    assert rows["Eurocities"].id == built.eurocities_membership
    assert (rows["Eurocities"].fee_amount, rows["Eurocities"].fee_currency) == (
        Decimal("16000"),
        "EUR",
    )
    assert rows["Union of Capitals"].fee_amount == Decimal("2500.50")
    assert len(organisations.list_organisations(sqlite_store)) == 4
    assert len(people.list_people(sqlite_store)) == 3


# Any text an editor accepts, as it saves it (cleaned: NFC, no stray controls).
names = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=REFUSED_CONTROLS),
        min_size=1,
        max_size=60,
    )
    .map(lambda t: " ".join(clean_text(t).split()))
    .filter(bool)
)
amounts = st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(organisation=names, department=names, person=names, amount=amounts)
def test_any_names_and_amounts_survive_export_and_import(
    tmp_path_factory, organisation: str, department: str, person: str, amount: Decimal
) -> None:
    folder = tmp_path_factory.mktemp("property")
    source = Store.open(folder / "source.db", actor="tester")
    target = Store.open(folder / "target.db", actor="tester")
    try:
        org = organisations.create_organisation(source, OrganisationData(organisation, "X")).id
        dept = departments.create_department(source, DepartmentData(department)).id
        who = people.create_person(source, PersonData(person, department_id=dept)).id
        memberships.create_membership(
            source,
            MembershipData(org, dept, 2007, contacts=(ContactData(who),),
                           fees=(FeeData(2007, amount, "EUR"),), notes=organisation),
        )  # fmt: skip
        path = export_register(source, 2007, folder / "out.xlsx").path
        plan = plan_import(target, open_source(path))
        assert plan.ok, [p.text() for p in plan.errors]
        apply_import(target, plan)
        [row] = register.memberships_for_year(target, 2007)
        assert (row.organisation, row.responsible_department) == (organisation, department)
        assert (row.primary_contact, row.fee_amount, row.fee_currency) == (person, amount, "EUR")
        assert people.list_people(target)[0].department == department
        assert memberships.get_membership(target, row.id).notes == organisation
    finally:
        source.close()
        target.close()


def test_round_trip_of_the_example_register(tmp_path: Path) -> None:
    """Earlier years' assessments ("latest rating ... assessed in 2006") come back too."""
    from app.demo import build_example_register

    source = Store.open(tmp_path / "example.db", actor="tester")
    build_example_register(source)
    try:
        first, second, target = export_import_export(source, tmp_path, str(tmp_path / "copy.db"))
        again = plan_import(target, open_source(tmp_path / "first.xlsx"))  # nothing new
        target.close()
    finally:
        source.close()
    assert all((c.create, c.update) == (0, 0) for c in again.counts().values()), again.counts()
    assert list(first) == list(second)
    memberships = as_records(first["Memberships"])
    assert any(r.get("Assessed in", 2007) < 2007 for r in memberships)
    assert {r["Year"] for r in as_records(first["Assessments"])} > {2007}
    for name in first:
        if name == "Summary":
            assert [r[:2] for r in first[name][:11]][3:] == [r[:2] for r in second[name][:11]][3:]
        elif name not in HISTORY:
            assert first[name] == second[name], name


def test_organisations_sharing_an_acronym_stay_apart(sqlite_store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Lista 2007"
    book.active.append(["Organisation", "Förkortning", "Förvaltning/bolag"])
    book.active.append(["Transatlantic Culture Alliance", "ACA", "Kulturförvaltningen"])
    book.active.append(["Atlantic Culture Alliance", "ACA", "Kulturförvaltningen"])
    book.active.append(["ACA", None, "Miljöförvaltningen"])  # which one? neither is guessed
    book.save(tmp_path / "lista.xlsx")
    plan = plan_import(sqlite_store, open_source(tmp_path / "lista.xlsx"))
    assert sorted(e.name for e in plan.organisations.values()) == [
        "Atlantic Culture Alliance",
        "Transatlantic Culture Alliance",
    ]
    [problem] = plan.errors
    assert problem.text() == (
        "Sheet 'Lista 2007', row 4: 'ACA' is the acronym of several organisations "
        "(Atlantic Culture Alliance, Transatlantic Culture Alliance); write the full name."
    )


def test_namesakes_with_their_own_e_mail_stay_apart(sqlite_store, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Lista 2007"
    book.active.append(["Organisation", "Förvaltning/bolag", "Kontaktperson", "E-post"])
    book.active.append(["Eurocities", "Kulturförvaltningen", "Anna Berg", "anna@example.se"])
    book.active.append(["Metropolis", "Miljöförvaltningen", "Anna Berg", "anna.berg2@example.se"])
    book.active.append(["POLIS", "Trafikkontoret", "Anna Berg", None])  # one of them
    book.save(tmp_path / "lista.xlsx")
    plan = plan_import(sqlite_store, open_source(tmp_path / "lista.xlsx"))
    assert sorted(p.values["email"] for p in plan.people.values()) == [
        "anna.berg2@example.se", "anna@example.se",
    ]  # fmt: skip


def test_an_organisation_called_total_is_no_total_row(sqlite_store, tmp_path: Path) -> None:
    """A total row names no department; an organisation that happens to be called
    "Total" (Hypothesis found one) is imported like any other."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Lista 2007"
    book.active.append(["Organisation", "Förvaltning/bolag", "Avgift"])
    book.active.append(["TOTAL", "Kulturförvaltningen", "1 000"])
    book.active.append(["Summa", None, "1 000"])
    book.save(tmp_path / "lista.xlsx")
    plan = plan_import(sqlite_store, open_source(tmp_path / "lista.xlsx"))
    assert [o.name for o in plan.organisations.values()] == ["TOTAL"]
    (skipped,) = [p for p in plan.problems if "total row" in p.text()]
    assert skipped.text() == "Sheet 'Lista 2007', row 3: A total row ('Summa'): left out."


def test_an_earlier_assessment_the_register_holds_is_kept(tmp_path: Path) -> None:
    """The import is of its year: an earlier year's assessment the register already
    holds is not overwritten, and the preview says so."""
    from app.demo import build_example_register

    source = Store.open(tmp_path / "example.db", actor="tester")
    build_example_register(source)
    try:
        _, _, target = export_import_export(source, tmp_path, str(tmp_path / "copy.db"))
    finally:
        source.close()
    try:
        row = next(
            r for r in register.memberships_for_year(target, 2007)
            if r.latest_assessment_year and r.latest_assessment_year < 2007
        )  # fmt: skip
        held = assessments.assessment_for(target, row.id, row.latest_assessment_year)
        assert held is not None
        changed = 1 if held.rating != 1 else 2
        fields = {n: getattr(held, n) for n in AssessmentData.__dataclass_fields__}
        assessments.save_assessment(
            target, AssessmentData(**{**fields, "rating": changed}), version=held.version
        )
        again = plan_import(target, open_source(tmp_path / "first.xlsx"))
        kept = [p.text() for p in again.problems if "is kept" in p.text()]
        assert len(kept) == 1 and kept[0].endswith(
            f"The register's own assessment of this membership for {row.latest_assessment_year}"
            " is kept."
        ), kept
        apply_import(target, again)
        after = assessments.assessment_for(target, row.id, row.latest_assessment_year)
        assert after is not None and after.rating == changed
    finally:
        target.close()
