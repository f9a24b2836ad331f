"""Text is cleaned on the way in, alike by the editors and the import, and escaped
on the way out: stray controls dropped, NUL and bidi overrides refused, names in
NFC and compared as a person would (case, spaces, how an accent is encoded)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select

from app.errors import ValidationError
from app.report import gather, web_html
from app.rows import DepartmentData, OrganisationData, PersonData
from app.services import departments, organisations, people
from app.services.common import name_key
from app.spreadsheet import export_register
from app.spreadsheet.apply import ImportRefusedError
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.store import Store
from app.validation import REFUSED_CONTROLS, Checker
from db import models as m
from tests.support.builders import small_register

INVISIBLE = "The text contains an invisible control character."
COMPOSED = "Réseau des villes"
DECOMPOSED = unicodedata.normalize("NFD", COMPOSED)
BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
# What is kept as the user meant it: stray controls dropped, spaces folded, NFC.
CLEANED = {
    "Euro\x07cities Forum": "Eurocities Forum",
    "Metro\x90polis": "Metropolis",  # a C1 control
    f"  {DECOMPOSED}  ": COMPOSED,
    "Union  of\tBaltic \u000bCities ": "Union of Baltic Cities",
}


def test_decomposed_text_really_differs_until_normalised() -> None:
    assert DECOMPOSED != COMPOSED and len(DECOMPOSED) == len(COMPOSED) + 1
    assert set(REFUSED_CONTROLS) == {"\x00", *BIDI}


@pytest.mark.parametrize("typed", CLEANED.keys(), ids=repr)
def test_a_name_is_saved_cleaned_on_create_and_update(store: Store, typed: str) -> None:
    created = organisations.create_organisation(store, OrganisationData(typed))
    assert created.name == CLEANED[typed]
    other = organisations.create_organisation(store, OrganisationData("Placeholder"))
    updated = organisations.update_organisation(
        store, other.id, OrganisationData(typed + " II"), version=other.version
    )
    assert updated.name == CLEANED[typed] + " II"
    assert organisations.get_organisation(store, created.id).name == CLEANED[typed]


@pytest.mark.parametrize("character", ["\x00", *BIDI], ids=lambda c: f"U+{ord(c):04X}")
def test_nul_and_bidi_controls_are_refused_and_nothing_is_written(
    store: Store, character: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        organisations.create_organisation(store, OrganisationData(f"Euro{character}cities"))
    assert [p.text() for p in refused.value.for_field("name")] == [INVISIBLE]
    assert organisations.list_organisations(store) == []
    kept = organisations.create_organisation(store, OrganisationData("Eurocities"))
    with pytest.raises(ValidationError) as refused:
        organisations.update_organisation(
            store,
            kept.id,
            OrganisationData("Eurocities", description=f"Notes {character}"),
            version=kept.version,
        )
    assert [p.text() for p in refused.value.for_field("description")] == [INVISIBLE]
    assert organisations.get_organisation(store, kept.id).version == kept.version


def test_every_kind_of_record_cleans_its_text(store: Store) -> None:
    department = departments.create_department(
        store, DepartmentData("Kultur\x07förvaltningen", "K\x1bF")
    )
    assert (department.name, department.short_name) == ("Kulturförvaltningen", "KF")
    person = people.create_person(
        store, PersonData(f"Ren{unicodedata.normalize('NFD', 'é')}e  Ek", email="ren\x07ee@ex.se")
    )
    assert (person.name, person.email) == ("Renée Ek", "renee@ex.se")
    with pytest.raises(ValidationError) as refused:
        people.create_person(store, PersonData("Ann\u202eA", title="x\x00"))
    assert {p.field for p in refused.value.problems} == {"name", "title"}


def test_a_long_text_keeps_its_lines_and_tabs_only() -> None:
    check = Checker()
    typed = "First line\r\nsecond\tcolumn\rthird\x0bfourth\u2028fifth\x07"
    assert (
        check.optional("notes", typed, 1000) == "First line\nsecond\tcolumn\nthird\nfourth\nfifth"
    )
    assert check.problems == []


def test_themes_are_cleaned_like_any_text(store: Store) -> None:
    themes = ("clim\x07ate", " climate ", "\x07", f"{DECOMPOSED}")
    saved = organisations.create_organisation(store, OrganisationData("Eurocities", themes=themes))
    assert saved.themes == ("climate", COMPOSED)


def test_one_name_however_written_is_refused_as_a_duplicate(store: Store) -> None:
    small_register(store)  # holds "Eurocities"
    organisations.create_organisation(store, OrganisationData(COMPOSED))
    for taken in (" eurocities ", "EUROCITIES", "Euro\x07cities", DECOMPOSED.upper(), COMPOSED):
        with pytest.raises(ValidationError) as refused:
            organisations.create_organisation(store, OrganisationData(taken))
        assert refused.value.for_field("name"), taken
    assert name_key(" Euro  CITIES ") == name_key("euro cities")
    assert name_key(DECOMPOSED) == name_key(COMPOSED.upper())


def _workbook_with_organisations(store: Store, folder: Path, names: list[str]) -> Path:
    """The register's export with organisation rows added at its end; a name written
    as `_xHHHH_` reaches the import as that control character (OOXML's escape, which
    Excel writes for the characters openpyxl will not put in a cell)."""
    path = export_register(store, 2007, folder / "register.xlsx").path
    book = load_workbook(path)
    for name in names:
        book["Organisations"].append([name])
    book.save(path)
    return path


def _last_row(path: Path, sheet: str) -> int:
    return int(load_workbook(path, read_only=True)[sheet].max_row or 0)


def _xml_escaped(text: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub(lambda c: f"_x{ord(c.group(0)):04X}_", text)


def test_openpyxl_refuses_the_controls_written_escaped_here() -> None:
    assert ILLEGAL_CHARACTERS_RE.search("\x07") and ILLEGAL_CHARACTERS_RE.search("\x00")
    assert _xml_escaped("a\x07b") == "a_x0007_b"


def test_the_import_cleans_names_as_the_editor_does(store: Store, tmp_path: Path) -> None:
    small_register(store)
    path = _workbook_with_organisations(store, tmp_path, [_xml_escaped(n) for n in CLEANED])
    plan = plan_import(store, open_source(path))
    assert plan.errors == []
    apply_import(store, plan)
    names = {o.name for o in organisations.list_organisations(store)}
    assert set(CLEANED.values()) <= names  # "Union of Baltic Cities" was there already
    assert len(names) == 3 + len(CLEANED) - 1


@pytest.mark.parametrize("character", ["\x00", "\u202e", "\u2066"], ids=lambda c: f"U+{ord(c):04X}")
def test_the_import_refuses_what_the_editor_refuses_at_the_cell(
    store: Store, tmp_path: Path, character: str
) -> None:
    small_register(store)
    path = _workbook_with_organisations(store, tmp_path, [_xml_escaped(f"Metro{character}polis")])
    before = organisations.list_organisations(store)
    plan = plan_import(store, open_source(path))
    row = _last_row(path, "Organisations")
    assert [p.text() for p in plan.errors] == [
        f"Sheet 'Organisations', row {row}, column A (Organisation): {INVISIBLE}"
    ]
    with pytest.raises(ImportRefusedError):
        apply_import(store, plan)
    assert organisations.list_organisations(store) == before


def test_the_import_takes_one_name_written_four_ways_as_one_record(
    store: Store, tmp_path: Path
) -> None:
    small_register(store)
    organisations.create_organisation(store, OrganisationData(COMPOSED, "RÉV"))
    acronym = unicodedata.normalize("NFD", " rév ")  # the acronym, as a name
    rows = [" eurocities ", DECOMPOSED.upper(), f"  {DECOMPOSED} ", acronym]
    plan = plan_import(store, open_source(_workbook_with_organisations(store, tmp_path, rows)))
    assert plan.errors == []
    apply_import(store, plan)
    names = sorted(o.name for o in organisations.list_organisations(store))
    assert names == ["Eurocities", "Nordens Större Städer", COMPOSED, "Union of Baltic Cities"]


HOSTILE = "<script>alert('x')</script> & \"Partners\""


def test_user_text_comes_out_escaped_in_the_report(store: Store) -> None:
    register = small_register(store)
    eurocities = organisations.get_organisation(store, register.eurocities)
    data = dataclasses.replace(
        OrganisationData(HOSTILE), acronym=eurocities.acronym, themes=eurocities.themes
    )
    organisations.update_organisation(store, eurocities.id, data, version=eurocities.version)
    with store.uow() as session:  # a register written before the checks could hold these
        slk = session.get(m.Department, register.slk)
        assert slk is not None
        slk.name = "Stads\u202eledning <b>&</b>"
        person = session.scalar(select(m.Person).where(m.Person.name == "Anna Berg"))
        assert person is not None
        person.name = "Anna <i>Berg</i>"
    page = web_html(gather(store, 2007, dt.date(2008, 2, 14)), "en")
    assert "<script" not in page and "<b>&" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;Partners&quot;" in page
    assert "Stads\u202eledning &lt;b&gt;&amp;&lt;/b&gt;" in page
    assert "Anna &lt;i&gt;Berg&lt;/i&gt;" in page
