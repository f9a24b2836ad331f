"""Migrations: shipped in the package, applied at start-up, backed up, refused when newer."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.services import memberships, register
from app.services.review_closing import frozen_figures
from app.store import Store
from db.errors import DatabaseError
from db.migrate import alembic_config, prepare, upgrade
from db.migrations import HEAD, REVISIONS
from db.models import Base
from db.session import make_engine
from tests.support.old_registers import first_revision

ROOT = Path(__file__).resolve().parents[2]


def test_revision_list_matches_the_scripts() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    chain = [r.revision for r in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == REVISIONS
    assert script.get_current_head() == HEAD


def test_migrated_schema_matches_the_models(database_url: str) -> None:
    engine = make_engine(database_url)
    prepare(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


FIRST_REVISION_DATA = """
INSERT INTO organisation (id, name, name_key, acronym, kind, scope, website, country,
    description, version) VALUES (1, 'Eurocities', 'eurocities', 'EC', 'organisation',
    'european', '', 'BE', '', 1);
INSERT INTO department (id, name, name_key, short_name, kind, version)
    VALUES (1, 'Stadsledningskontoret', 'stadsledningskontoret', 'SLK', 'administration', 1);
INSERT INTO membership (id, organisation_id, responsible_department_id, start_year, status,
    notes, version) VALUES (1, 1, 1, 2000, 'active', 'seit 2000', 1);
INSERT INTO fee (membership_id, year, amount, currency) VALUES (1, 2007, 15600, 'EUR');
INSERT INTO exchange_rate (currency, year, rate_to_sek, version) VALUES ('EUR', 2007, 9.25, 1);
"""


def test_upgrade_from_the_first_revision_keeps_the_data(database_url: str, tmp_path) -> None:
    engine = first_revision(database_url)
    with engine.begin() as connection:
        for statement in FIRST_REVISION_DATA.split(";"):
            if statement.strip():
                connection.execute(text(statement))
    engine.dispose()
    store = Store.open(database_url, backup_dir=tmp_path / "backups")
    try:
        assert store.schema_state().revision == HEAD
        detail = memberships.get_membership(store, 1)
        assert (detail.organisation, detail.responsible_department) == (
            "Eurocities",
            "Stadsledningskontoret",
        )
        assert detail.notes == "seit 2000"
        assert register.year_summary(store, 2007).fees_sek == 144300
    finally:
        store.close()


FROZEN_AS_FLOATS = (
    '{"year_summary": {"year": 2007, "organisations": 1, "networks": 0, "departments": 1, '
    '"memberships": 1, "fees_sek": 1301256.84, "positions": 0, "missing_rates": []}, '
    '"outcome": {"kept": 0, "left": 1, "changed": 0, "postponed": 0, "undecided": 0, '
    '"fees_saved_sek": 138750.005}, "applied": [], "closed_by": "anna"}'
)


def test_frozen_review_money_becomes_exact_text(database_url: str, tmp_path) -> None:
    """0003: the floats a closed review kept become decimal text, rounded half up to the öre."""
    engine = make_engine(database_url)
    upgrade(engine, "0002")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO review (id, year, participants, status, frozen_figures, version) "
                "VALUES (1, 2007, '', 'closed', :figures, 1)"
            ),
            {"figures": FROZEN_AS_FLOATS},
        )
    upgrade(engine)
    with engine.connect() as connection:
        kept = json.loads(connection.execute(text("SELECT frozen_figures FROM review")).scalar())
    engine.dispose()
    assert kept["year_summary"]["fees_sek"] == "1301256.84"
    assert kept["outcome"]["fees_saved_sek"] == "138750.01"
    store = Store.open(database_url, backup_dir=tmp_path / "backups")
    try:
        frozen = frozen_figures(store, 2007)
        assert frozen is not None and frozen.summary.fees_sek == Decimal("1301256.84")
        assert frozen.outcome["fees_saved_sek"] == Decimal("138750.01")
    finally:
        store.close()


def test_sqlite_is_backed_up_before_migrating(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = first_revision(path)
    with engine.begin() as connection:
        connection.execute(text(FIRST_REVISION_DATA.split(";")[0]))
    engine.dispose()
    Store.open(path, backup_dir=tmp_path / "backups").close()
    (backup,) = (tmp_path / "backups").iterdir()
    assert "before-migration-from-0001" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Eurocities",)]


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer version"):
        Store.open(path)
    assert path.read_bytes() == before


def test_a_foreign_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(DatabaseError, match="not a membership register"):
        Store.open(path)


def test_a_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes\n" * 20)
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        Store.open(path)
    assert path.read_text().startswith("these are my notes")


def test_foreign_keys_are_on_for_every_sqlite_connection(sqlite_store) -> None:
    with sqlite_store.engine.connect() as first, sqlite_store.engine.connect() as second:
        assert first.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert second.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert first.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_failing_migration_leaves_the_old_revision_whole(tmp_path: Path) -> None:
    """SQLite migrates in one transaction: no statement of a failed upgrade stays."""
    path = tmp_path / "old.db"
    engine = first_revision(path)
    with engine.begin() as connection:  # an index in the way of 0002's second statement
        connection.exec_driver_sql("CREATE INDEX ix_fee_year ON fee (year)")
    with pytest.raises(Exception, match="ix_fee_year"):
        upgrade(engine)
    with engine.connect() as connection:
        assert (
            connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            == (REVISIONS[0])
        )
        indexes = {i["name"] for i in inspect(connection).get_indexes("membership")}
        assert "ix_membership_years" not in indexes  # 0002's first statement was undone
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()


@pytest.mark.postgres
def test_two_programs_starting_at_once_migrate_a_new_database_once(postgres_server) -> None:
    url = postgres_server.fresh_url()
    start = time.time() + 1.5  # both begin at this moment, after Python has started
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.worker", "open", url, "--start-at", str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [w.communicate(timeout=60)[0] for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    runs = [line for out in outputs for line in out.splitlines() if "Running upgrade" in line]
    assert len(runs) == len(REVISIONS), outputs  # each revision applied by one of them only
    engine = make_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).all() == [
            (HEAD,)
        ]
    engine.dispose()
