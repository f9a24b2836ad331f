"""`export` and `import` run as a user would: a separate process, exit codes, plain lines."""

from __future__ import annotations

import subprocess
from pathlib import Path

from python_calamine import CalamineWorkbook

from tests.support.cli import register_file, run_app
from tests.support.spreadsheets import legacy_example


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return run_app(*args, home=home, LANG="en_GB.UTF-8")


def test_help_lists_export_and_import(user_home: Path) -> None:
    result = run("--help", home=user_home)
    assert "export" in result.stdout and "import" in result.stdout


def test_export_writes_the_workbook(tmp_path: Path, user_home: Path) -> None:
    database = register_file(tmp_path / "register.db")
    out = tmp_path / "register 2007.xlsx"
    result = run("export", "--db", str(database), "--out", str(out), "--year", "2007",
                 "--lang", "sv", home=user_home)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "the register of 2007, 2 memberships" in result.stdout
    names = CalamineWorkbook.from_path(str(out)).sheet_names
    assert names[:3] == ["Sammanfattning", "Medlemskap", "Organisationer"]  # --lang sv
    assert "Växelkurser" in names and "Matris" in names
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in names)  # Excel's rules
    english = run("export", "--db", str(database), "--out", str(out), "--year", "2007",
                  "--lang", "en", home=user_home)  # fmt: skip
    assert english.returncode == 0, english.stderr
    assert "Memberships" in CalamineWorkbook.from_path(str(out)).sheet_names


def test_export_usage_and_file_errors(tmp_path: Path, user_home: Path) -> None:
    database = register_file(tmp_path / "register.db")
    missing = run("export", "--db", str(tmp_path / "none.db"), "--out", "x.xlsx", home=user_home)
    assert missing.returncode == 2 and "There is no database" in missing.stderr
    no_out = run("export", "--db", str(database), home=user_home)
    assert no_out.returncode == 2 and "--out" in no_out.stderr
    nowhere = run("export", "--db", str(database), "--out", str(tmp_path / "no" / "x.xlsx"),
                  home=user_home)  # fmt: skip
    assert nowhere.returncode == 1 and "does not exist" in nowhere.stderr
    assert "Traceback" not in nowhere.stderr


def test_import_dry_run_creates_no_database(tmp_path: Path, user_home: Path) -> None:
    database = tmp_path / "new.db"
    result = run(
        "import", "--db", str(database), str(legacy_example()), "--dry-run", home=user_home
    )
    assert result.returncode == 0, result.stderr
    assert "Memberships: 24 new, 0 updated, 0 already there" in result.stdout
    assert "row 30: A total row ('Summa'): left out." in result.stdout
    assert "Dry run: nothing was written." in result.stdout
    assert not database.exists()


def test_import_creates_the_database_and_writes(tmp_path: Path, user_home: Path) -> None:
    database = tmp_path / "new.db"
    result = run("import", "--db", str(database), str(legacy_example()), home=user_home)
    assert result.returncode == 0, result.stderr
    summary = run("summary", "--db", str(database), "--year", "2007", "--json", home=user_home)
    assert '"organisations": 20, "networks": 4' in summary.stdout


def test_import_of_a_file_with_problems_writes_nothing(tmp_path: Path, user_home: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Organisation", "Förvaltning/bolag", "Årsavgift"])
    book.active.append(["Metropolis", "Stadsledningskontoret", "sex tusen"])
    book.save(tmp_path / "lista 2007.xlsx")
    database = register_file(tmp_path / "register.db")
    before = database.read_bytes()
    result = run("import", "--db", str(database), str(tmp_path / "lista 2007.xlsx"), home=user_home)
    assert result.returncode == 1
    assert "row 2, column C (Årsavgift): 'sex tusen' is not an amount." in result.stdout
    assert database.read_bytes() == before


def test_import_usage_errors(tmp_path: Path, user_home: Path) -> None:
    database = tmp_path / "new.db"
    missing = run("import", "--db", str(database), str(tmp_path / "gone.xlsx"), home=user_home)
    assert missing.returncode == 2 and "there is no file" in missing.stderr
    text = tmp_path / "list.xlsx"
    text.write_text("not a workbook")
    broken = run("import", "--db", str(database), str(text), home=user_home)
    assert broken.returncode == 1 and "is not an Excel workbook" in broken.stderr
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Organisation", "Förvaltning"])
    book.active.append(["Metropolis", "SLK"])
    book.save(tmp_path / "lista.xlsx")
    no_year = run("import", "--db", str(database), str(tmp_path / "lista.xlsx"), home=user_home)
    assert no_year.returncode == 2 and "--year" in no_year.stderr
    assert not database.exists()
