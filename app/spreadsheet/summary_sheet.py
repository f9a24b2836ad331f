"""The Summary sheet: the year in figures, against the two years before, and what changed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import ChangeRow, YearComparison, YearSummary
from app.spreadsheet import cells
from app.spreadsheet.data import RegisterData
from app.spreadsheet.sheets import translator
from app.spreadsheet.stream import SheetStyles, StreamSheet, styled, text_value
from app.spreadsheet.writer import set_page
from app.vocabulary import ORGANISATION_KINDS

YEAR_LABEL = N_("export", "Year")
CHANGE_FORMAT = "+#,##0;-#,##0;0"
FIGURES = (
    (N_("export", "Organisations"), "organisations"),
    (N_("export", "Networks"), "networks"),
    (N_("export", "Departments taking part"), "departments"),
    (N_("export", "Memberships"), "memberships"),
    (N_("export", "Positions of trust"), "positions"),
    (N_("export", "Total fees in SEK"), "fees_sek"),
)


def write_summary(
    sheet: StreamSheet, styles: SheetStyles, data: RegisterData, language: str
) -> None:
    t = translator(language)
    for letter, width in zip("ABCDEF", (38, 24, 34, 16, 14, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    set_page(sheet, title_rows=None)
    title = t(N_("export", "Membership register {year}")).format(year=data.year)
    sheet.append([text_value(styles, title, styles.title)])
    sheet.append([t(YEAR_LABEL), data.year])
    exported = t(N_("export", "Exported on"))
    sheet.append([exported, styled(dt.date.today(), styles.number(cells.DATE))])
    sheet.append([])
    _figures(sheet, styles, data.comparisons, language)
    for comparison in data.comparisons:
        before = comparison.before.year
        joined = t(N_("export", "Joined since {year}")).format(year=before)
        left = t(N_("export", "Left since {year}")).format(year=before)
        _changes(sheet, styles, joined, comparison.joined, language)
        _changes(sheet, styles, left, comparison.left, language)


def _figures(
    sheet: StreamSheet,
    styles: SheetStyles,
    comparisons: Sequence[YearComparison],
    language: str,
) -> None:
    t = translator(language)
    now = comparisons[0].after
    change = t(N_("export", "Change"))
    header = [t(N_("export", "Figure")), str(now.year)]
    for comparison in comparisons:
        header += [str(comparison.before.year), change]
    sheet.append([text_value(styles, h, styles.header) for h in header])
    for text, name in FIGURES:
        money = name == "fees_sek"
        row: list[object] = [t(text), _value(sheet, styles, getattr(now, name), money)]
        for comparison in comparisons:
            before = getattr(comparison.before, name)
            row.append(_value(sheet, styles, before, money))
            row.append(styled(getattr(now, name) - before, styles.number(CHANGE_FORMAT)))
        sheet.append(row)
    missing = sorted({c for comp in comparisons for c in _missing(comp.before, comp.after)})
    if missing:
        note = t(N_("export", "No exchange rate for {currencies}: those fees are left out."))
        sheet.append([note.format(currencies=", ".join(missing))])
    sheet.append([])


def _missing(*summaries: YearSummary) -> set[str]:
    return {c for s in summaries for c in s.missing_rates}


def _value(sheet: StreamSheet, styles: SheetStyles, value: object, money: bool) -> object:
    if money:
        return styled(value, styles.money("SEK", False))
    return value


def _changes(
    sheet: StreamSheet,
    styles: SheetStyles,
    title: str,
    changes: Sequence[ChangeRow],
    language: str,
) -> None:
    t = translator(language)
    sheet.append([text_value(styles, title, styles.bold)])
    if not changes:
        sheet.append([t(N_("export", "None"))])
        sheet.append([])
        return
    headers = [t(N_("export", "Organisation")), t(N_("export", "Kind"))]
    headers += [t(N_("export", "Responsible department")), t(N_("export", "Fee in SEK"))]
    sheet.append([text_value(styles, h, styles.header) for h in headers])
    for change in changes:
        fee = change.fee_sek if change.fee_sek is not None else None
        sheet.append([
            text_value(styles, change.organisation),
            ORGANISATION_KINDS.label(change.kind, language),
            text_value(styles, change.department),
            None if fee is None else styled(Decimal(fee), styles.money("SEK", False)),
        ])  # fmt: skip
    sheet.append([])
