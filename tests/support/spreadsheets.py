"""Registers and workbooks for the spreadsheet tests; workbooks read with python-calamine,
a reader independent of openpyxl, which writes them."""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from python_calamine import CalamineWorkbook

from app.rows import AssessmentData, PositionData
from app.services import assessments, departments, memberships, reviews
from app.store import Store
from tests.support.builders import SmallRegister, small_register
from tests.support.legacy import write_legacy_register

ROOT = Path(__file__).resolve().parents[2]


def rich_register(store: Store) -> SmallRegister:
    """The small register with a position of trust, notes, a coordinator, an
    assessment and a review decision in 2007."""
    built = small_register(store)
    detail = memberships.get_membership(store, built.eurocities_membership)
    position = PositionData("Board member", 2006, "Executive Committee", built.anna, 2008)
    data = replace(detail.data(), notes="Renewed 2006", notice_months=6, positions=(position,))
    memberships.update_membership(store, detail.id, data, version=detail.version)
    slk = departments.get_department(store, built.slk)
    departments.update_department(
        store,
        built.slk,
        replace(slk.data(), coordinator_id=built.anna, strategy_year=2005),
        version=slk.version,
    )
    assessments.save_assessment(
        store,
        AssessmentData(
            built.eurocities_membership, 2007, "Influence on EU policy", 4, 3, 1, 1,
            Decimal("1200"), "keep", "Anna Berg", dt.date(2007, 11, 1),
        ),
    )  # fmt: skip
    review = reviews.create_review(store, 2007, held_on=dt.date(2007, 12, 1))
    reviews.record_decision(store, review.id, built.eurocities_membership, "keep", "Good value")
    return built


def read_sheets(path: Path) -> dict[str, list[list[object]]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def as_records(rows: list[list[object]]) -> list[dict[str, object]]:
    """The rows below the header as dicts by header, empty cells left out."""
    header = [str(h) for h in rows[0]]
    return [{h: v for h, v in zip(header, row, strict=False) if v != ""} for row in rows[1:]]


def legacy_example() -> Path:
    """The legacy list, written once per test run into a folder of its own."""
    global _legacy
    if _legacy is None or not _legacy.exists():
        folder = Path(tempfile.mkdtemp(prefix="legacy-register-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _legacy = write_legacy_register(folder)
    return _legacy


_legacy: Path | None = None
