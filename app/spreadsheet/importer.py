"""Importing a workbook: the program's own export or an older list of memberships.

Three steps, each usable on its own (the import dialog shows what is between):

1. `open_source(path)` reads the workbook, recognises its sheets, finds each
   header row below any title rows and suggests a field for every column;
   the caller may change `SheetSource.mapping`.
2. `plan_import(store, source)` reads the rows through the mappings into an
   `ImportPlan`: what will be created, updated and left, and every problem
   with its sheet, row and column. Nothing is written.
3. `apply_import(store, plan)` writes the plan in one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import RegisterError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.progress import Progress
from app.spreadsheet.apply import ImportRefusedError, ImportResult, apply_import
from app.spreadsheet.builder import PlanBuilder, SheetSource
from app.spreadsheet.checks import check_plan
from app.spreadsheet.decide import decide
from app.spreadsheet.headers import (
    find_header_row,
    in_every_language,
    kind_of_sheet,
    normalise,
    suggest_mapping,
)
from app.spreadsheet.matching import RegisterIndex
from app.spreadsheet.memberships_sheet import read_memberships
from app.spreadsheet.other_sheets import read_sheet
from app.spreadsheet.parsing import as_text, years_in
from app.spreadsheet.plan import ImportPlan, SheetPlan
from app.spreadsheet.problems import Findings, Where
from app.spreadsheet.reader import SheetGrid, read_workbook
from app.spreadsheet.summary_sheet import YEAR_LABEL
from app.store import Store

__all__ = [
    "ImportPlan", "ImportRefusedError", "ImportResult", "ImportSource", "SheetSource",
    "YearMissingError", "apply_import", "open_source", "plan_import",
]  # fmt: skip

DATA_KINDS = ("rates", "organisations", "departments", "memberships", "contacts", "positions",
              "assessments", "decisions")  # fmt: skip  # the order rows are read in
YEAR_MISSING = N_(
    "import",
    "The year of the register in {name} could not be found in its titles or name. "
    "Give the year the list is for.",
)
NOT_READ = N_(
    "import",
    "No header row naming the organisation and the department was found: the sheet is not read.",
)
DERIVED = N_("import", "Computed from the other sheets: not read.")
NO_LIST = N_(
    "import",
    "No sheet has a header row naming the organisation and the responsible department. "
    "Choose the columns in the mapping, or check that this is a list of memberships.",
)


class YearMissingError(RegisterError):
    def __init__(self, name: str, language: str | None = None) -> None:
        super().__init__(translate("import", YEAR_MISSING, language).format(name=name))


@dataclass
class ImportSource:
    path: Path
    sheets: list[SheetSource]
    own_export: bool
    year: int | None  # the year found in the workbook, if any
    year_from: str

    def sheet(self, name: str) -> SheetSource:
        return next(s for s in self.sheets if s.name == name)


def open_source(path: str | os.PathLike[str], progress: Progress | None = None) -> ImportSource:
    target = Path(path)
    grids = read_workbook(target, progress, wanted=_worth_reading)
    own_export = any(kind_of_sheet(g.name) == "memberships" for g in grids)
    sheets = [_sheet_source(g, own_export) for g in grids]
    year, year_from = _year(target, sheets)
    return ImportSource(target, sheets, own_export, year, year_from)


def _worth_reading(names: list[str], name: str) -> bool:
    """In the program's own export, the computed sheets (the matrix, fees by year) are
    never read: with a large register the matrix alone has millions of cells."""
    own_export = any(kind_of_sheet(n) == "memberships" for n in names)
    return not (own_export and kind_of_sheet(name) == "derived")


def _sheet_source(grid: SheetGrid, own_export: bool) -> SheetSource:
    kind = kind_of_sheet(grid.name) if own_export else None
    if kind in ("summary", "derived", "review"):
        return SheetSource(grid, kind, None, [])
    kind = kind or "memberships"
    header = find_header_row(kind, grid.rows)
    if header is None:
        return SheetSource(grid, None, None, [])
    return SheetSource(grid, kind, header, suggest_mapping(kind, grid.rows[header]))


def review_facts(rows: list[tuple[object, ...]]) -> dict[str, object]:
    """The date and participants of the review, from the review's own sheet."""
    facts: dict[str, object] = {}
    held_on = in_every_language(N_("minutes", "Held on"), "minutes")
    participants = in_every_language(N_("minutes", "Participants"), "minutes")
    for row in rows:
        if len(row) < 2 or row[1] is None:
            continue
        label = normalise(as_text(row[0]))
        if label in held_on and isinstance(row[1], dt.date):
            facts["held_on"] = row[1] if type(row[1]) is dt.date else row[1].date()
        elif label in participants:
            facts["participants"] = as_text(row[1])
    return facts


def _year(path: Path, sheets: list[SheetSource]) -> tuple[int | None, str]:
    labels = in_every_language(YEAR_LABEL)
    for sheet in sheets:
        if sheet.kind == "summary":
            for row in sheet.grid.rows[:10]:
                if len(row) > 1 and normalise(as_text(row[0])) in labels:
                    found = list(years_in([as_text(row[1])]))
                    if found:
                        return found[0], sheet.name
    for sheet in sheets:
        if sheet.kind == "memberships":
            titles = [as_text(v) for row in sheet.grid.rows[: sheet.header_row] for v in row]
            for found in years_in(titles):
                return found, sheet.name
    for sheet in sheets:
        for found in years_in([sheet.name]):
            return found, sheet.name
    for found in years_in([path.stem]):
        return found, path.name
    return None, ""


def plan_import(
    store: Store | None,
    source: ImportSource,
    *,
    year: int | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing `source` would do to the register (an empty one when `store` is None)."""
    chosen = year or source.year
    if chosen is None:
        raise YearMissingError(source.path.name)
    progress = progress or Progress()
    progress.step(0, 3, "")
    index = RegisterIndex.load(store, chosen) if store is not None else RegisterIndex.empty(chosen)
    plan = ImportPlan(
        path=source.path, year=chosen, year_from="" if year else source.year_from,
        own_export=source.own_export, sheets=[_sheet_plan(s) for s in source.sheets],
        findings=Findings(), review_id=index.review_id,
    )  # fmt: skip
    builder = PlanBuilder(plan, index)
    builder.contacts_sheet = any(s.kind == "contacts" for s in source.sheets)
    progress.step(1, 3, "")
    _read(builder, source)
    progress.step(2, 3, "")
    decide(plan, index)
    check_plan(plan, index)
    return plan


def _sheet_plan(sheet: SheetSource) -> SheetPlan:
    headers = tuple(as_text(h) for h in sheet.headers)
    header_row = None if sheet.header_row is None else sheet.header_row + 1
    return SheetPlan(
        sheet.name, sheet.kind, header_row, headers, tuple(sheet.mapping), sheet.data_rows()
    )


def _read(builder: PlanBuilder, source: ImportSource) -> None:
    findings = builder.findings
    for sheet in source.sheets:
        if sheet.kind is None:
            findings.skipped(Where(sheet.name), NOT_READ)
        elif sheet.kind == "derived":
            findings.skipped(Where(sheet.name), DERIVED)
    if not any(s.kind == "memberships" for s in source.sheets):
        findings.error(None, NO_LIST)
    for sheet in source.sheets:
        if sheet.kind == "review":
            builder.plan.review.update(review_facts(sheet.grid.rows))
    for kind in DATA_KINDS:
        for sheet in source.sheets:
            if sheet.kind != kind:
                continue
            if kind == "memberships":
                read_memberships(builder, sheet)
            else:
                read_sheet(builder, sheet)
