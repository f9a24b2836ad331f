"""Bad input on the command line, run as a user would: one line, the right exit code, no harm.

Exit 2 for usage (a bad option, an unusable file), 1 for refused data; never a
traceback, and nothing written where the command was refused.
"""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from app.store import Store
from db.migrations import HEAD
from tests.support.builders import small_register
from tests.support.cli import one_line_error, register_file, run_app
from tests.support.spreadsheets import legacy_example


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return register_file(tmp_path / "register.db")


def fingerprint(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("command", "year"),
    [("summary", "99999"), ("summary", "1899"), ("summary", "soon"), ("export", "-1"),
     ("export", "2201"), ("import", "99999"), ("import", "-1"), ("report", "0")],
)  # fmt: skip
def test_years_outside_the_programs_range_are_usage_errors(
    tmp_path: Path, user_home: Path, register: Path, command: str, year: str
) -> None:
    before = fingerprint(register)
    extra = {
        "summary": [],
        "export": ["--out", str(tmp_path / "out.xlsx")],
        "import": [str(legacy_example())],
        "report": ["--out", str(tmp_path / "out.html")],
    }[command]
    result = run_app(command, "--db", str(register), f"--year={year}", *extra, home=user_home)
    assert result.returncode == 2
    line = one_line_error(result)
    assert f"argument --year: {year} is not a year from 1900 to 2200" in line or (
        year == "soon" and "'soon' is not a year" in line
    )
    assert fingerprint(register) == before
    assert not list(tmp_path.glob("out.*"))


def test_the_years_at_the_ends_of_the_range_are_taken(user_home: Path, register: Path) -> None:
    for year in ("1900", "2200"):
        result = run_app("summary", "--db", str(register), "--year", year, home=user_home)
        assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("mysql://x/y", "A mysql database cannot hold the register"),
        ("://::", "The database URL cannot be read"),
        ("postgresql://anna:s3cret@host:port/register", "The database URL cannot be read"),
        ("oracle+cx_oracle://anna:s3cret@host/register", "cannot hold the register"),
        ("register.db", "not a database URL"),
    ],
)
def test_unusable_database_urls_are_one_line_usage_errors(
    user_home: Path, url: str, said: str
) -> None:
    before = run_app("--db-url", url, "summary", home=user_home)
    after = run_app("export", "--db-url", url, "--out", "x.xlsx", home=user_home)
    for result in (before, after):  # the option before the command or after it
        assert result.returncode == 2
        line = one_line_error(result)
        assert said in line and "s3cret" not in line  # a password is never repeated


def test_export_to_a_folder_is_refused_in_one_line(
    tmp_path: Path, user_home: Path, register: Path
) -> None:
    folder = tmp_path / "register.xlsx"
    folder.mkdir()
    result = run_app("export", "--db", str(register), "--out", str(folder), home=user_home)
    assert result.returncode == 1
    assert "is a folder; name the workbook to write" in one_line_error(result)
    assert folder.is_dir() and not list(folder.iterdir())


@pytest.mark.parametrize(
    ("content", "command"),
    [(b"", ["summary"]), (b"", ["check"]), (b"", ["demo"]), (b"", ["export", "--out", "{file}"]),
     (b"", ["import", "{workbook}"]), (b"Minutes of the meeting\n", ["demo"]),
     (b"PK\x03\x04 a zip", ["export", "--out", "{file}"])],
)  # fmt: skip
def test_an_empty_or_foreign_file_is_not_a_register(
    tmp_path: Path, user_home: Path, content: bytes, command: list[str]
) -> None:
    users_file = tmp_path / "notes.xlsx"  # even named as the export's target
    users_file.write_bytes(content)
    filled = [
        a.replace("{file}", str(users_file)).replace("{workbook}", str(legacy_example()))
        for a in command
    ]
    result = run_app(filled[0], "--db", str(users_file), *filled[1:], home=user_home)
    assert result.returncode == 2
    line = one_line_error(result)
    assert "not a register database" in line
    assert ("empty file" in line) == (content == b"")
    assert users_file.read_bytes() == content  # untouched


def test_only_a_path_with_no_file_yet_becomes_a_new_register(
    tmp_path: Path, user_home: Path
) -> None:
    new = tmp_path / "new.db"
    assert run_app("demo", "--db", str(new), home=user_home).returncode == 0
    assert run_app("check", "--db", str(new), home=user_home).returncode == 0
    imported = tmp_path / "imported.db"
    result = run_app("import", "--db", str(imported), str(legacy_example()), home=user_home)
    assert result.returncode == 0, result.stderr
    assert Store.open(imported).schema_state().revision == HEAD


def test_an_opendocument_spreadsheet_is_named_for_what_it_is(
    tmp_path: Path, user_home: Path, register: Path
) -> None:
    sheet = tmp_path / "memberships.ods"
    with zipfile.ZipFile(sheet, "w") as archive:  # as LibreOffice writes it: mimetype first
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    before = fingerprint(register)
    result = run_app("import", "--db", str(register), str(sheet), "--year", "2007",
                 home=user_home)  # fmt: skip
    assert result.returncode == 1
    line = one_line_error(result)
    assert "memberships.ods is an OpenDocument spreadsheet (.ods)" in line
    assert "save it as an Excel Workbook (.xlsx)" in line and "damaged" not in line
    assert fingerprint(register) == before


def test_an_export_never_overwrites_the_register_it_reads(tmp_path: Path, user_home: Path) -> None:
    register = tmp_path / "register.xlsx"  # a register file, named as a workbook
    store = Store.open(register, actor="tester")
    small_register(store)
    store.close()
    before = fingerprint(register)
    result = run_app("export", "--db", str(register), "--out", str(tmp_path / "." / register.name),
                 "--year", "2007", home=user_home)  # fmt: skip
    assert result.returncode == 2
    assert "is the register itself" in one_line_error(result)
    assert fingerprint(register) == before


@pytest.mark.parametrize("command", [["summary"], ["export", "--out", "{long}.xlsx"]])
def test_a_path_the_system_refuses_is_one_line(
    tmp_path: Path, user_home: Path, register: Path, command: list[str]
) -> None:
    long = str(tmp_path / ("a" * 300))  # longer than a file name may be
    database = f"{long}.db" if command == ["summary"] else str(register)
    filled = [a.replace("{long}", long) for a in command]
    result = run_app(filled[0], "--db", database, *filled[1:], home=user_home)
    assert result.returncode == 2
    assert "File name too long" in one_line_error(result)
