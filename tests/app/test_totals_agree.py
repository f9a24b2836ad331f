"""Every total of a year's fees agrees to the öre, wherever it is shown.

Random registers (SEK and foreign fees with öre, rates with five decimals,
years without a rate of their own, a currency with no rate at all) are built
through the services. For each year, the total is computed here on its own
(each fee rounded to the öre half up at its year's rate or the fallback, then
summed) and compared with: the summary command, the status bar's figures,
the overview, the matrix, the review session, the figures frozen when the
review is closed, every sheet of the exported workbook read back, the report
and the minutes.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app import cli, numbers
from app.matrix.filters import MatrixFilters
from app.matrix.layout import build_matrix
from app.report.content import gather
from app.report.html import web_html
from app.report.minutes import minutes_data, minutes_html
from app.rows import DepartmentData, ExchangeRateData, FeeData, MembershipData, OrganisationData
from app.services import departments, memberships, organisations, rates, reviews
from app.services.overview import overview
from app.services.register import year_summary
from app.services.review_closing import close_review, frozen_figures
from app.services.review_items import review_items
from app.spreadsheet import export_register
from app.store import Store
from tests.support.review import TableReader

YEARS = (2006, 2007, 2008)
RATED = ("EUR", "DKK")  # with rates in some years only
UNRATED = "NOK"  # no rate at all: its fees count nothing, and are named
ORE = Decimal("0.01")


@dataclass(frozen=True)
class Fee:
    year: int
    amount: Decimal
    currency: str


@dataclass(frozen=True)
class Plan:
    rates: dict[tuple[str, int], Decimal]
    memberships: tuple[tuple[int, int, tuple[Fee, ...]], ...]  # department, start, fees


def expected_total(plan: Plan, year: int) -> Decimal:
    """The year's total computed on its own: each fee half up to the öre, then summed."""
    found = Decimal(0)
    for _department, start, fees in plan.memberships:
        for fee in fees:
            if fee.year != year or start > year:
                continue
            rate = rate_for(plan, fee.currency, year)
            if rate is not None:
                stored = fee.amount.quantize(ORE, ROUND_HALF_UP)
                found += (stored * rate).quantize(ORE, ROUND_HALF_UP)
    return found


def rate_for(plan: Plan, currency: str, year: int) -> Decimal | None:
    """Its year's rate, else the nearest earlier year's, else the earliest later one."""
    if currency == "SEK":
        return Decimal(1)
    years = sorted(y for c, y in plan.rates if c == currency)
    if not years:
        return None
    earlier = [y for y in years if y <= year]
    return plan.rates[(currency, earlier[-1] if earlier else years[0])]


# Whole öre, and half the time half an öre more (1234.565), which is rounded when stored.
amounts = st.builds(
    lambda ore, half: (Decimal(ore) + (Decimal("0.5") if half else 0)).scaleb(-2),
    st.integers(0, 25_000_000),
    st.booleans(),
)
rate_values = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("15"), places=5)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    chosen: dict[tuple[str, int], Decimal] = {}
    for currency in RATED:
        for year in draw(st.sets(st.integers(2005, 2009), max_size=3)):
            chosen[(currency, year)] = draw(rate_values)
    currencies = st.sampled_from(("SEK", *RATED, UNRATED))
    fee_lists = st.lists(st.tuples(st.sampled_from(YEARS), amounts, currencies), max_size=3)
    drawn = draw(
        st.lists(st.tuples(st.integers(0, 1), st.sampled_from(YEARS), fee_lists), max_size=5)
    )
    kept = []
    for department, start, fees in drawn:
        by_year = {y: Fee(y, a, c) for y, a, c in fees}  # one fee a year
        kept.append((department, start, tuple(by_year.values())))
    return Plan(chosen, tuple(kept))


def build(store: Store, plan: Plan) -> None:
    for (currency, year), rate in plan.rates.items():
        rates.set_rate(store, ExchangeRateData(currency, year, rate))
    ids = [
        departments.create_department(store, DepartmentData(name)).id
        for name in ("Stadsledningskontoret", "Miljöförvaltningen")
    ]
    for n, (department, start, fees) in enumerate(plan.memberships):
        organisation = organisations.create_organisation(store, OrganisationData(f"Org {n}")).id
        data = MembershipData(
            organisation, ids[department], start,
            fees=tuple(FeeData(f.year, f.amount, f.currency) for f in fees),
        )  # fmt: skip
        memberships.create_membership(store, data)


def sek(value: object) -> Decimal:
    """A money cell read back: openpyxl gives a float of at most a few öre digits."""
    return Decimal(str(value or 0)).quantize(ORE)


def summary_command(target: Path, year: int) -> tuple[Decimal, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["summary", "--db", str(target), "--year", str(year), "--json"]) == 0
    as_json = json.loads(out.getvalue(), parse_float=Decimal)["fees_sek"]
    text = io.StringIO()
    with contextlib.redirect_stdout(text):
        assert cli.main(["summary", "--db", str(target), "--year", str(year)]) == 0
    return Decimal(as_json), text.getvalue()


def sheet_totals(path: Path, year: int) -> dict[str, Decimal]:
    book = openpyxl.load_workbook(path, read_only=True)
    rows = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    book.close()

    def column(sheet: str, header: str, header_row: int = 0) -> list[object]:
        found = rows[sheet]
        index = found[header_row].index(header)
        return [r[index] if index < len(r) else None for r in found[header_row + 1 :]]

    def labelled(sheet: str, label: str) -> list[object]:
        return next(r for r in rows[sheet] if r and r[0] == label)

    matrix_header = next(i for i, r in enumerate(rows["Matrix"]) if "Fees (SEK)" in r)
    matrix = column("Matrix", "Fees (SEK)", matrix_header)
    matrix_rows = [r[0] if r else None for r in rows["Matrix"][matrix_header + 1 :]]
    matrix = matrix[: matrix_rows.index("Departments taking part")]
    by_year = rows["Fees by year"]
    totals = {
        "summary sheet": sek(labelled("Summary", "Total fees in SEK")[1]),
        "memberships sheet, total row": sek(labelled("Memberships", "Total")[11]),
        "memberships sheet, rows": sum(map(sek, column("Memberships", "Fee in SEK")[:-1])),
        "organisations sheet": sum(map(sek, column("Organisations", "Fees in SEK"))),
        "departments sheet": sum(map(sek, column("Departments", "Fees in SEK"))),
        "matrix sheet": sum(map(sek, matrix)),
        "review sheet": sek(labelled(f"Review {year}", "Membership fees (SEK)")[1]),
    }
    if str(year) in by_year[0]:
        totals["fees by year sheet"] = sek(
            labelled("Fees by year", "Total")[by_year[0].index(str(year))]
        )
    return {k: Decimal(v) for k, v in totals.items()}


def minutes_fees(html: str) -> str:
    reader = TableReader()
    reader.feed(html)
    return next(
        row[1]
        for rows in reader.sections.values()
        for row in rows
        if row and row[0] == "Membership fees (SEK)"
    )


def window_figures(store: Store, target: Path, year: int) -> dict[str, Decimal]:
    """The year's total as the command line and the window's views show it."""
    command, text = summary_command(target, year)
    status_bar = year_summary(store, year)  # what StatusBar.show_register shows
    seen = overview(store, year)
    matrix = build_matrix(store, year, MatrixFilters())
    shown = numbers.number(status_bar.fees_sek, "en", 2).replace(",", " ")
    assert f"Total fees:              {shown} SEK" in text
    return {
        "summary command": command,
        "status bar": status_bar.fees_sek,
        "overview": seen.summary.fees_sek,
        "overview, year by year": next(p.fees_sek or 0 for p in seen.per_year if p.year == year),
        "overview, by department": sum(d.fees_sek for d in seen.fees_by_department),
        "matrix": matrix.summary.fees_sek,
        "matrix, department totals": sum(
            t["fees_sek"] for t in matrix.department_totals().values()
        ),
    }


def review_and_paper_figures(store: Store, year: int, folder: Path) -> dict[str, Decimal]:
    """The review session, its frozen figures, the workbook, the report and the minutes."""
    review = reviews.create_review(store, year)
    items = review_items(store, review.id)
    figures = {"review session": sum(i.fee_sek or 0 for i in items)}
    for item in items:
        reviews.record_decision(store, review.id, item.membership_id, "keep", "Worth it")
    close_review(store, review.id)
    frozen = frozen_figures(store, year)
    assert frozen is not None
    figures["frozen review figures"] = frozen.summary.fees_sek
    workbook = folder / f"register-{year}.xlsx"
    export_register(store, year, workbook)
    figures.update(sheet_totals(workbook, year))
    report = gather(store, year)
    figures["report"] = report.overview.summary.fees_sek
    figures["report, comparison"] = report.comparison.after.fees_sek
    figures["report, department tables"] = sum(
        r.fee_sek or 0 for _d, rows in report.memberships_by_department() for r in rows
    )
    figures["minutes"] = minutes_data(store, year).figures.fees_sek
    whole = numbers.number(frozen.summary.fees_sek, "en")
    assert whole in web_html(report, "en")
    assert minutes_fees(minutes_html(store, year, "en")) == whole
    return figures


def unrated_fee_in(plan: Plan, year: int) -> bool:
    return any(
        f.currency == UNRATED and f.year == year and start <= year
        for _d, start, fees in plan.memberships
        for f in fees
    )


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=plans(), reviewed=st.sampled_from(YEARS))
@example(  # half öre stored, an earlier and a later year's rate, no NOK rate, equal DKK fees
    plan=Plan(
        {("EUR", 2006): Decimal("9.24567"), ("DKK", 2009): Decimal("1.24567")},
        (
            (0, 2006, (Fee(2006, Decimal("2.345"), "SEK"), Fee(2007, Decimal("1234.565"), "EUR"),
                       Fee(2008, Decimal("100"), UNRATED))),
            (1, 2007, (Fee(2007, Decimal("0.5"), "DKK"), Fee(2008, Decimal("0.5"), "DKK"))),
            (1, 2008, (Fee(2008, Decimal("0.5"), "DKK"),)),
        ),
    ),
    reviewed=2008,
)  # fmt: skip
def test_every_total_of_a_year_agrees_to_the_ore(plan: Plan, reviewed: int) -> None:
    """Every year's figures in the window; one year (drawn) also reviewed, closed,
    exported and reported, which take most of the time."""
    with tempfile.TemporaryDirectory(prefix="totals-") as name:
        folder = Path(name)
        target = folder / "register.db"
        store = Store.open(target, backup_dir=folder / "backups")
        try:
            build(store, plan)
            for year in YEARS:
                expected = expected_total(plan, year)
                figures = window_figures(store, target, year)
                if year == reviewed:
                    figures |= review_and_paper_figures(store, year, folder)
                wrong = {name: value for name, value in figures.items() if value != expected}
                assert not wrong, (year, expected, wrong)
                missing = year_summary(store, year).missing_rates
                assert (UNRATED in missing) == unrated_fee_in(plan, year)
        finally:
            store.close()
