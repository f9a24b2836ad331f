"""The register of a year as one self-contained HTML page, ready to publish.

Swedish by default. No external assets: the style sheet is inline and charts
are inline SVG, so the file can be put on the city's website or sent as it is.
Semantic headings, table captions and header cells, a skip link and a lang
attribute make it usable with a screen reader and on a phone.

`print_html` is the same content for Qt's rich text (the PDF): simpler CSS,
page breaks, and charts as image references that the PDF writer fills in
from the same SVG.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from app import __version__
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.report import sections, style
from app.report.charts import Chart, report_charts
from app.report.content import ReportData
from app.report.tables import num, row_header, table
from app.report.words import Words

ANCHORS = re.compile(r'\s(?:id|aria-labelledby)="[^"]*"')
TITLE = N_("report", "International memberships {year}")
HEADING = N_("report", "The city's memberships in international organisations and networks {year}")


@dataclass(frozen=True)
class PrintReport:
    """The report for Qt's rich text: HTML and the charts its images name."""

    html: str
    charts: dict[str, str]  # image name -> SVG
    title: str


def web_html(data: ReportData, language: str = "sv") -> str:
    words = Words(language)
    skip = words(N_("report", "Skip to the content"))  # lupdate does not read f-strings
    body = [
        f'<a class="skip" href="#main">{skip}</a>',
        '<div class="page">',
        _header(data, words),
        _contents(words),
        '<main id="main">',
        _summary(data, words, for_print=False),
        *sections.all_sections(data, words, for_print=False),
        "</main>",
        _footer(data, words),
        "</div>",
    ]
    return _document(data, words, style.WEB, "\n".join(body))


def print_html(data: ReportData, language: str = "sv") -> PrintReport:
    words = Words(language)
    body = [
        _header(data, words),
        _summary(data, words, for_print=True),
        *sections.all_sections(data, words, for_print=True),
        _footer(data, words),
    ]
    charts = {c.ident: c.svg for c in report_charts(data, words)}
    html = _without_anchors(_document(data, words, style.PRINT, "\n".join(body)))
    return PrintReport(html, charts, words.plain(TITLE, year=data.year))


def _without_anchors(html: str) -> str:
    """Qt's rich text turns an `id` into an anchor on the first letter, which a PDF
    reader then copies or reads aloud apart ("S ummary"); print needs no ids."""
    return ANCHORS.sub("", html)


def _document(data: ReportData, words: Words, css: str, body: str) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(words.language)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{words(TITLE, year=data.year)}</title>",
            f"<style>{css}</style>",
            "</head>",
            "<body>",
            body,
            "</body>",
            "</html>",
        ]
    )


def _header(data: ReportData, words: Words) -> str:
    parts = [
        "<header>",
        f"<h1>{words(HEADING, year=data.year)}</h1>",
        '<p class="lead">'
        + words(
            N_(
                "report",
                "Every membership the city's departments and companies held in {year}, "
                "what they cost and who takes part. Taken from the membership register "
                "on {date}.",
            ),
            year=data.year,
            date=data.generated_on.isoformat(),
        )
        + "</p>",
    ]
    if data.example:
        note = N_(
            "report",
            "Example data: the organisations are real, but fees, people and assessments "
            "are made up.",
        )
        parts.append(f'<p class="note"><strong>{words(note)}</strong></p>')
    parts.append("</header>")
    return "\n".join(parts)


def _contents(words: Words) -> str:
    items = [(ident, words(title)) for ident, title in sections.CONTENTS]
    links = "".join(f'<li><a href="#{i}">{t}</a></li>' for i, t in items)
    label = words(N_("report", "Contents"))
    heading = f'<h2 id="contents-title">{label}</h2>'
    return f'<nav aria-labelledby="contents-title">{heading}<ol>{links}</ol></nav>'


def _summary(data: ReportData, words: Words, *, for_print: bool) -> str:
    summary, previous = data.overview.summary, data.overview.previous
    parts = [
        '<section id="summary" aria-labelledby="summary-title">',
        f'<h2 id="summary-title">{words(sections.SUMMARY)}</h2>',
    ]
    if not for_print:
        parts.append(_figure_list(data, words))
    parts.append(_figures_table(data, words, for_print))
    if summary.missing_rates:
        missing = ", ".join(summary.missing_rates)
        text = N_("report", "Fees in {currencies} are left out: no exchange rate is on record.")
        parts.append(f'<p class="note">{words(text, currencies=missing)}</p>')
    if previous is None:
        text = N_("report", "The register holds no memberships for {year} to compare with.")
        parts.append(f"<p>{words(text, year=data.year - 1)}</p>")
    parts.append(_charts(data, words, for_print))
    parts.append(_per_year_table(data, words, for_print))
    parts.append("</section>")
    return "\n".join(parts)


def _figure_rows(data: ReportData, words: Words) -> list[tuple[str, str, str, str]]:
    """(label, this year, the year before, change) for each key figure."""
    now, before = data.overview.summary, data.overview.previous
    figures = [
        (N_("report", "Organisations"), now.organisations, before and before.organisations),
        (N_("report", "Networks"), now.networks, before and before.networks),
        (N_("report", "Memberships"), now.memberships, before and before.memberships),
        (N_("report", "Departments and companies taking part"), now.departments,
         before and before.departments),
        (N_("report", "Positions of trust"), now.positions, before and before.positions),
    ]  # fmt: skip
    rows = [
        (words(label), words.number(value), words.number(old), _change(words, value, old))
        for label, value, old in figures
    ]
    old_fees = before.fees_sek if before else None
    fees_change = _change(words, now.fees_sek, old_fees)
    rows.append(
        (words(N_("report", "Membership fees, SEK")), words.number(now.fees_sek),
         words.number(old_fees), fees_change)
    )  # fmt: skip
    return rows


def _change(words: Words, value: object, old: object) -> str:
    return "–" if old is None else words.signed(value - old)  # type: ignore[operator]


def _figure_list(data: ReportData, words: Words) -> str:
    """The key figures as tiles, for a quick look on a phone."""
    since = N_("report", "{change} since {year}")
    items = []
    for label, value, _old, change in _figure_rows(data, words):
        text = words(since, change=change, year=data.year - 1) if change != "–" else ""
        items.append(
            f'<li>{label}<span class="value">{value}</span><span class="change">{text}</span></li>'
        )
    return '<ul class="figures">' + "".join(items) + "</ul>"


def _figures_table(data: ReportData, words: Words, for_print: bool) -> str:
    year = data.year
    head = [words(N_("report", "Figure")), num(str(year - 1)), num(str(year)),
            num(words(N_("report", "Change")))]  # fmt: skip
    rows = [[row_header(label), num(old), num(value), num(change)]
            for label, value, old, change in _figure_rows(data, words)]  # fmt: skip
    caption = words(N_("report", "Key figures {year} against {previous}"), year=year,
                    previous=year - 1)  # fmt: skip
    return table("figures-caption", caption, head, rows, for_print=for_print)


def _charts(data: ReportData, words: Words, for_print: bool) -> str:
    charts = report_charts(data, words)
    if not for_print:
        figures = [
            f'<figure class="{"wide" if c.wide else ""}">'
            f"<figcaption>{escape(c.title)}</figcaption>\n{c.svg}\n</figure>"
            for c in charts
        ]
        return '<div class="charts">\n' + "\n".join(figures) + "\n</div>"
    # Qt's rich text has no grid: the two charts over years sit side by side in a table.
    years, rest = charts[:2], charts[2:]
    cells = "".join(f'<td width="50%">{_print_chart(c)}</td>' for c in years)
    parts = [f'<table width="100%" cellspacing="0" cellpadding="0"><tr>{cells}</tr></table>']
    return "\n".join(parts + [_print_chart(c) for c in rest])


def _print_chart(chart: Chart) -> str:
    title = escape(chart.title)
    image = f'<img src="{chart.ident}" width="{chart.print_width}" alt="{title}">'
    return f'<p class="chart-title">{title}</p><p>{image}</p>'


def _per_year_table(data: ReportData, words: Words, for_print: bool) -> str:
    head = [words(N_("report", "Year")), num(words(N_("report", "Memberships"))),
            num(words(N_("report", "Organisations"))), num(words(N_("report", "Networks"))),
            num(words(N_("report", "Membership fees, SEK")))]  # fmt: skip
    rows = [[row_header(str(p.year)), num(words.number(p.memberships)),
             num(words.number(p.organisations)), num(words.number(p.networks)),
             num(words.number(p.fees_sek))] for p in data.overview.per_year]  # fmt: skip
    caption = words(N_("report", "Memberships and fees per year"))
    return table("per-year-caption", caption, head, rows, for_print=for_print)


def _footer(data: ReportData, words: Words) -> str:
    text = N_("report", "Made with Membership Register {version} on {date}.")
    made = words(text, version=__version__, date=data.generated_on.isoformat())
    return f'<footer><p class="small">{made}</p></footer>'
