"""The published report: valid, accessible, self-contained HTML holding every membership;
and the `report` command's exit codes, run as a user would."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from collections.abc import Iterator
from html import escape
from pathlib import Path

import html5lib
import pytest

from app.numbers import number, signed
from app.report import ReportData, gather, print_html, web_html, write_html
from app.services.register import memberships_for_year, year_summary
from app.store import Store
from tests.support.builders import small_register
from tests.support.cli import run_app
from tests.support.example import example_in

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2008, 2, 14)
XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    folder = tmp_path_factory.mktemp("report")
    for store in example_in(folder):
        yield store, folder / "register.db"


@pytest.fixture(scope="module")
def data_2007(example: tuple[Store, Path]) -> ReportData:
    return gather(example[0], 2007, TODAY)


def parse_strictly(page: str):  # type: ignore[no-untyped-def]
    """html5lib in strict mode raises on any parse error of the HTML standard."""
    return html5lib.HTMLParser(strict=True).parse(page)


def texts(tree, tag: str) -> list[str]:  # type: ignore[no-untyped-def]
    return ["".join(node.itertext()).strip() for node in tree.iter(f"{XHTML}{tag}")]


def caption(table) -> str:  # type: ignore[no-untyped-def]
    return "".join(table.find(f"{XHTML}caption").itertext())


def test_the_page_is_valid_html_with_what_accessibility_needs(data_2007: ReportData) -> None:
    page = web_html(data_2007, "sv")
    tree = parse_strictly(page)
    assert page.startswith("<!DOCTYPE html>")
    assert tree.get("lang") == "sv"
    assert tree.find(f"{XHTML}head/{XHTML}meta[@name='viewport']") is not None
    assert len(texts(tree, "h1")) == 1
    headings = texts(tree, "h2")
    assert headings[1:] == ["Sammanfattning", "Medlemskap per förvaltning och bolag",
                            "Vem deltar var", "Förtroendeposter",
                            "Förändringar sedan föregående år"]  # fmt: skip
    tables = list(tree.iter(f"{XHTML}table"))
    assert tables and all(t.find(f"{XHTML}caption") is not None for t in tables)
    assert all(t.find(f"{XHTML}thead/{XHTML}tr/{XHTML}th") is not None for t in tables)
    svgs = list(tree.iter("{http://www.w3.org/2000/svg}svg"))
    assert len(svgs) == 3 and all(s.get("role") == "img" for s in svgs)
    assert all(s.find("{http://www.w3.org/2000/svg}title") is not None for s in svgs)
    ids = [node.get("id") for node in tree.iter() if node.get("id")]
    assert len(ids) == len(set(ids))


def test_the_page_needs_nothing_from_outside(data_2007: ReportData) -> None:
    page = web_html(data_2007)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<link" not in page and "<script" not in page and "@import" not in page
    assert "<style>" in page and "@media (max-width" in page


def test_every_membership_of_the_year_is_in_the_page(example: tuple[Store, Path]) -> None:
    store = example[0]
    for year in (2005, 2007, 2008):
        page = web_html(gather(store, year, TODAY))
        tree = parse_strictly(page)
        rows = memberships_for_year(store, year)
        tables = [t for t in tree.iter(f"{XHTML}table")
                  if re.match(r"Medlemskap som .* ansvarar för", caption(t))]  # fmt: skip
        listed = [
            "".join(th.itertext()).split(" (Nätverk)")[0]
            for t in tables for th in t.iter(f"{XHTML}th") if th.get("scope") == "row"
            and "".join(th.itertext()) != "Summa"
        ]  # fmt: skip
        assert sorted(listed) == sorted(r.organisation for r in rows)
        for row in rows:
            assert escape(row.organisation, quote=False) in page


def test_summary_figures_are_the_services(
    data_2007: ReportData, example: tuple[Store, Path]
) -> None:
    tree = parse_strictly(web_html(data_2007, "sv"))
    table = next(t for t in tree.iter(f"{XHTML}table") if "Nyckeltal" in caption(t))
    cells = {
        "".join(tr[0].itertext()): ["".join(td.itertext()) for td in tr[1:]]
        for tr in table.iter(f"{XHTML}tr") if tr[0].get("scope") == "row"
    }  # fmt: skip
    now, before = year_summary(example[0], 2007), year_summary(example[0], 2006)
    assert cells["Organisationer"] == ["83", "76", "\u22127"]
    assert cells["Nätverk"] == [str(before.networks), str(now.networks), "\u22121"]
    assert cells["Medlemsavgifter, kr"][1] == number(now.fees_sek, "sv") == "1\u00a0301\u00a0257"


def test_english_numbers_and_language(data_2007: ReportData) -> None:
    page = web_html(data_2007, "en")
    assert '<html lang="en">' in page and "1,301,257" in page
    assert signed(-7, "en") == "\u22127" and signed(0, "sv") == "±0" and signed(3, "sv") == "+3"
    assert number(1234.5, "sv", 2) == "1\u00a0234,50"


def test_matrix_and_department_totals(data_2007: ReportData) -> None:
    matrix = data_2007.matrix()
    assert len(matrix) == 81  # 76 organisations and 5 networks
    totals = {t.department.short_name: t for t in data_2007.department_totals()}
    eurocities = next(r for r in matrix if r.organisation == "Eurocities")
    slk = next(d for d in data_2007.departments if d.short_name == "SLK")
    assert eurocities.marks[slk.id] == "R"
    assert sum(mark == "P" for mark in eurocities.marks.values()) == 6
    assert totals["SLK"].responsible == sum(slk.id in r.marks and r.marks[slk.id] == "R"
                                            for r in matrix)  # fmt: skip


def test_the_print_variant_names_its_charts(data_2007: ReportData) -> None:
    report = print_html(data_2007)
    assert set(report.charts) == {"chart-memberships", "chart-fees", "chart-departments"}
    for name in report.charts:
        assert f'src="{name}"' in report.html
    assert report.title == "Internationella medlemskap 2007"


def test_a_small_register_and_writing_whole(store: Store, tmp_path: Path) -> None:
    small_register(store)
    path = write_html(store, 2007, tmp_path / "report.html", "sv")
    page = path.read_text(encoding="utf-8")
    parse_strictly(page)
    assert "Eurocities" in page and "Union of Baltic Cities" in page  # ended in 2006: a change
    assert not list(tmp_path.glob("*.part"))


# --- the command ----------------------------------------------------------------


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    # QT_QPA_PLATFORM removed: the command must manage without a screen by itself.
    return run_app("report", *args, home=home, timeout=180, QT_QPA_PLATFORM=None)


def test_report_command_writes_html_and_pdf(example: tuple[Store, Path], tmp_path: Path) -> None:
    database = str(example[1])
    html = run("--db", database, "--year", "2007", "--out", str(tmp_path / "r.html"),
               home=tmp_path)  # fmt: skip
    assert html.returncode == 0, html.stderr
    parse_strictly((tmp_path / "r.html").read_text(encoding="utf-8"))
    pdf = run("--db", database, "--year", "2007", "--format", "pdf", "--lang", "en",
              "--out", str(tmp_path / "r.out"), home=tmp_path)  # fmt: skip
    assert pdf.returncode == 0, pdf.stderr
    assert (tmp_path / "r.out").read_bytes().startswith(b"%PDF")
    assert re.search(r"\(\d+ pages\)", pdf.stdout)


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--year", "1900", "--out", "{tmp}/r.html"], 1, "no memberships in 1900"),
        (["--year", "2007", "--out", "{tmp}/missing/r.html"], 2, "does not exist"),
        (["--year", "2007", "--out", "{tmp}/r.txt"], 2, "--format"),
        (["--year", "99999", "--out", "{tmp}/r.html"], 2, "not a year from 1900 to 2200"),
        (
            ["--year", "2007", "--format", "html", "--out", "{tmp}/r.pdf"],
            2,
            "names a PDF, but --format html",
        ),
        (["--year", "2007", "--format", "pdf", "--out", "{tmp}/r.htm"], 2, "names a web page"),
        (["--year", "2007", "--format", "doc", "--out", "{tmp}/r.html"], 2, "invalid choice"),
    ],
)
def test_report_command_refuses_plainly(
    example: tuple[Store, Path], tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    result = run("--db", str(example[1]), *filled, home=tmp_path)
    assert result.returncode == code
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("r.*"))


def test_report_command_on_a_missing_database(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.db"), "--year", "2007", "--out",
                 str(tmp_path / "r.html"), home=tmp_path)  # fmt: skip
    assert result.returncode == 2 and "no database" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_report_command_speaks_the_language_chosen_in_the_window(
    example: tuple[Store, Path], tmp_path: Path
) -> None:
    """Without --lang: the window's choice (its settings file), else the system's."""
    out = tmp_path / "r.html"
    settings = tmp_path / "config" / "settings.ini"
    settings.parent.mkdir()
    settings.write_text("[%General]\nlanguage=sv\n", encoding="utf-8")  # as QSettings writes
    assert run("--db", str(example[1]), "--year", "2007", "--out", str(out),
               home=tmp_path).returncode == 0  # fmt: skip
    page = out.read_text(encoding="utf-8")
    assert '<html lang="sv">' in page and "Sammanfattning" in page and "Förtroendeposter" in page
    settings.write_text("[%General]\nlanguage=en\n", encoding="utf-8")
    assert run("--db", str(example[1]), "--year", "2007", "--out", str(out),
               home=tmp_path).returncode == 0  # fmt: skip
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Positions of trust" in page
