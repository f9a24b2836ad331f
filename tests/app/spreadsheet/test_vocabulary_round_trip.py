"""Every word of the vocabulary through a workbook and back, in Swedish and in English.

A register holding every key the workbook carries (kinds, scopes, statuses,
roles, recommendations, decisions, the common themes and one of the user's
own) is exported; the cells, read with python-calamine, hold the vocabulary's
labels in the workbook's language; the import reads them back as the same
keys.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import cycle
from pathlib import Path

import pytest

from app import vocabulary as v
from app.i18n import LANGUAGES, translate
from app.rows import (
    AssessmentData,
    ContactData,
    DepartmentData,
    FeeData,
    MembershipData,
    OrganisationData,
    PersonData,
)
from app.services import assessments, departments, memberships, organisations, people, reviews
from app.services.register import memberships_for_year
from app.spreadsheet import export_register
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.store import Store
from tests.support.spreadsheets import as_records, read_sheets

YEAR = 2007
OWN_THEME = "Smart cities"  # a theme of the user's own: kept as written


def every_word_register(store: Store) -> None:
    """Six organisations (one per scope), a department of each kind, contacts in every
    role, every recommendation and every decision, and all themes between them."""
    kinds = [departments.create_department(store, DepartmentData(f"Förvaltning {k}", kind=k))
             for k in v.DEPARTMENT_KINDS]  # fmt: skip
    persons = [people.create_person(store, PersonData(f"Person {i}")) for i in range(3)]
    themes = [*v.THEMES.keys(), OWN_THEME]
    kind_of, status_of = cycle(v.ORGANISATION_KINDS), cycle(v.MEMBERSHIP_STATUSES)
    recommendation_of, department_of = cycle(v.RECOMMENDATIONS), cycle(kinds)
    decisions = [*v.DECISIONS.keys(), None, None]
    review = reviews.create_review(store, YEAR, held_on=dt.date(YEAR, 12, 1))
    for number, scope in enumerate(v.SCOPES):
        organisation = organisations.create_organisation(
            store,
            OrganisationData(
                f"Organisation {number}", kind=next(kind_of), scope=scope,
                themes=tuple(themes[number::6]),
            ),
        )  # fmt: skip
        contacts = tuple(
            ContactData(person.id, role)
            for person, role in zip(persons, v.CONTACT_ROLES, strict=True)
        )
        status = next(status_of)
        membership = memberships.create_membership(
            store,
            MembershipData(
                organisation.id, next(department_of).id, 2000,
                end_year=YEAR if status == v.MembershipStatus.ENDED else None, status=status,
                contacts=contacts, fees=(FeeData(YEAR, Decimal(1000 + number)),),
            ),
        )  # fmt: skip
        assessments.save_assessment(
            store, AssessmentData(membership.id, YEAR, rating=3,
                                  recommendation=next(recommendation_of)),
        )  # fmt: skip
        if decisions[number]:
            reviews.record_decision(store, review.id, membership.id, decisions[number])


def what_the_register_says(store: Store) -> dict[str, set[tuple[object, ...]]]:
    """The stored keys of every vocabulary the workbook carries, by record name."""
    rows = memberships_for_year(store, YEAR)
    names = {row.id: row.organisation for row in rows}
    review = reviews.review_for_year(store, YEAR)
    assert review is not None
    return {
        "organisations": {(o.name, o.kind, o.scope, frozenset(o.themes))
                          for o in organisations.list_organisations(store)},
        "departments": {(d.name, d.kind) for d in departments.list_departments(store)},
        "memberships": {(r.organisation, r.status, r.latest_recommendation) for r in rows},
        "contacts": {(r.organisation, c.name, c.role) for r in rows
                     for c in memberships.get_membership(store, r.id).contacts},
        "decisions": {(names[d.membership_id], d.decision)
                      for d in reviews.decisions_of_review(store, review.id)},
    }  # fmt: skip


def column(rows: list[list[object]], header: str, language: str) -> list[object]:
    """A column's filled cells below its header, found by the header in the workbook's
    language (the totals row has none)."""
    headers = {translate(context, header, language) for context in ("export", "minutes")}
    return [value for r in as_records(rows) for h, value in r.items() if h in headers]


def labels(vocabulary: v.Vocabulary, language: str) -> set[str]:
    return set(vocabulary.labels(language).values())


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_reads_back_as_its_key(sqlite_store: Store, tmp_path: Path, language: str):
    every_word_register(sqlite_store)
    before = what_the_register_says(sqlite_store)
    path = export_register(sqlite_store, YEAR, tmp_path / "words.xlsx", language=language).path
    sheets = read_sheets(path)

    def sheet(name: str) -> list[list[object]]:
        return sheets[translate("export", name, language)]

    rows = sheet("Memberships")
    assert set(column(rows, "Kind", language)) == labels(v.ORGANISATION_KINDS, language)
    assert set(column(rows, "Scope", language)) == labels(v.SCOPES, language)
    assert set(column(rows, "Status", language)) == labels(v.MEMBERSHIP_STATUSES, language)
    themes = {t for cell in column(rows, "Themes", language)
              for t in str(cell).split("\n")}  # fmt: skip
    assert themes == labels(v.THEMES, language) | {OWN_THEME}
    assert set(column(sheet("Departments"), "Kind", language)) == labels(
        v.DEPARTMENT_KINDS, language
    )
    assert set(column(sheet("Contacts"), "Role", language)) == labels(v.CONTACT_ROLES, language)
    assert set(column(sheet("Assessments"), "Recommendation", language)) == labels(
        v.RECOMMENDATIONS, language
    )
    decided = sheets[translate("minutes", "Decisions {year}", language).format(year=YEAR)]
    assert set(column(decided, "Decision", language)) == labels(v.DECISIONS, language) | {
        v.DECISIONS.label("", language)
    }

    target = Store.open(tmp_path / "copy.db", actor="tester")
    try:
        plan = plan_import(target, open_source(path))
        assert plan.ok, [p.text() for p in plan.errors]
        apply_import(target, plan)
        after = what_the_register_says(target)
    finally:
        target.close()
    assert after == before


def test_a_swedish_workbook_has_no_english_word() -> None:
    """Each label the Swedish export writes is translated (the .ts says so), not the
    English source left in place; only words alike in both languages are the same."""
    alike = {"Organisation", "Global", "IT", "Transport", "2", "3", "4"}
    for vocabulary in (v.ORGANISATION_KINDS, v.SCOPES, v.DEPARTMENT_KINDS, v.MEMBERSHIP_STATUSES,
                       v.CONTACT_ROLES, v.RECOMMENDATIONS, v.DECISIONS, v.OUTCOMES,
                       v.REVIEW_STATUSES, v.CHANGE_ACTIONS, v.PARTICIPATION_ROLES, v.RATINGS,
                       v.THEMES):  # fmt: skip
        for key in vocabulary:
            english, swedish = vocabulary.label(key, "en"), vocabulary.label(key, "sv")
            assert swedish != english or swedish in alike, (vocabulary.name, key)
