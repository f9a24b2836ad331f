"""The office's 2007 list (title rows, Swedish headers, amounts as text, a total row)
comes in with the expected counts, nothing duplicated."""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.services import departments, memberships, people, register
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.spreadsheet.problems import Severity
from tests.support.spreadsheets import legacy_example


@pytest.fixture
def legacy_plan(store):
    source = open_source(legacy_example())
    return store, source, plan_import(store, source)


def test_the_list_is_understood(legacy_plan) -> None:
    _store, source, plan = legacy_plan
    [sheet] = source.sheets
    assert (source.year, source.own_export, sheet.header_row) == (2007, False, 3)
    assert sheet.mapping == [
        "organisation", "kind", "department", "contacts", "email", "fee", "currency",
        "position", "added_value",
    ]  # fmt: skip
    counts = plan.counts()
    assert counts["memberships"].create == 24 and counts["organisations"].create == 24
    assert counts["departments"].create == 9 and counts["people"].create == 11
    assert plan.ok
    [skipped] = plan.skipped
    assert skipped.text() == "Sheet 'Förteckning 2007', row 30: A total row ('Summa'): left out."


def test_the_list_imports_with_the_expected_register(legacy_plan) -> None:
    store, _source, plan = legacy_plan
    apply_import(store, plan)
    summary = register.year_summary(store, 2007)
    assert (summary.organisations, summary.networks, summary.memberships) == (20, 4, 24)
    assert summary.departments == 9 and summary.positions == 3
    assert len(people.list_people(store)) == 11
    rows = {r.organisation: r for r in register.memberships_for_year(store, 2007)}
    assert (rows["Metropolis"].fee_amount, rows["Metropolis"].fee_currency) == (
        Decimal("6000"),
        "EUR",
    )
    assert rows["Union of Capitals of the European Union"].fee_amount is None
    assert rows["Union of Baltic Cities"].acronym == "UBC"
    assert rows["Union of Baltic Cities"].fee_amount == Decimal("4500")
    assert rows["Union of Baltic Cities"].participants == ("Miljöförvaltningen",)
    assert rows["Baltic Metropoles Network"].participants == ("Stockholm Business Region AB",)
    assert rows["International Association of Ports and Harbors"].fee_currency == "SEK"
    assert rows["Stockholm Water Forum"].primary_contact == ""
    ubc = memberships.get_membership(store, rows["Union of Baltic Cities"].id)
    assert [(c.name, c.role, c.email) for c in ubc.contacts] == [
        ("Erik Holm", "primary", "erik.holm@example.se"),
        ("Sara Nyström", "other", "sara.nystrom@example.se"),
    ]
    eurocities = memberships.get_membership(store, rows["Eurocities"].id)
    [board] = eurocities.positions
    assert (board.title, board.from_year, board.to_year) == ("Styrelseledamot", 2006, 2008)
    [assessment] = eurocities.assessments
    assert assessment.added_value == "Påverkan på EU-nivå, erfarenhetsutbyte i sex forum"
    kinds = {d.name: d.kind for d in departments.list_departments(store)}
    assert (
        kinds["Stockholm Vatten AB"] == "company"
        and kinds["Kulturförvaltningen"] == "administration"
    )


def test_a_second_import_recognises_everything(legacy_plan) -> None:
    store, source, plan = legacy_plan
    apply_import(store, plan)
    again = plan_import(store, source)
    counts = again.counts()
    assert all(c.create == 0 for c in counts.values()), counts
    assert counts["memberships"].same == 24 and counts["people"].same == 11
    assert apply_import(store, again).counts == counts
    assert register.year_summary(store, 2007).memberships == 24


def test_the_notes_say_how_things_were_read(legacy_plan) -> None:
    _store, _source, plan = legacy_plan
    notes = [p.text() for p in plan.findings.of(Severity.NOTE)]
    assert (
        "Sheet 'Förteckning 2007', row 14, column F (Årsavgift): "
        "'ingår': included in another fee, so no fee of its own." in notes
    )
    assert any("no exchange rate for EUR" in n for n in notes)


def test_every_record_imported_is_in_the_change_log(legacy_plan) -> None:
    from sqlalchemy import func, select

    from db import models as m

    store, _source, plan = legacy_plan
    apply_import(store, plan)
    with store.uow() as session:
        logged = dict(
            session.execute(
                select(m.ChangeLogEntry.entity, func.count())
                .where(m.ChangeLogEntry.action == "create")
                .group_by(m.ChangeLogEntry.entity)
            ).all()
        )
        actors = set(session.scalars(select(m.ChangeLogEntry.actor)))
        eurocities = session.scalar(
            select(m.ChangeLogEntry.summary).where(
                m.ChangeLogEntry.entity == "organisation",
                m.ChangeLogEntry.changes.contains('"Eurocities"'),
            )
        )
    assert logged["membership"] == 24 and logged["organisation"] == 24
    assert logged["department"] == 9 and logged["person"] == 11
    assert logged["fee"] == 19 and logged["position"] == 3
    assert actors == {"tester"} and eurocities == "Eurocities"
