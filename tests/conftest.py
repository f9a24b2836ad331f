"""Test set-up shared by every test.

- Qt runs offscreen, so the suite needs no screen.
- Each test gets its own user folders (MEMBERSHIP_REGISTER_HOME): nothing is
  written to the real user's data, settings or logs.
- `store` is a freshly migrated register on SQLite and on PostgreSQL. The
  PostgreSQL variant skips with a printed reason where no server answers,
  except under CI=true, where a missing server fails the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from tests.support.postgres import PostgresServer


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("MEMBERSHIP_REGISTER_HOME", str(home))
    monkeypatch.delenv("MEMBERSHIP_REGISTER_DB", raising=False)
    return home


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    server = PostgresServer.connect_or_explain()
    if server.reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL is required under CI=true: {server.reason}")
        pytest.skip(f"PostgreSQL tests skipped: {server.reason}")
    yield server
    server.drop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database, on each backend; a PostgreSQL schema is dropped after."""
    if request.param == "sqlite":
        yield str(tmp_path / "register.db")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    yield server.fresh_url()
    server.drop()


@pytest.fixture
def store(database_url: str) -> Iterator[object]:
    from app.store import Store

    opened = Store.open(database_url, actor="tester")
    yield opened
    opened.close()


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[object]:
    from app.store import Store

    opened = Store.open(tmp_path / "register.db", actor="tester")
    yield opened
    opened.close()
