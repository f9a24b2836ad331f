"""Shared set-up of the robustness tests: registers to damage, and a place to report counts."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db.migrate import upgrade
from db.migrations import REVISIONS
from db.session import make_engine

OLD_REVISION = REVISIONS[0]
ORGANISATIONS, FEES_EACH, LOG_ENTRIES = 3_000, 3, 20_000


@pytest.fixture(scope="session")
def old_register(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A register at the first schema revision, big enough that migrating it takes a while."""
    path = tmp_path_factory.mktemp("template") / "register.db"
    engine = make_engine(path)
    upgrade(engine, OLD_REVISION)
    engine.dispose()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO department (id, name, name_key, short_name, kind, version) "
            "VALUES (1, 'Stadsledningskontoret', 'stadsledningskontoret', 'SLK', "
            "'administration', 1)"
        )
        connection.executemany(
            "INSERT INTO organisation (id, name, name_key, acronym, kind, scope, website, "
            "country, description, version) VALUES (?, ?, ?, '', 'organisation', 'european', "
            "'', '', '', 1)",
            ((i, f"Organisation {i}", f"organisation {i}") for i in range(1, ORGANISATIONS + 1)),
        )
        connection.executemany(
            "INSERT INTO membership (id, organisation_id, responsible_department_id, start_year, "
            "status, notes, version) VALUES (?, ?, 1, 2000, 'active', '', 1)",
            ((i, i) for i in range(1, ORGANISATIONS + 1)),
        )
        connection.executemany(
            "INSERT INTO fee (membership_id, year, amount, currency) VALUES (?, ?, 1000, 'SEK')",
            ((i, 2005 + y) for i in range(1, ORGANISATIONS + 1) for y in range(FEES_EACH)),
        )
        connection.executemany(
            "INSERT INTO change_log (at, actor, entity, entity_id, action, summary, changes) "
            "VALUES ('2007-01-01 10:00:00', 'anna', 'organisation', ?, 'update', '', '{}')",
            ((i % ORGANISATIONS,) for i in range(LOG_ENTRIES)),
        )
    connection.close()
    return path


@pytest.fixture
def report(
    request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> Callable[..., None]:
    """Prints a robustness test's counts in the test log, and keeps them with its result."""

    def emit(**counts: object) -> None:
        line = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in counts.items())
        for key, value in counts.items():
            request.node.user_properties.append((key, value))
        with capsys.disabled():
            print(f"\n[robustness] {request.node.name}: {line}")

    return emit
