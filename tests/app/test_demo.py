"""The example register: built into a throwaway SQLite file and checked with plain SQL.

The figures come from the council paper of February 2008: in 2007 the city was
a member of 76 organisations and 5 networks, fees about 1.3 million SEK, about
ten memberships fewer than in 2005. The queries here are written independently
of the builder so that a wrong builder or wrong data fails them.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import text

import app.demo
from app.demo import EXAMPLE_FILE, ExampleSummary, build_example_register
from app.errors import RegisterError
from app.store import Store
from db import models
from tests.support.legacy import write_legacy_register

EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")

ACTIVE_IN = "m.start_year <= :year AND (m.end_year IS NULL OR m.end_year >= :year)"


def open_store(folder: Path) -> Store:
    return Store.open(folder / "register.db", backup_dir=folder / "backups")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MEMBERSHIP_REGISTER_HOME", str(tmp_path / "home"))
    return tmp_path


@pytest.fixture
def store(home: Path) -> Iterator[Store]:
    opened = open_store(home)
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ExampleSummary]]:
    """One example register shared by the tests that only read it."""
    folder = tmp_path_factory.mktemp("example")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEMBERSHIP_REGISTER_HOME", str(folder / "home"))
        opened = open_store(folder)
        summary = build_example_register(opened)
        yield opened, summary
        opened.close()


def rows(store: Store, sql: str, **params: object) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def kinds_in(store: Store, year: int) -> dict[str, int]:
    """Distinct organisations per kind with a membership active in `year`."""
    sql = f"""
        SELECT o.kind, COUNT(DISTINCT o.id) FROM membership m
        JOIN organisation o ON o.id = m.organisation_id
        WHERE {ACTIVE_IN} GROUP BY o.kind"""
    return dict(rows(store, sql, year=year))


def memberships_in(store: Store, year: int) -> int:
    return rows(store, f"SELECT COUNT(*) FROM membership m WHERE {ACTIVE_IN}", year=year)[0][0]


def fees_sek(store: Store, year: int) -> Decimal:
    """The year's fees of memberships active that year, at that year's rates."""
    sql = f"""
        SELECT f.amount, f.currency, r.rate_to_sek FROM fee f
        JOIN membership m ON m.id = f.membership_id
        LEFT JOIN exchange_rate r ON r.currency = f.currency AND r.year = f.year
        WHERE f.year = :year AND {ACTIVE_IN}"""
    total = Decimal(0)
    for amount, currency, rate in rows(store, sql, year=year):
        if currency == "SEK":
            rate = 1
        assert rate is not None, f"no {currency} rate for {year}"
        total += Decimal(str(amount)) * Decimal(str(rate))
    return total


def count(store: Store, table: str) -> int:
    return rows(store, f"SELECT COUNT(*) FROM {table}")[0][0]


# The paper's figures -------------------------------------------------------


def test_2007_has_76_organisations_and_5_networks(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    assert kinds_in(store, 2007) == {"organisation": 76, "network": 5}


def test_fees_2007_are_about_1_3_million_sek(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    assert Decimal("1250000") <= fees_sek(store, 2007) <= Decimal("1350000")


def test_2005_has_about_ten_memberships_more_than_2007(
    built: tuple[Store, ExampleSummary],
) -> None:
    store, _ = built
    more = memberships_in(store, 2005) - memberships_in(store, 2007)
    assert 8 <= more <= 12
    assert memberships_in(store, 2007) <= memberships_in(store, 2006) <= memberships_in(store, 2005)


def test_2008_has_some_joined_and_some_ended(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    joined = rows(store, "SELECT COUNT(*) FROM membership WHERE start_year = 2008")[0][0]
    ended = rows(store, "SELECT COUNT(*) FROM membership WHERE end_year = 2007")[0][0]
    assert joined >= 2
    assert ended >= 2


def test_some_fee_rises_more_than_a_fifth_in_2008(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    sql = """
        SELECT new.amount, old.amount FROM fee new
        JOIN fee old ON old.membership_id = new.membership_id AND old.year = 2007
        WHERE new.year = 2008 AND old.amount > 0"""
    rises = [new / old for new, old in rows(store, sql) if new / old > 1.2]
    assert 1 <= len(rises) <= 3


def test_uclg_board_seat_from_2007(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    sql = """
        SELECT p.title, p.from_year, p.to_year, p.person_id FROM position p
        JOIN membership m ON m.id = p.membership_id
        JOIN organisation o ON o.id = m.organisation_id
        WHERE o.acronym = 'UCLG'"""
    assert [(title, start, end) for title, start, end, _ in rows(store, sql)] == [
        ("Styrelseledamot", 2007, None)
    ]
    assert rows(store, sql)[0][3] is not None


def test_dissent_networks_are_in_the_register(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    names = {name: kind for name, kind in rows(store, "SELECT name, kind FROM organisation")}
    assert names["Nordens Större Städer"] == "network"
    assert names["Sexstadsgruppen"] == "network"
    assert names["Stockholm Water Forum"] == "network"
    assert "Stockholm International Water Institute" in names


# The legacy spreadsheet ----------------------------------------------------


@pytest.fixture(scope="module")
def legacy_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 2007 list as the office kept it (tests/support/legacy.py writes it)."""
    return write_legacy_register(tmp_path_factory.mktemp("legacy"))


def legacy_rows(path: Path) -> list[tuple]:
    """The rows of the legacy list's table: from its header row to the total."""
    openpyxl = pytest.importorskip("openpyxl")
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        sheet_rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    finally:
        workbook.close()  # a read-only workbook keeps its file open until closed
    found: list[tuple] = []
    in_table = False
    for row in sheet_rows:
        name = row[0]
        if name == "Organisation":
            in_table = True
        elif in_table and isinstance(name, str) and name.strip() and name != "Summa":
            found.append((name.strip(), *row[1:]))
    return found


def legacy_organisations(path: Path) -> dict[str, str]:
    """Name -> kind ('organisation'/'network') of every row in the legacy list."""
    return {
        row[0]: "network" if str(row[1]).strip().casefold() == "nätverk" else "organisation"
        for row in legacy_rows(path)
    }


def legacy_fee(cell: object) -> Decimal | None:
    """A fee cell as written by hand ("4 500", "6 000 €", 9800); None where there is none."""
    digits = re.sub(r"\D", "", str(cell)) if cell is not None else ""
    return Decimal(digits) if digits else None


def test_every_legacy_organisation_is_in_the_register(
    built: tuple[Store, ExampleSummary], legacy_list: Path
) -> None:
    store, _ = built
    legacy = legacy_organisations(legacy_list)
    assert len(legacy) >= 20  # the reader found the table
    register = dict(rows(store, "SELECT name, kind FROM organisation"))
    missing = sorted(set(legacy) - set(register))
    assert not missing
    assert {name: register[name] for name in legacy} == legacy


def test_2007_fees_agree_with_the_legacy_list(
    built: tuple[Store, ExampleSummary], legacy_list: Path
) -> None:
    store, _ = built
    sql = """SELECT o.name, f.amount FROM fee f
             JOIN membership m ON m.id = f.membership_id
             JOIN organisation o ON o.id = m.organisation_id WHERE f.year = 2007"""
    register = {name: Decimal(str(amount)) for name, amount in rows(store, sql)}
    legacy = {row[0]: legacy_fee(row[5]) for row in legacy_rows(legacy_list)}
    with_fee = {name: fee for name, fee in legacy.items() if fee is not None}
    assert len(with_fee) >= 15
    assert {name: register.get(name) for name in with_fee} == with_fee


# Refusing, replacing, marking ----------------------------------------------


def test_refuses_a_database_that_holds_a_register(store: Store) -> None:
    with store.uow() as session:
        session.add(models.Department(name="Egen förvaltning", name_key="egen förvaltning"))
    with pytest.raises(RegisterError, match="already holds a register; use --force"):
        build_example_register(store)
    assert rows(store, "SELECT name FROM department") == [("Egen förvaltning",)]
    assert count(store, "organisation") == 0


def test_force_replaces_the_register_and_logs_it(store: Store) -> None:
    first = build_example_register(store)
    with store.uow() as session:
        session.add(models.Organisation(name="Egen organisation", name_key="egen organisation"))
    logged_before = count(store, "change_log")

    summary = build_example_register(store, force=True)

    assert summary == first
    assert rows(store, "SELECT name FROM organisation WHERE name = 'Egen organisation'") == []
    assert count(store, "organisation") == summary.organisations
    assert count(store, "membership") == summary.memberships
    entries = rows(store, "SELECT entity, action FROM change_log ORDER BY id")
    assert len(entries) > logged_before  # the earlier history is kept
    assert entries[-2:] == [("register", "delete"), ("register", "create")]


def test_empty_register_with_exchange_rates_only_is_not_refused(store: Store) -> None:
    with store.uow() as session:
        session.add(models.ExchangeRate(currency="EUR", year=2007, rate_to_sek=Decimal("9")))
    build_example_register(store)
    # The example's own rates replace the leftover, whose key would clash.
    sql = "SELECT rate_to_sek FROM exchange_rate WHERE currency = 'EUR' AND year = 2007"
    assert rows(store, sql) == [(pytest.approx(9.2501),)]


def test_failure_leaves_the_old_register(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = build_example_register(store)
    broken = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
    broken["memberships"][-1]["end_year"] = broken["memberships"][-1]["start_year"] - 1
    bad_file = tmp_path / "broken.json"
    bad_file.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(app.demo, "EXAMPLE_FILE", bad_file)

    with pytest.raises(Exception, match=r"(?i)constraint"):
        build_example_register(store, force=True)

    assert count(store, "membership") == before.memberships
    assert rows(store, "SELECT action FROM change_log WHERE entity = 'register'") == [("create",)]


def test_damaged_file_is_refused_in_plain_words(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
    broken["memberships"][0]["department"] = "NOPE"
    bad_file = tmp_path / "broken.json"
    bad_file.write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(app.demo, "EXAMPLE_FILE", bad_file)
    with pytest.raises(RegisterError, match=r"damaged: .*unknown department"):
        build_example_register(store)
    assert count(store, "department") == 0


def test_register_is_marked_as_example_data(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    assert rows(store, "SELECT value FROM register_info WHERE key = 'example_data'") == [("true",)]


def test_summary_counts_the_rows(built: tuple[Store, ExampleSummary]) -> None:
    store, summary = built
    assert summary == ExampleSummary(
        organisations=count(store, "organisation"),
        departments=count(store, "department"),
        people=count(store, "person"),
        memberships=count(store, "membership"),
    )
    assert 15 <= summary.departments <= 18


def test_builds_well_under_a_second(store: Store) -> None:
    started = time.perf_counter()
    build_example_register(store)
    assert time.perf_counter() - started < 1.0


# Quality of the data -------------------------------------------------------


def test_every_person_email_is_valid(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    emails = [email for (email,) in rows(store, "SELECT email FROM person")]
    assert emails
    assert [email for email in emails if not EMAIL.match(email)] == []
    assert len(set(emails)) == len(emails)


def test_names_are_unique_and_keyed_by_casefold(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    for table in ("department", "organisation"):
        names = rows(store, f"SELECT name, name_key FROM {table}")
        assert all(key == name.casefold() for name, key in names)
        assert len({name.casefold() for name, _ in names}) == len(names)
    short_names = rows(store, "SELECT short_name FROM department")
    assert len(set(short_names)) == len(short_names)


def test_statuses_agree_with_years(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    for status, end in rows(store, "SELECT status, end_year FROM membership"):
        if status == "ended":
            assert end is not None and end <= 2007
        elif status == "notice_given":
            assert end == 2008
        else:
            assert end is None
    statuses = dict(rows(store, "SELECT status, COUNT(*) FROM membership GROUP BY status"))
    assert statuses.get("under_review", 0) >= 1
    assert statuses.get("notice_given", 0) >= 1


def test_fees_fall_within_membership_years(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    outside = rows(
        store,
        """SELECT f.id FROM fee f JOIN membership m ON m.id = f.membership_id
           WHERE f.year < m.start_year OR (m.end_year IS NOT NULL AND f.year > m.end_year)""",
    )
    assert outside == []


def test_most_current_memberships_have_a_primary_contact(
    built: tuple[Store, ExampleSummary],
) -> None:
    store, _ = built
    without = rows(
        store,
        f"""SELECT m.id FROM membership m WHERE {ACTIVE_IN} AND NOT EXISTS
            (SELECT 1 FROM contact c WHERE c.membership_id = m.id AND c.role = 'primary')""",
        year=2007,
    )
    assert 1 <= len(without) <= 6
    inactive = rows(store, "SELECT COUNT(*) FROM person WHERE NOT active")[0][0]
    assert inactive >= 2


def test_a_good_share_is_assessed(built: tuple[Store, ExampleSummary]) -> None:
    store, _ = built
    assessed = dict(rows(store, "SELECT year, COUNT(*) FROM assessment GROUP BY year"))
    assert assessed[2007] >= memberships_in(store, 2007) // 2
    assert assessed[2006] >= 20
    ratings = rows(store, "SELECT MIN(rating), MAX(rating) FROM assessment")[0]
    assert ratings == (1, 5)
    assert rows(store, "SELECT COUNT(*) FROM assessment WHERE assessed_by = ''") == [(0,)]
