"""The import preview in words: counts of what is created, updated and left, then
every problem, row left out and note. Used by the command line; the window
shows the same parts in its preview dialog."""

from __future__ import annotations

from collections.abc import Callable

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.spreadsheet.decide import fee_total
from app.spreadsheet.plan import ENTITY_LABELS, ImportPlan
from app.spreadsheet.problems import Severity

HEADLINE = N_("import", "{name}: the register of {year}")
YEAR_FROM = N_("import", "(the year from '{where}')")
COUNTS = N_("import", "{what}: {create} new, {update} updated, {same} already there")
FEES = N_("import", "Fees of {year}: {count} ({totals})")
SECTIONS = (
    (
        Severity.ERROR,
        N_("import", "Problems ({count}); nothing is imported until they are put right:"),
    ),
    (Severity.SKIPPED, N_("import", "Left out ({count}):")),
    (Severity.NOTE, N_("import", "Notes ({count}):")),
)
NO_PROBLEMS = N_("import", "No problems.")


def count_lines(plan: ImportPlan, language: str | None = None) -> list[str]:
    def t(text: str) -> str:
        return translate("import", text, language)

    lines = []
    for name, counts in plan.counts().items():
        if counts.create or counts.update or counts.same:
            lines.append(
                t(COUNTS).format(
                    what=t(ENTITY_LABELS[name]), create=counts.create,
                    update=counts.update, same=counts.same,
                )
            )  # fmt: skip
    fees = fee_line(plan, lambda context, text: translate(context, text, language))
    return [*lines, fees] if fees else lines


def fee_line(plan: ImportPlan, translator: Callable[[str, str], str]) -> str:
    """'Fees of 2007: 19 (66 100 EUR, 83 000 SEK)', or '' when the import gives none;
    `translator(context, text)` is Qt's in the window, the .ts reader elsewhere."""
    totals = fee_total(plan)
    if not totals:
        return ""
    shown = ", ".join(
        f"{amount:,.0f} {code}".replace(",", " ") for code, amount in sorted(totals.items())
    )
    fees = sum(1 for e in plan.memberships.values() if e.fee is not None)
    return translator("import", FEES).format(year=plan.year, count=fees, totals=shown)


def preview_lines(plan: ImportPlan, language: str | None = None) -> list[str]:
    def t(text: str) -> str:
        return translate("import", text, language)

    headline = t(HEADLINE).format(name=plan.path.name, year=plan.year)
    if plan.year_from:
        headline += " " + t(YEAR_FROM).format(where=plan.year_from)
    lines = [headline, *(f"  {line}" for line in count_lines(plan, language))]
    for severity, title in SECTIONS:
        found = plan.findings.of(severity)
        if found:
            lines.append(t(title).format(count=len(found)))
            lines.extend(f"  {problem.text(language)}" for problem in found)
    if plan.ok:
        lines.append(t(NO_PROBLEMS))
    return lines
