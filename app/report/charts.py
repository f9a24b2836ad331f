"""The report's charts: memberships and fees per year, fees by department."""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.report.content import ReportData
from app.report.svg import Bar, bar_chart, column_chart
from app.report.words import Words
from app.services.overview import top_with_rest
from app.valuation import total

TOP_DEPARTMENTS = 8


@dataclass(frozen=True)
class Chart:
    ident: str
    title: str  # plain text
    svg: str
    print_width: int  # width in the PDF, in layout pixels (96 per inch)
    wide: bool = False  # across the whole page on the web


def report_charts(data: ReportData, words: Words) -> list[Chart]:
    return [_memberships_per_year(data, words), _fees_per_year(data, words),
            _fees_by_department(data, words)]  # fmt: skip


def _memberships_per_year(data: ReportData, words: Words) -> Chart:
    points = data.overview.per_year
    title = words.plain(N_("report", "Memberships per year"))
    desc = "; ".join(f"{p.year}: {words.number(p.memberships)}" for p in points)
    bars = [Bar(str(p.year), p.memberships, p.year == data.year) for p in points]
    svg = column_chart("chart-memberships", title, desc, bars, words.number, whole=True)
    return Chart("chart-memberships", title, svg, 320)


def _fees_per_year(data: ReportData, words: Words) -> Chart:
    points = data.overview.per_year
    title = words.plain(N_("report", "Membership fees per year, SEK"))
    desc = "; ".join(f"{p.year}: {words.sek(p.fees_sek)}" for p in points)
    bars = [
        Bar(str(p.year), None if p.fees_sek is None else float(p.fees_sek), p.year == data.year)
        for p in points
    ]
    svg = column_chart("chart-fees", title, desc, bars, words.number, whole=False)
    return Chart("chart-fees", title, svg, 320)


def _fees_by_department(data: ReportData, words: Words) -> Chart:
    top, rest = top_with_rest(data.overview.fees_by_department, TOP_DEPARTMENTS)
    bars = [Bar(d.department, float(d.fees_sek)) for d in top]
    if rest:
        label = words.plain(N_("report", "Other departments ({count})"), count=len(rest))
        bars.append(Bar(label, float(total(d.fees_sek for d in rest)), other=True))
    title = words.plain(
        N_("report", "Membership fees by responsible department {year}, SEK"), year=data.year
    )
    desc = "; ".join(f"{b.label}: {words.sek(b.value)}" for b in bars)
    svg = bar_chart("chart-departments", title, desc, bars, words.number)
    return Chart("chart-departments", title, svg, 400, wide=True)
