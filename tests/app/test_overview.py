"""The overview's figures and the attention list, on small registers and the example one."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import event, text

from app.rows import ContactData, FeeData, MembershipData, PersonData
from app.scale import nice_ticks
from app.services import comparison, memberships, people, register
from app.services.attention import Concern, attention_in_session, attention_list
from app.services.overview import (
    DepartmentFees,
    is_example_register,
    overview,
    positions_in_year,
    top_with_rest,
)
from app.store import Store
from app.valuation import Rates
from tests.support.builders import small_register
from tests.support.example import example_in


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The example register, built once for the tests that only read it."""
    yield from example_in(tmp_path_factory.mktemp("example"))


def count_queries(store: Store, action: object) -> int:
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        action()  # type: ignore[operator]
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    return len(statements)


# --- the example register: the overview says what the services say ------------


def test_key_figures_of_2007_match_the_council_paper(example: Store) -> None:
    data = overview(example, 2007)
    assert data.summary == register.year_summary(example, 2007)
    assert (data.summary.organisations, data.summary.networks) == (76, 5)
    assert Decimal("1250000") < data.summary.fees_sek < Decimal("1350000")
    assert data.previous == register.year_summary(example, 2006)


def test_history_matches_each_years_summary(example: Store) -> None:
    data = overview(example, 2007)
    assert [p.year for p in data.per_year] == [2005, 2006, 2007, 2008]
    for point in data.per_year:
        summary = register.year_summary(example, point.year)
        assert (point.memberships, point.organisations, point.networks) == (
            summary.memberships, summary.organisations, summary.networks,
        )  # fmt: skip
        assert point.fees_sek == summary.fees_sek
    assert data.per_year[0].memberships - data.per_year[2].memberships == 10  # "about ten fewer"


def test_fees_by_department_match_the_comparison(example: Store) -> None:
    data = overview(example, 2007)
    compared = comparison.compare_years(example, 2006, 2007)
    expected = {d.department_id: d.fees_after_sek for d in compared.by_department}
    assert {d.department_id: d.fees_sek for d in data.fees_by_department} == expected
    # Fees valued one by one: the sum may differ from the total by rounding cents.
    assert abs(sum(d.fees_sek for d in data.fees_by_department) - data.summary.fees_sek) < 1
    fees = [d.fees_sek for d in data.fees_by_department]
    assert fees == sorted(fees, reverse=True)


def test_scopes_and_themes_count_the_years_memberships(example: Store) -> None:
    data = overview(example, 2007)
    rows = register.memberships_for_year(example, 2007)
    assert sum(c.memberships for c in data.by_scope) == len(rows) == data.summary.memberships
    scopes = {c.key: c.memberships for c in data.by_scope}
    assert scopes == {s: sum(r.scope == s for r in rows) for s in {r.scope for r in rows}}
    themes = {c.key: c.memberships for c in data.by_theme}
    assert themes["governance"] == sum("governance" in r.themes for r in rows)


def test_attention_list_of_the_example(example: Store) -> None:
    items = attention_list(example, 2007)
    by_concern = {c: [i for i in items if i.concern == c] for c in Concern}
    rows = {r.id: r for r in register.memberships_for_year(example, 2007)}
    no_contact = {i.membership_id for i in by_concern[Concern.NO_PRIMARY_CONTACT]}
    assert no_contact == {i for i, r in rows.items() if not r.primary_contact}
    assessed = {
        a for (a,) in _rows(example, "SELECT membership_id FROM assessment WHERE year=2007")
    }
    assert {i.membership_id for i in by_concern[Concern.NO_ASSESSMENT]} == set(rows) - assessed
    left = {i.params["person"] for i in by_concern[Concern.CONTACT_LEFT]}
    assert left == {"Tomas Berglund", "Kristina Ahlgren"}
    ending = by_concern[Concern.NOTICE_ENDING]
    assert len(ending) == 2 and all(i.params == {"end_year": 2008} for i in ending)
    assert [i.concern for i in items] == sorted((i.concern for i in items), key=list(Concern).index)


def test_fee_rises_of_2008(example: Store) -> None:
    rises = [i for i in attention_list(example, 2008) if i.concern == Concern.FEE_UP]
    assert {i.organisation: i.params["percent"] for i in rises} == {
        "Energy Cities": 23, "Metropolis": 25,
    }  # fmt: skip
    assert rises[0].text() == "Fee up 23 % on 2007"


def test_positions_and_example_flag(example: Store) -> None:
    positions = positions_in_year(example, 2007)
    assert len(positions) == register.year_summary(example, 2007).positions
    assert any("UCLG" in p.organisation for p in positions)
    assert is_example_register(example)


def _rows(store: Store, sql: str) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


# --- small registers, on SQLite and PostgreSQL --------------------------------


def test_overview_of_a_small_register(store: Store) -> None:
    reg = small_register(store)
    data = overview(store, 2007)
    assert (data.summary.organisations, data.summary.networks) == (1, 1)
    assert data.previous is not None and data.previous.organisations == 2
    assert [(p.year, p.memberships) for p in data.per_year] == [(2005, 3), (2006, 3), (2007, 2)]
    assert data.per_year[-1].fees_sek == Decimal("138750.00")
    assert [(d.department, d.fees_sek) for d in data.fees_by_department] == [
        ("Stadsledningskontoret", Decimal("138750.00")), ("Miljöförvaltningen", Decimal(0)),
    ]  # fmt: skip
    concerns = {(i.membership_id, i.concern) for i in data.attention.items}
    assert (reg.eurocities_membership, Concern.NO_ASSESSMENT) in concerns
    assert (reg.nss_membership, Concern.NO_PRIMARY_CONTACT) not in concerns
    assert not is_example_register(store)


def test_no_previous_year_and_an_empty_register(store: Store) -> None:
    empty = overview(store, 2007)
    assert empty.previous is None and empty.attention.total == 0 and empty.by_theme == ()
    assert [p.fees_sek for p in empty.per_year] == [None]
    small_register(store)
    assert overview(store, 2000).previous is None  # nothing on record in 1999


def test_attention_shows_the_first_of_each_concern_and_counts_all(example: Store) -> None:
    full = attention_list(example, 2007)
    with example.uow() as session:
        limited = attention_in_session(session, 2007, Rates.load(session), limit=3)
    assert limited.counts[Concern.NO_ASSESSMENT] == sum(
        i.concern == Concern.NO_ASSESSMENT for i in full
    )
    assert limited.total == len(full)
    shown = [i for i in limited.items if i.concern == Concern.NO_ASSESSMENT]
    assert shown == [i for i in full if i.concern == Concern.NO_ASSESSMENT][:3]


def test_attention_flags_a_rise_a_departed_contact_and_a_notice(store: Store) -> None:
    reg = small_register(store)
    gone = people.create_person(store, PersonData("Per Gone", active=False)).id
    detail = memberships.get_membership(store, reg.eurocities_membership)
    fees = (FeeData(2006, Decimal("15000"), "EUR"), FeeData(2007, Decimal("18500"), "EUR"))
    contacts = (ContactData(reg.anna, "primary"), ContactData(gone, "other"))
    data = detail.data()
    changed = MembershipData(
        data.organisation_id, data.responsible_department_id, data.start_year, 2008,
        "notice_given", 12, participant_ids=data.participant_ids, contacts=contacts, fees=fees,
    )  # fmt: skip
    memberships.update_membership(store, reg.eurocities_membership, changed)
    found = {i.concern: i for i in attention_list(store, 2007)
             if i.membership_id == reg.eurocities_membership}  # fmt: skip
    assert found[Concern.FEE_UP].params == {"percent": 23, "previous_year": 2006}
    assert found[Concern.CONTACT_LEFT].params == {"person": "Per Gone"}
    assert found[Concern.NOTICE_ENDING].text() == "Notice given, ends 2008"
    assert Concern.NO_PRIMARY_CONTACT not in found


def test_overview_runs_a_fixed_number_of_queries(store: Store, example: Store) -> None:
    small_register(store)
    small = count_queries(store, lambda: overview(store, 2007))
    large = count_queries(example, lambda: overview(example, 2007))
    assert small == large
    assert large < 40


# --- pure helpers -------------------------------------------------------------


def test_top_with_rest_sums_what_does_not_fit() -> None:
    rows = tuple(DepartmentFees(i, f"D{i}", "", 1, Decimal(100 - i)) for i in range(12))
    top, rest = top_with_rest((*rows, DepartmentFees(99, "Free", "", 2, Decimal(0))), 8)
    assert [r.department_id for r in top] == list(range(8))
    assert [r.department_id for r in rest] == [8, 9, 10, 11]
    assert top_with_rest(rows[:9], 8) == (list(rows[:9]), [])  # a rest of one is named


@pytest.mark.parametrize(
    ("largest", "whole", "expected"),
    [
        (92, True, [0, 20, 40, 60, 80, 100]),
        (1_417_361, False, [0, 500_000, 1_000_000, 1_500_000]),
        (12, True, [0, 5, 10, 15]),
        (1, True, [0, 1]),
        (0, False, [0.0, 1.0]),
    ],
)
def test_nice_ticks(largest: float, whole: bool, expected: list[float]) -> None:
    assert nice_ticks(largest, whole=whole) == expected
