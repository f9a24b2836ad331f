"""The report's sections after the summary: departments, matrix, positions, changes."""

from __future__ import annotations

from html import escape

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.report.content import ReportData
from app.report.tables import Cell, num, row_header, table
from app.report.words import Words
from app.rows import ChangeRow, MembershipRow
from app.valuation import total
from app.vocabulary import ORGANISATION_KINDS, SCOPES

SUMMARY = N_("report", "Summary")
DEPARTMENTS = N_("report", "Memberships by department and company")
MATRIX = N_("report", "Who takes part where")
POSITIONS = N_("report", "Positions of trust")
CHANGES = N_("report", "Changes on the year before")
CONTENTS = [("summary", SUMMARY), ("departments", DEPARTMENTS), ("matrix", MATRIX),
            ("positions", POSITIONS), ("changes", CHANGES)]  # fmt: skip
NONE = N_("report", "None.")
# The matrix's marks (content.MatrixRow): responsible, participant; the legend explains them.
MARKS = {"R": N_("report", "R"), "P": N_("report", "P")}


def all_sections(data: ReportData, words: Words, *, for_print: bool) -> list[str]:
    return [
        _departments(data, words, for_print),
        _matrix(data, words, for_print),
        _positions(data, words, for_print),
        _changes(data, words, for_print),
    ]


def _open(ident: str, title: str, words: Words, for_print: bool) -> str:
    breaks = ' class="pagebreak"' if for_print else ""
    return (
        f'<section id="{ident}" aria-labelledby="{ident}-title">'
        f'<h2 id="{ident}-title"{breaks}>{words(title)}</h2>'
    )


def _departments(data: ReportData, words: Words, for_print: bool) -> str:
    short = {d.id: d.short_name or d.name for d in data.departments}
    parts = [_open("departments", DEPARTMENTS, words, for_print)]
    for index, (department, rows) in enumerate(data.memberships_by_department()):
        name = escape(department.name)
        parts.append(f"<h3>{name}</h3>")
        caption = words(
            N_("report", "Memberships {department} is responsible for in {year}"),
            department=department.name, year=data.year,
        )  # fmt: skip
        head = [words(N_("report", "Organisation or network")), words(N_("report", "Scope")),
                words(N_("report", "Also taking part")), words(N_("report", "Contact person")),
                num(words(N_("report", "Fee"))), num(words(N_("report", "Fee, SEK")))]  # fmt: skip
        body = [_membership_cells(r, words, short) for r in rows]
        fees = total(r.fee_sek for r in rows)
        foot: list[Cell | str] = [row_header(words(N_("report", "Total"))), "", "", "", "",
                                  num(words.number(fees))]  # fmt: skip
        ident = f"department-{index}"
        parts.append(table(ident, caption, head, body, foot=foot, for_print=for_print))
    parts.append("</section>")
    return "\n".join(parts)


def _membership_cells(row: MembershipRow, words: Words, short: dict[int, str]) -> list[Cell | str]:
    kind = "" if row.kind != "network" else f" ({words.label(ORGANISATION_KINDS, row.kind)})"
    others = ", ".join(escape(short.get(i, "")) for i in row.participant_ids)
    fee = "–"
    if row.fee_amount is not None:
        fee = f"{words.number(row.fee_amount)} {escape(row.fee_currency)}"
    return [
        row_header(escape(row.organisation) + kind),
        words.label(SCOPES, row.scope),
        others,
        escape(row.primary_contact) or "–",
        num(fee),
        num(words.number(row.fee_sek)),
    ]


def _matrix(data: ReportData, words: Words, for_print: bool) -> str:
    parts = [_open("matrix", MATRIX, words, for_print)]
    head: list[Cell | str] = [words(N_("report", "Department or company")),
        num(words(N_("report", "Responsible for"))), num(words(N_("report", "Taking part in"))),
        num(words(N_("report", "In all")))]  # fmt: skip
    rows = [[row_header(escape(t.department.name)), num(words.number(t.responsible)),
             num(words.number(t.participant)), num(words.number(t.total))]
            for t in data.department_totals()]  # fmt: skip
    caption = words(
        N_("report", "Organisations and networks each department and company takes part in, "
           "{year}"), year=data.year,
    )  # fmt: skip
    parts.append(table("matrix-totals", caption, head, rows, for_print=for_print))
    legend = N_("report", "R: responsible for the membership. P: takes part in it.")
    parts.append(f'<p class="legend">{words(legend)}</p>')
    parts.append(_matrix_table(data, words, for_print))
    parts.append("</section>")
    return "\n".join(parts)


def _matrix_table(data: ReportData, words: Words, for_print: bool) -> str:
    departments = data.departments
    head: list[Cell | str] = [words(N_("report", "Organisation or network"))]
    for d in departments:
        abbreviation = escape(d.short_name or d.name)
        head.append(
            abbreviation if for_print else f'<abbr title="{escape(d.name)}">{abbreviation}</abbr>'
        )
    rows = [[row_header(escape(r.organisation)),
             *(_mark(r.marks.get(d.id), words) for d in departments)]
            for r in data.matrix()]  # fmt: skip
    caption = words(N_("report", "Departments and companies in each organisation, {year}"),
                    year=data.year)  # fmt: skip
    return table(
        "matrix-caption", caption, head, rows, css="matrix", for_print=for_print, first_width="34%"
    )


def _mark(mark: str | None, words: Words) -> str:
    return words(MARKS[mark]) if mark else ""


def _positions(data: ReportData, words: Words, for_print: bool) -> str:
    parts = [_open("positions", POSITIONS, words, for_print)]
    if not data.positions:
        parts += [f"<p>{words(NONE)}</p>", "</section>"]
        return "\n".join(parts)
    head: list[Cell | str] = [words(N_("report", "Organisation or network")),
        words(N_("report", "Position")), words(N_("report", "Body")),
        words(N_("report", "Held by")), words(N_("report", "Years"))]  # fmt: skip
    rows = [[row_header(escape(p.organisation)), escape(p.title), escape(p.body),
             escape(p.person) or "–", f"{p.from_year}–{p.to_year or ''}"]
            for p in data.positions]  # fmt: skip
    caption = words(N_("report", "Positions of trust the city holds in {year}"), year=data.year)
    parts += [table("positions-caption", caption, head, rows, for_print=for_print), "</section>"]
    return "\n".join(parts)


def _changes(data: ReportData, words: Words, for_print: bool) -> str:
    change, year = data.comparison, data.year
    parts = [_open("changes", CHANGES, words, for_print)]
    text = N_("report", "{joined} memberships were new in {year} and {left} ended in {previous}.")
    counts = {"joined": len(change.joined), "left": len(change.left)}
    parts.append(f"<p>{words(text, **counts, year=year, previous=year - 1)}</p>")
    new = words(N_("report", "New memberships in {year}"), year=year)
    ended = words(N_("report", "Memberships that ended in {year}"), year=year - 1)
    parts.append(_change_table("joined", new, change.joined, words, for_print))
    parts.append(_change_table("left", ended, change.left, words, for_print))
    parts.append(_department_changes(data, words, for_print))
    parts.append("</section>")
    return "\n".join(parts)


def _change_table(
    ident: str, caption: str, rows: tuple[ChangeRow, ...], words: Words, for_print: bool
) -> str:
    if not rows:
        return f"<h3>{caption}</h3><p>{words(NONE)}</p>"
    head: list[Cell | str] = [words(N_("report", "Organisation or network")),
        words(N_("report", "Kind")), words(N_("report", "Responsible department")),
        num(words(N_("report", "Fee, SEK")))]  # fmt: skip
    body = [[row_header(escape(r.organisation)), words.label(ORGANISATION_KINDS, r.kind),
             escape(r.department), num(words.number(r.fee_sek))] for r in rows]  # fmt: skip
    return table(f"{ident}-caption", caption, head, body, for_print=for_print)


def _department_changes(data: ReportData, words: Words, for_print: bool) -> str:
    year = data.year
    head: list[Cell | str] = [words(N_("report", "Department or company")),
        num(str(year - 1)), num(str(year)), num(words(N_("report", "Change"))),
        num(words(N_("report", "Fees {year}, SEK"), year=year - 1)),
        num(words(N_("report", "Fees {year}, SEK"), year=year)),
        num(words(N_("report", "Change, SEK")))]  # fmt: skip
    rows = [[row_header(escape(d.department)), num(words.number(d.memberships_before)),
             num(words.number(d.memberships_after)),
             num(words.signed(d.memberships_after - d.memberships_before)),
             num(words.number(d.fees_before_sek)), num(words.number(d.fees_after_sek)),
             num(words.signed(d.fees_after_sek - d.fees_before_sek))]
            for d in data.comparison.by_department]  # fmt: skip
    caption = words(N_("report", "Memberships and fees by responsible department, {previous} "
                    "and {year}"), previous=year - 1, year=year)  # fmt: skip
    return table("department-changes", caption, head, rows, for_print=for_print)
