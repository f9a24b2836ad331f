"""One membership on one screen: what the review needs to decide it.

The heading, the fee's trend as a sparkline, and below it one HTML page in
two columns: fees, departments, contacts and positions of trust on the left,
this year's assessment and earlier assessments and decisions on the right.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.services.review_items import ReviewItem
from app.vocabulary import (
    CONTACT_ROLES,
    DECISIONS,
    MEMBERSHIP_STATUSES,
    ORGANISATION_KINDS,
    RATINGS,
    RECOMMENDATIONS,
)
from ui import formatting
from ui.widgets.heading import make_heading
from ui.widgets.sparkline import Sparkline


class ReviewDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setObjectName("review_title")
        make_heading(self.title, 1.45)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setWordWrap(True)
        self.sparkline = Sparkline(self)
        self.trend = QLabel(self)
        self.page = QTextBrowser(self)
        self.page.setObjectName("review_page")
        self.page.setOpenLinks(False)
        self.sparkline.setMaximumWidth(320)
        fees = QHBoxLayout()
        fees.addWidget(self.sparkline, 1)
        fees.addWidget(self.trend)
        fees.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(fees)
        layout.addWidget(self.page, 1)
        self.show_item(None)

    def show_item(self, item: ReviewItem | None) -> None:
        if item is None:
            self.title.setText(self.tr("No membership chosen"))
            self.subtitle.setText(self.tr("Choose a membership in the list on the left."))
            self.sparkline.set_points([], None)
            self.trend.clear()
            self.page.clear()
            return
        self.title.setText(item.organisation)
        self.subtitle.setText(self._subtitle(item))
        points = [(f.year, float(f.sek)) for f in item.fees if f.sek is not None]
        self.sparkline.set_points(points, item.year)
        self.sparkline.setToolTip(self.tr("The fee in SEK by year"))
        self.trend.setText(self._trend(item))
        left = self._fees(item) + self._departments(item) + self._contacts(item)
        left += self._positions(item)
        right = self._assessment(item) + self._earlier(item)
        self.page.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td width="50%" valign="top" style="padding-right:14px">{left}</td>'
            f'<td width="50%" valign="top">{right}</td></tr></table>'
        )

    def _subtitle(self, item: ReviewItem) -> str:
        ended = f"–{item.end_year}" if item.end_year else ""
        return self.tr("{kind} · {department} · member since {start}{end} · {status}").format(
            kind=ORGANISATION_KINDS.label(item.kind),
            department=item.responsible_department,
            start=item.start_year,
            end=ended,
            status=MEMBERSHIP_STATUSES.label(item.status),
        )

    def _trend(self, item: ReviewItem) -> str:
        fee = item.fee_sek
        if fee is None:
            text = self.tr("No fee in {0}").format(item.year)
        else:
            text = self.tr("{0} in {1}").format(formatting.money(fee), item.year)
        change = item.fee_change
        if change is not None and round(change * 100) == 0:
            text += "  " + self.tr("(unchanged from {0})").format(item.previous_fee.year)
        elif change is not None:
            sign = "+" if change > 0 else "−"
            text += "  " + self.tr("({0}{1} % from {2})").format(
                sign, formatting.amount(abs(change) * 100), item.previous_fee.year
            )
        return f"<b>{escape(text)}</b>"

    def _fees(self, item: ReviewItem) -> str:
        rows = "".join(
            f"<tr><td>{f.year}</td>"
            f'<td align="right">{escape(formatting.money(f.amount, f.currency))}</td>'
            f'<td align="right">{escape(formatting.money(f.sek) if f.sek is not None else "–")}'
            "</td></tr>"
            for f in item.fees
        )
        if not rows:
            return _section(self.tr("Fees"), escape(self.tr("No fee on record.")))
        fee, sek = self.tr("Fee"), self.tr("In SEK")  # lupdate does not read inside f-strings
        head = f"<tr><th></th><th>{fee}</th><th>{sek}</th></tr>"
        return _section(self.tr("Fees"), f'<table cellpadding="2">{head}{rows}</table>')

    def _departments(self, item: ReviewItem) -> str:
        responsible = self.tr("responsible")
        names = [f"<b>{escape(item.responsible_department)}</b> ({responsible})"]
        names += [escape(name) for _id, name in item.participants]
        return _section(self.tr("Departments taking part"), "<br>".join(names))

    def _contacts(self, item: ReviewItem) -> str:
        lines, left = [], self.tr("has left")
        for contact in item.contacts:
            parts = [f"{escape(contact.name)} ({CONTACT_ROLES.label(contact.role)})"]
            parts += [escape(p) for p in (contact.department, contact.email) if p]
            if not contact.active:
                parts.append(f"<i>{left}</i>")
            lines.append(", ".join(parts))
        if not item.primary_contact:
            missing = self.tr("No primary contact")
            lines.append(f'<span style="color:#b00020">{missing}</span>')
        return _section(self.tr("Contacts"), "<br>".join(lines))

    def _positions(self, item: ReviewItem) -> str:
        if not item.positions:
            return _section(self.tr("Positions of trust"), self.tr("None."))
        lines = [
            f"{escape(p.title)}{', ' + escape(p.body) if p.body else ''}: "
            f"{escape(p.person or '–')} ({p.from_year}–{p.to_year or ''})"
            for p in item.positions
        ]
        return _section(self.tr("Positions of trust"), "<br>".join(lines))

    def _assessment(self, item: ReviewItem) -> str:
        title = self.tr("Assessment {0}").format(item.year)
        a = item.assessment
        if a is None:
            text = self.tr("Not assessed yet: use Edit assessment (Ctrl+Shift+A).")
            return _section(title, f'<span style="color:#b00020">{escape(text)}</span>')
        facts = [
            self.tr("Rating: {0} of 5").format(a.rating) if a.rating else RATINGS.label(None),
            self.tr("Recommendation: {0}").format(RECOMMENDATIONS.label(a.recommendation)),
            self.tr("Meetings attended: {0} · working groups: {1} · positions held: {2}").format(
                a.meetings_attended, a.working_groups, a.positions_held
            ),
            self.tr("Other costs: {0}").format(formatting.money(a.other_costs_sek)),
            self.tr("Assessed by {0} on {1}").format(
                a.assessed_by or "–", formatting.date(a.assessed_on) or "–"
            ),
        ]
        body = "<br>".join(escape(f) for f in facts)
        added = escape(a.added_value).replace("\n", "<br>") or escape(self.tr("(no text)"))
        return _section(title, f"<p>{added}</p>{body}")

    def _earlier(self, item: ReviewItem) -> str:
        rows = [
            f"<tr><td>{a.year}</td><td>{a.rating or '–'}</td>"
            f"<td>{RECOMMENDATIONS.label(a.recommendation)}</td>"
            f"<td>{escape(_short(a.added_value))}</td></tr>"
            for a in item.earlier_assessments
        ]
        assessments = (
            f'<table cellpadding="2">{"".join(rows)}</table>' if rows else self.tr("None.")
        )
        decisions = "<br>".join(
            f"{d.year}: <b>{DECISIONS.label(d.decision)}</b>"
            f"{' – ' + escape(d.rationale) if d.rationale else ''}"
            for d in item.earlier_decisions
        )
        return _section(self.tr("Earlier assessments"), assessments) + _section(
            self.tr("Earlier decisions"), decisions or self.tr("None.")
        )


def _section(title: str, body: str) -> str:
    return f'<h4 style="margin-bottom:2px">{escape(title)}</h4><div>{body}</div>'


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
