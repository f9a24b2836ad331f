"""The command line, run as a user would: a separate process, exit codes, one-line errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.support.cli import one_line_error, run_app


def test_help_lists_the_commands(user_home: Path) -> None:
    result = run_app("--help", home=user_home)
    assert result.returncode == 0
    for command in ("demo", "summary", "check"):
        assert command in result.stdout


def test_check_a_text_file(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("not a database")
    result = run_app("check", "--db", str(path), home=user_home)
    assert result.returncode == 2
    assert "not an SQLite file" in one_line_error(result)


def test_check_a_missing_file(tmp_path: Path, user_home: Path) -> None:
    result = run_app("check", "--db", str(tmp_path / "missing.db"), home=user_home)
    assert result.returncode == 2
    assert "no database" in one_line_error(result)
    assert not (tmp_path / "missing.db").exists()


def test_check_a_newer_schema(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "newer.db"
    assert run_app("summary", "--db", str(tmp_path / "x.db"), home=user_home).returncode == 2
    from app.store import Store

    Store.open(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    result = run_app("check", "--db", str(path), home=user_home)
    assert result.returncode == 2
    assert "newer version" in one_line_error(result)


def test_check_a_good_database(tmp_path: Path, user_home: Path) -> None:
    from app.store import Store

    Store.open(tmp_path / "good.db").close()
    result = run_app("check", "--db", str(tmp_path / "good.db"), home=user_home)
    assert result.returncode == 0
    assert "ok" in result.stdout


def test_check_reports_broken_references(tmp_path: Path, user_home: Path) -> None:
    from app.store import Store

    path = tmp_path / "broken.db"
    Store.open(path).close()
    with sqlite3.connect(path) as connection:  # foreign keys are off in a bare connection
        connection.execute(
            "INSERT INTO fee (membership_id, year, amount, currency) VALUES (42, 2007, 1, 'SEK')"
        )
    result = run_app("check", "--db", str(path), home=user_home)
    assert result.returncode == 1
    assert "missing membership" in result.stdout


@pytest.mark.parametrize("target", ["folder", "unreadable-parent"])
def test_summary_on_unusable_paths(tmp_path: Path, user_home: Path, target: str) -> None:
    path = tmp_path if target == "folder" else tmp_path / "no" / "such" / "x.db"
    result = run_app("summary", "--db", str(path), home=user_home)
    assert result.returncode == 2
    one_line_error(result)


def test_summary_json_of_an_empty_register(tmp_path: Path, user_home: Path) -> None:
    from app.store import Store

    Store.open(tmp_path / "empty.db").close()
    result = run_app("summary", "--db", str(tmp_path / "empty.db"), "--year", "2007", "--json",
                 home=user_home)  # fmt: skip
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["year"] == 2007
    assert {"organisations", "networks", "departments", "fees_sek"} <= figures.keys()


def test_bad_arguments_are_usage_errors(user_home: Path) -> None:
    result = run_app("summary", "--year", "soon", home=user_home)
    assert result.returncode == 2
    assert "'soon' is not a year" in one_line_error(result)


def test_demo_then_summary_reproduces_the_council_paper(tmp_path: Path, user_home: Path) -> None:
    path = str(tmp_path / "x.db")
    assert run_app("demo", "--db", path, home=user_home).returncode == 0
    result = run_app("summary", "--db", path, "--year", "2007", "--json", home=user_home)
    y2007 = json.loads(result.stdout)
    assert (y2007["organisations"], y2007["networks"]) == (76, 5)
    assert 1_200_000 <= y2007["fees_sek"] <= 1_400_000
    y2005 = json.loads(run_app("summary", "--db", path, "--year", "2005", "--json",
                           home=user_home).stdout)  # fmt: skip
    more = (y2005["organisations"] + y2005["networks"]) - (y2007["organisations"] + 5)
    assert 8 <= more <= 12


def test_demo_refuses_a_filled_register_without_force(tmp_path: Path, user_home: Path) -> None:
    path = str(tmp_path / "x.db")
    assert run_app("demo", "--db", path, home=user_home).returncode == 0
    again = run_app("demo", "--db", path, home=user_home)
    assert again.returncode == 1
    assert "--force" in one_line_error(again)
    assert run_app("demo", "--db", path, "--force", home=user_home).returncode == 0
