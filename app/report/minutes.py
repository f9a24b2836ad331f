"""The minutes of a review: its outcome as one self-contained, printable HTML page.

The same HTML is saved as an .html file, and printed to PDF by the window
through Qt's QTextDocument, so it keeps to the HTML that both browsers and
QTextDocument render well (tables with border attributes, no scripts, no
external files).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from app import numbers
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import language as current_language
from app.i18n import translate
from app.rows import YearSummary
from app.services.register import year_summary
from app.services.review_closing import ReviewEvent, frozen_figures, review_events
from app.services.review_outcome import OutcomeLine, ReviewOutcome, review_outcome
from app.services.reviews import ReviewRow, review_for_year
from app.store import Store
from app.vocabulary import OUTCOMES, RECOMMENDATIONS, DecisionKind

Tr = Callable[[str], str]
# Organisation, department, fee, rating, recommendation, reason (and who decided).
DECISION_WIDTHS = (23, 19, 11, 10, 17, 20)
STYLE = """
@page { margin: 18mm; }
body { font-family: 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #111; }
h1 { font-size: 17pt; margin-bottom: 4pt; }
h2 { font-size: 12.5pt; margin-top: 16pt; border-bottom: 1px solid #999; }
table { border-collapse: collapse; margin-top: 4pt; }
th { background: #e8ecf2; text-align: left; }
th, td { padding: 3pt 4pt; vertical-align: top; font-size: 9pt; }
td.number { text-align: right; white-space: nowrap; }
tr { page-break-inside: avoid; }
p.note, span.by { color: #555; }
span.by { font-size: 8pt; }
"""


@dataclass(frozen=True, slots=True)
class MinutesData:
    review: ReviewRow
    outcome: ReviewOutcome
    figures: YearSummary
    frozen: bool  # figures as closed, or live ones of an open review
    events: tuple[ReviewEvent, ...]


def minutes_data(store: Store, year: int) -> MinutesData:
    review = review_for_year(store, year)
    if review is None:
        raise ValidationError.one("year", N_("app", "There is no review of {year}."), year=year)
    frozen = frozen_figures(store, year)
    return MinutesData(
        review,
        review_outcome(store, review.id),
        frozen.summary if frozen else year_summary(store, year),
        frozen is not None,
        tuple(review_events(store, review.id)),
    )


def minutes_html(store: Store, year: int, language: str | None = None) -> str:
    return render_minutes(minutes_data(store, year), language or current_language())


def render_minutes(data: MinutesData, language: str) -> str:
    def t(text: str) -> str:
        return escape(translate("minutes", text, language))

    title = t(N_("minutes", "Review of the memberships {year}")).format(year=data.review.year)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{language}"><head><meta charset="utf-8">',
        f"<title>{title}</title><style>{STYLE}</style></head><body>",
        f"<h1>{title}</h1>",
        _meta(data, t),
        _outcome(data.outcome, t, language),
        _figures(data, t, language),
    ]
    for kind, lines in data.outcome.groups().items():
        if lines:
            parts.append(_decisions(kind, lines, t, language))
    parts.append(_events(data.events, t))
    parts.append("</body></html>\n")
    return "\n".join(p for p in parts if p)


def _meta(data: MinutesData, t: Tr) -> str:
    review = data.review
    if review.closed and review.closed_at:
        status = t(N_("minutes", "Closed on {when}")).format(when=_local(review.closed_at))
    else:
        status = t(N_("minutes", "Open: a draft, decisions may still change"))
    rows = [
        (
            t(N_("minutes", "Held on")),
            escape(review.held_on.isoformat() if review.held_on else "–"),
        ),
        (
            t(N_("minutes", "Participants")),
            escape(review.participants or "–").replace("\n", "<br>"),
        ),
        (t(N_("minutes", "Status")), status),
    ]
    return _table([], [[f"<b>{k}</b>", v] for k, v in rows])


def _outcome(outcome: ReviewOutcome, t: Tr, language: str) -> str:
    saved = numbers.number(outcome.fees_saved_sek, language)

    def outcome_row(kind: str, count: int) -> list[str]:
        return [escape(OUTCOMES.label(kind, language)), _n(count, language)]

    rows = [
        outcome_row(DecisionKind.KEEP, len(outcome.kept)),
        outcome_row(DecisionKind.LEAVE, len(outcome.left)),
        [t(N_("minutes", "Fees saved a year (SEK)")), saved],
        outcome_row(DecisionKind.CHANGE, len(outcome.changed)),
        outcome_row(DecisionKind.POSTPONE, len(outcome.postponed)),
        outcome_row("", len(outcome.undecided)),
    ]
    title = t(N_("minutes", "Outcome"))  # outside the f-string, where lupdate reads it
    return f"<h2>{title}</h2>" + _table([], rows, numeric={1})


def _figures(data: MinutesData, t: Tr, language: str) -> str:
    f = data.figures
    rows = [
        [t(N_("minutes", "Organisations")), _n(f.organisations, language)],
        [t(N_("minutes", "Networks")), _n(f.networks, language)],
        [t(N_("minutes", "Memberships")), _n(f.memberships, language)],
        [t(N_("minutes", "Departments and companies taking part")), _n(f.departments, language)],
        [t(N_("minutes", "Positions of trust")), _n(f.positions, language)],
        [t(N_("minutes", "Membership fees (SEK)")), numbers.number(f.fees_sek, language)],
    ]
    if data.frozen:
        note = t(N_("minutes", "As frozen when the review was closed."))
    else:
        note = t(N_("minutes", "As of today."))
    heading = t(N_("minutes", "The register of {year}")).format(year=f.year)
    return f"<h2>{heading}</h2>" + _table([], rows, numeric={1}) + f'<p class="note">{note}</p>'


def _decisions(kind: str, lines: tuple[OutcomeLine, ...], t: Tr, language: str) -> str:
    head = [
        t(N_("minutes", "Organisation")),
        t(N_("minutes", "Responsible department")),
        t(N_("minutes", "Fee (SEK)")),
        t(N_("minutes", "Rating")),
        t(N_("minutes", "Recommended")),
        t(N_("minutes", "Reason")),
    ]
    body = [
        [
            escape(line.organisation), escape(line.department),
            numbers.number(line.fee_sek, language) if line.fee_sek is not None else "–",
            str(line.rating) if line.rating else "–",
            escape(RECOMMENDATIONS.label(line.recommendation, language)),
            _reason(line, t),
        ]
        for line in lines
    ]  # fmt: skip
    title = f"{escape(OUTCOMES.label(kind, language))} ({len(lines)})"
    return f"<h2>{title}</h2>" + _table(head, body, numeric={2, 3}, widths=DECISION_WIDTHS)


def _reason(line: OutcomeLine, t: Tr) -> str:
    reason = escape(line.rationale).replace("\n", "<br>")
    if not line.decided_by:
        return reason
    by = t(N_("minutes", "decided by {who}")).format(who=escape(line.decided_by))
    return (
        f'{reason}<br><span class="by">{by}</span>' if reason else f'<span class="by">{by}</span>'
    )


def _events(events: tuple[ReviewEvent, ...], t: Tr) -> str:
    reopenings = [e for e in events if e.status == "open"]
    if not reopenings:
        return ""
    items = "".join(
        "<li>"
        + t(N_("minutes", "Reopened on {when} by {who}: {reason}")).format(
            when=_local(e.at), who=escape(e.actor), reason=escape(e.reason)
        )
        + "</li>"
        for e in reopenings
    )
    title = t(N_("minutes", "History"))  # outside the f-string, where lupdate reads it
    return f"<h2>{title}</h2><ul>{items}</ul>"


def _table(
    head: list[str],
    body: list[list[str]],
    numeric: set[int] | None = None,
    widths: tuple[int, ...] = (),
) -> str:
    """A table of HTML cells; the `numeric` columns are aligned right. With `widths`
    (percentages) it spans the page, so long names wrap between words."""
    cells = "".join(
        f'<th width="{widths[i]}%">{h}</th>' if widths else f"<th>{h}</th>"
        for i, h in enumerate(head)
    )
    header = f"<tr>{cells}</tr>" if head else ""
    rows = "".join(
        "<tr>" + "".join(_cell(c, i in (numeric or set())) for i, c in enumerate(row)) + "</tr>"
        for row in body
    )
    span = ' width="100%"' if widths else ""
    return f'<table border="1" cellspacing="0" cellpadding="4"{span}>{header}{rows}</table>'


def _cell(content: str, number: bool) -> str:
    if number:
        return f'<td class="number" align="right">{content}</td>'
    return f"<td>{content}</td>"


def _n(value: int, language: str) -> str:
    return numbers.number(Decimal(value), language)


def _local(moment: dt.datetime) -> str:
    """A stored UTC time in the computer's own time zone."""
    return moment.replace(tzinfo=dt.UTC).astimezone().strftime("%Y-%m-%d %H:%M")
