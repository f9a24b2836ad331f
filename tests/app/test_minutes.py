"""The review minutes as HTML, and the review's sheets in the export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import Workbook
from python_calamine import CalamineWorkbook

from app.errors import ValidationError
from app.report.minutes import minutes_html
from app.services import reviews
from app.services.review_closing import close_review, reopen_review
from app.spreadsheet.review_sheets import write_review_sheets
from tests.support.builders import small_register
from tests.support.review import read_tables


def test_minutes_list_every_decision_under_its_heading(store) -> None:
    reg = small_register(store)
    review = reviews.create_review(
        store, 2007, held_on=dt.date(2008, 2, 12), participants="Anna Berg <SLK>"
    )
    reviews.record_decision(store, review.id, reg.eurocities_membership, "leave", "Too costly")
    draft = read_tables(minutes_html(store, 2007, "en"))
    assert [r[0] for r in draft["Not yet decided (1)"][1:]] == ["Nordens Större Städer"]
    reviews.record_decision(store, review.id, reg.nss_membership, "keep", "Nordic & useful")
    close_review(store, review.id)
    html = minutes_html(store, 2007, "en")
    assert "Anna Berg &lt;SLK&gt;" in html and "<script" not in html
    tables = read_tables(html)
    left = tables["Left (1)"]
    assert left[0][:3] == ["Organisation", "Responsible department", "Fee (SEK)"]
    assert (
        left[1][0] == "Eurocities"
        and left[1][2] == "138,750"
        and left[1][5] == "Too costly\ndecided by tester"
    )
    assert tables["Kept (1)"][1][0] == "Nordens Större Städer"
    assert tables["Kept (1)"][1][5].startswith("Nordic & useful\n")
    outcome = dict(tuple(r) for r in tables["Outcome"])
    assert outcome["Left"] == "1" and outcome["Fees saved a year (SEK)"] == "138,750"
    figures = dict(tuple(r) for r in tables["The register of 2007"])
    assert figures["Organisations"] == "1" and figures["Networks"] == "1"
    assert "Not yet decided (0)" not in tables


def test_minutes_record_a_reopening_and_need_a_review(store) -> None:
    reg = small_register(store)
    with pytest.raises(ValidationError, match="no review of 2007"):
        minutes_html(store, 2007)
    review = reviews.create_review(store, 2007)
    for membership_id in (reg.eurocities_membership, reg.nss_membership):
        reviews.record_decision(store, review.id, membership_id, "keep")
    close_review(store, review.id)
    reopen_review(store, review.id, "A decision was recorded wrongly")
    tables = read_tables(minutes_html(store, 2007, "en"))
    assert "History" in tables
    assert "A decision was recorded wrongly" in minutes_html(store, 2007, "en")


def test_review_sheets_hold_real_values_and_keep_text_as_text(store, tmp_path) -> None:
    reg = small_register(store)
    workbook = Workbook()
    assert write_review_sheets(workbook, store, 2007, "en") == []
    review = reviews.create_review(store, 2007, held_on=dt.date(2008, 2, 12))
    reviews.record_decision(store, review.id, reg.eurocities_membership, "leave", "=SUM(A1)")
    reviews.record_decision(store, review.id, reg.nss_membership, "postpone", "-ask MF")
    close_review(store, review.id)
    titles = write_review_sheets(workbook, store, 2007, "en")
    assert titles == ["Review 2007", "Decisions 2007"]
    path = tmp_path / "export.xlsx"
    workbook.save(path)
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_name("Decisions 2007").to_python()
    assert rows[0][:4] == ["Organisation", "Kind", "Responsible department", "Fee (SEK)"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Eurocities"][3] == pytest.approx(138750.0)
    assert by_name["Eurocities"][6:8] == ["Leave", "=SUM(A1)"]
    assert by_name["Nordens Större Städer"][6:8] == ["Postpone", "-ask MF"]
    summary = dict((r[0], r[1]) for r in book.get_sheet_by_name("Review 2007").to_python())
    assert summary["Held on"] == dt.date(2008, 2, 12)
    assert summary["Fees saved a year (SEK)"] == pytest.approx(float(Decimal("138750")))
    assert summary["Organisations"] == 1
