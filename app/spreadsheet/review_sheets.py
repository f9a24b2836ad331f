"""The review's sheets in the one-click export: its outcome, and every decision.

`write_review_sheets(workbook, store, year, language)` adds two sheets to an
openpyxl workbook ("Review 2007" with the outcome and the year's figures,
"Decisions 2007" with one row per membership) and returns their titles; it
adds nothing where the year has no review. Values are real numbers and dates;
text that a spreadsheet would read as a formula stays text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.report.minutes import MinutesData, Tr, minutes_data
from app.services.reviews import review_for_year
from app.store import Store
from app.vocabulary import (
    DECISIONS,
    ORGANISATION_KINDS,
    OUTCOMES,
    RECOMMENDATIONS,
    REVIEW_STATUSES,
    DecisionKind,
)

SEK_FORMAT = "#,##0"
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DECISION_COLUMNS = (
    (N_("minutes", "Organisation"), 40),
    (N_("minutes", "Kind"), 14),
    (N_("minutes", "Responsible department"), 32),
    (N_("minutes", "Fee (SEK)"), 12),
    (N_("minutes", "Rating"), 8),
    (N_("minutes", "Recommendation"), 16),
    (N_("minutes", "Decision"), 14),
    (N_("minutes", "Reason"), 60),
    (N_("minutes", "Decided by"), 18),
)


def write_review_sheets(workbook: Workbook, store: Store, year: int, language: str) -> list[str]:
    if review_for_year(store, year) is None:
        return []
    data = minutes_data(store, year)

    def t(text: str) -> str:
        return translate("minutes", text, language)

    summary = workbook.create_sheet(t(N_("minutes", "Review {year}")).format(year=year)[:31])
    _write_summary(summary, data, t, language)
    decisions = workbook.create_sheet(t(N_("minutes", "Decisions {year}")).format(year=year)[:31])
    _write_decisions(decisions, data, t, language)
    return [summary.title, decisions.title]


def _write_summary(sheet: Worksheet, data: MinutesData, tr: Tr, language: str) -> None:
    review, outcome, figures = data.review, data.outcome, data.figures
    closed_at = None
    if review.closed_at:  # stored in UTC; a spreadsheet shows the local time
        closed_at = review.closed_at.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    rows: list[tuple[str, object, str | None]] = [
        (tr(N_("minutes", "Year")), review.year, "0"),
        (tr(N_("minutes", "Held on")), review.held_on, "yyyy-mm-dd"),
        (tr(N_("minutes", "Participants")), review.participants, None),
        (tr(N_("minutes", "Status")), REVIEW_STATUSES.label(review.status, language), None),
        (tr(N_("minutes", "Closed on")), closed_at, "yyyy-mm-dd hh:mm"),
        (OUTCOMES.label(DecisionKind.KEEP, language), len(outcome.kept), "0"),
        (OUTCOMES.label(DecisionKind.LEAVE, language), len(outcome.left), "0"),
        (tr(N_("minutes", "Fees saved a year (SEK)")), outcome.fees_saved_sek, SEK_FORMAT),
        (OUTCOMES.label(DecisionKind.CHANGE, language), len(outcome.changed), "0"),
        (OUTCOMES.label(DecisionKind.POSTPONE, language), len(outcome.postponed), "0"),
        (OUTCOMES.label("", language), len(outcome.undecided), "0"),
        (tr(N_("minutes", "Organisations")), figures.organisations, "0"),
        (tr(N_("minutes", "Networks")), figures.networks, "0"),
        (tr(N_("minutes", "Memberships")), figures.memberships, "0"),
        (tr(N_("minutes", "Departments and companies taking part")), figures.departments, "0"),
        (tr(N_("minutes", "Positions of trust")), figures.positions, "0"),
        (tr(N_("minutes", "Membership fees (SEK)")), figures.fees_sek, SEK_FORMAT),
    ]
    for row, (label, value, number_format) in enumerate(rows, start=1):
        sheet.cell(row, 1, label).font = Font(bold=True)
        cell = sheet.cell(row, 2)
        _set(cell, value)
        if number_format and value is not None:
            cell.number_format = number_format
        cell.alignment = Alignment(horizontal="left", wrap_text=isinstance(value, str))
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 60


def _write_decisions(sheet: Worksheet, data: MinutesData, tr: Tr, language: str) -> None:
    for column, (header, width) in enumerate(DECISION_COLUMNS, start=1):
        cell = sheet.cell(1, column, tr(header))
        cell.font, cell.fill = Font(bold=True), HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = width
    row = 1
    for kind, lines in data.outcome.groups().items():
        for line in lines:
            row += 1
            values: Sequence[object] = (
                line.organisation, ORGANISATION_KINDS.label(line.kind, language),
                line.department, line.fee_sek, line.rating,
                RECOMMENDATIONS.label(line.recommendation, language),
                DECISIONS.label(kind, language), line.rationale, line.decided_by,
            )  # fmt: skip
            for column, value in enumerate(values, start=1):
                _set(sheet.cell(row, column), value)
            sheet.cell(row, 4).number_format = SEK_FORMAT
            sheet.cell(row, 8).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(DECISION_COLUMNS))}{max(row, 2)}"


def _set(cell: Cell, value: object) -> None:
    """Writes a real value; text that looks like a formula stays text."""
    if isinstance(value, Decimal):
        value = float(value)
    cell.value = value
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell.data_type = "s"
