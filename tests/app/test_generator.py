"""The benchmark register generator, at small scale: deterministic, sized as asked, and
consistent with the year figures the services compute."""

from __future__ import annotations

from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from app.services import register
from db import models as m
from tests.benchmarks.generator import DEFAULT_SIZE, FIRST_YEAR, LAST_YEAR, Size, generate, write

ORE = Decimal("0.01")  # computed here on its own, as a check on app.valuation
SMALL = Size(organisations=60, departments=12, people=150, memberships=400)


def tables(seed: int, size: Size = SMALL) -> dict[str, list[dict[str, object]]]:
    found: dict[str, list[dict[str, object]]] = defaultdict(list)
    for table, rows in generate(seed, size):
        found[table].extend(rows)
    return found


def test_the_same_seed_gives_the_same_register() -> None:
    assert tables(7) == tables(7)
    assert tables(7)["membership"] != tables(8)["membership"]


def test_scale_multiplies_the_default_size() -> None:
    assert DEFAULT_SIZE.scaled(0.01) == Size(50, 10, 200, 500)
    assert DEFAULT_SIZE.scaled(1.0) == DEFAULT_SIZE


def test_written_register_has_the_counts_asked_for(store) -> None:
    counts = write(store, seed=3, size=SMALL)
    with store.uow() as session:

        def count(model: type[m.Base]) -> int:
            return session.scalar(select(func.count()).select_from(model))

        assert count(m.Organisation) == counts["organisation"] == SMALL.organisations
        assert count(m.Department) == counts["department"] == SMALL.departments
        assert count(m.Person) == counts["person"] == SMALL.people
        assert count(m.Membership) == counts["membership"] == SMALL.memberships
        assert count(m.Fee) == counts["fee"] > SMALL.memberships
        assert count(m.Assessment) == counts["assessment"] > SMALL.memberships
        assert session.scalar(select(func.count()).where(m.Department.coordinator_id.is_not(None)))
        fee_years = session.execute(select(func.min(m.Fee.year), func.max(m.Fee.year))).one()
    assert tuple(fee_years) == (FIRST_YEAR, LAST_YEAR)


def test_register_is_varied_like_a_real_one() -> None:
    t = tables(5)
    names = " ".join(str(p["name"]) for p in t["person"])
    assert all(letter in names for letter in "åäöÅÖ")
    assert {f["currency"] for f in t["fee"]} >= {"SEK", "EUR", "USD"}
    statuses = {ms["status"] for ms in t["membership"]}
    assert statuses == {"active", "under_review", "notice_given", "ended"}
    assert any(ms["end_year"] for ms in t["membership"])
    networks = {o["id"] for o in t["organisation"] if o["kind"] == "network"}
    network_memberships = {ms["id"] for ms in t["membership"] if ms["organisation_id"] in networks}
    assert networks and network_memberships
    assert not network_memberships & {f["membership_id"] for f in t["fee"]}
    open_pairs = [
        (ms["organisation_id"], ms["responsible_department_id"])
        for ms in t["membership"]
        if ms["end_year"] is None
    ]
    assert len(open_pairs) == len(set(open_pairs))


def test_year_figures_agree_with_the_register_service(store) -> None:
    write(store, seed=11, size=SMALL)
    t = tables(11)
    for year in (FIRST_YEAR, FIRST_YEAR + 4, LAST_YEAR):
        summary = register.year_summary(store, year)
        expected = expected_figures(t, year)
        assert (
            summary.organisations, summary.networks, summary.memberships,
            summary.departments, summary.positions, summary.fees_sek,
        ) == expected  # fmt: skip
        assert summary.missing_rates == ()
        assert len(register.memberships_for_year(store, year)) == summary.memberships


def expected_figures(t: dict[str, list[dict]], year: int) -> tuple[object, ...]:
    """The year's figures computed from the generated rows, independently of the services."""
    active = {
        ms["id"]: ms
        for ms in t["membership"]
        if ms["start_year"] <= year and (ms["end_year"] is None or ms["end_year"] >= year)
    }
    kind = {o["id"]: o["kind"] for o in t["organisation"]}
    organisations = {ms["organisation_id"] for ms in active.values()}
    departments = {ms["responsible_department_id"] for ms in active.values()}
    departments |= {p["department_id"] for p in t["participation"] if p["membership_id"] in active}
    positions = sum(
        1
        for p in t["position"]
        if p["membership_id"] in active
        and p["from_year"] <= year
        and (p["to_year"] is None or p["to_year"] >= year)
    )
    rates = {(r["currency"], r["year"]): r["rate_to_sek"] for r in t["exchange_rate"]}
    # Each fee in SEK rounded to the öre half up, then summed.
    total = sum(
        (f["amount"] * (1 if f["currency"] == "SEK" else rates[(f["currency"], year)])).quantize(
            ORE, ROUND_HALF_UP
        )
        for f in t["fee"]
        if f["year"] == year and f["membership_id"] in active
    )
    return (
        sum(1 for o in organisations if kind[o] == "organisation"),
        sum(1 for o in organisations if kind[o] == "network"),
        len(active),
        len(departments),
        positions,
        total,
    )


def test_membership_rows_agree_with_the_generated_rows(store) -> None:
    write(store, seed=13, size=SMALL)
    t = tables(13)
    for year in (FIRST_YEAR + 2, None):
        shown = {r.id: r for r in register.memberships_for_year(store, year)}
        for row_id, expected in expected_rows(t, year).items():
            row = shown.pop(row_id)
            assert (
                row.fee_amount, row.fee_currency, row.fee_sek, row.primary_contact,
                (row.latest_assessment_year, row.latest_rating, row.latest_recommendation),
                row.participants,
            ) == expected, row_id  # fmt: skip
        assert not shown


def expected_rows(t: dict[str, list[dict]], year: int | None) -> dict[int, tuple]:
    person = {p["id"]: p["name"] for p in t["person"]}
    department = {d["id"]: d["name"] for d in t["department"]}
    rates = {(r["currency"], r["year"]): r["rate_to_sek"] for r in t["exchange_rate"]}

    def last_of(table: str, membership_id: int) -> dict | None:
        found = [
            r for r in t[table]
            if r["membership_id"] == membership_id and (year is None or r["year"] <= year)
        ]  # fmt: skip
        return max(found, key=lambda r: r["year"]) if found else None

    expected = {}
    for ms in t["membership"]:
        if year is not None and not (
            ms["start_year"] <= year and (ms["end_year"] is None or ms["end_year"] >= year)
        ):
            continue
        fee = last_of("fee", ms["id"])
        if fee is not None and year is not None and fee["year"] != year:
            fee = None
        sek = None
        if fee is not None:
            rate = 1 if fee["currency"] == "SEK" else rates[(fee["currency"], fee["year"])]
            sek = (fee["amount"] * rate).quantize(ORE, ROUND_HALF_UP)
        primary = [
            c for c in t["contact"] if c["membership_id"] == ms["id"] and c["role"] == "primary"
        ]
        assessment = last_of("assessment", ms["id"])
        participants = sorted(
            (
                department[p["department_id"]]
                for p in t["participation"]
                if p["membership_id"] == ms["id"]
            ),
            key=str.casefold,
        )
        expected[ms["id"]] = (
            fee["amount"] if fee else None, fee["currency"] if fee else "", sek,
            person[primary[0]["person_id"]] if primary else "",
            (assessment["year"], assessment["rating"], assessment["recommendation"])
            if assessment else (None, None, ""),
            tuple(participants),
        )  # fmt: skip
    return expected
