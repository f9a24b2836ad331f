"""Amounts in cells are read as what they say, or refused at their cell: Swedish and
English notation, words for a fee paid in another, formulas without results, NaN and
infinity, and exchange rates the register could not keep exactly."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from app.spreadsheet import export_register
from app.spreadsheet.apply import ImportRefusedError
from app.spreadsheet.importer import apply_import, open_source, plan_import
from app.spreadsheet.plan import ImportPlan
from app.spreadsheet.problems import Severity
from app.store import Store
from db import models as m
from tests.support.builders import small_register

HEADER = ["Organisation", "Förvaltning/bolag", "Årsavgift", "Valuta"]
RATE_HEADER = ["Currency", "Year", "Rate to SEK"]
PLACEHOLDER = 987654321  # a number cell whose stored value the test then rewrites


def workbook(path: Path, fee: object, rates: list[list[object]] | None = None) -> Path:
    """A list of 2007 with one membership whose fee cell holds `fee`; with `rates`, an
    Exchange rates sheet too."""
    book = Workbook()
    book.active.title = "Lista 2007"
    book.active.append(HEADER)
    book.active.append(["Metropolis", "Stadsledningskontoret", fee, "EUR"])
    if rates is not None:
        sheet = book.create_sheet("Exchange rates")
        for row in [RATE_HEADER, *rates]:
            sheet.append(row)
    book.save(path)
    return path


def rewritten(path: Path, old: bytes, new: bytes) -> Path:
    """The workbook with one piece of a sheet's XML replaced: a cell value openpyxl
    cannot write (NaN) or a formula's cached result."""
    out = path.with_name(f"edited-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("xl/worksheets/") and old in data:
                data = data.replace(old, new)
            target.writestr(item, data)
    return out


def planned(store: Store, path: Path) -> ImportPlan:
    return plan_import(store, open_source(path))


def stored_fees(store: Store) -> list[tuple[int, Decimal, str]]:
    with store.uow() as session:
        rows = session.execute(select(m.Fee.year, m.Fee.amount, m.Fee.currency))
        return [(year, Decimal(amount), currency) for year, amount, currency in rows]


def stored_rates(store: Store) -> list[tuple[str, int, Decimal]]:
    with store.uow() as session:
        rows = session.execute(
            select(m.ExchangeRate.currency, m.ExchangeRate.year, m.ExchangeRate.rate_to_sek)
        )
        return [(currency, year, Decimal(rate)) for currency, year, rate in rows]


def refused(store: Store, plan: ImportPlan) -> list[str]:
    """The plan's errors, after making sure applying it writes nothing."""
    with pytest.raises(ImportRefusedError):
        apply_import(store, plan)
    assert stored_fees(store) == [] and stored_rates(store) == []
    return [p.text() for p in plan.errors]


AT_FEE = "Sheet 'Lista 2007', row 2, column C (Årsavgift): "


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("4 500,00", "4500"),
        ("4500,5", "4500.5"),
        ("4 500 kr", "4500"),  # the currency column says EUR; "kr" is dropped below
        ("4\u00a0500,25", "4500.25"),
        ("1.234,50", "1234.5"),
        ("4,500.00", "4500"),
        ("4500.00", "4500"),
        ("0.5", "0.5"),
        ("0,5", "0.5"),
        ("12,345,678", "12345678"),
        ("1.234.567", "1234567"),
        ("4500", "4500"),
        ("12 500 EUR", "12500"),
        ("6 000 €", "6000"),
        ("1234,56", "1234.56"),
        ("0,250", "0.25"),
    ],
)
def test_a_fee_typed_as_text_is_stored_as_it_says(
    sqlite_store: Store, tmp_path: Path, typed: str, amount: str
) -> None:
    fee = typed.replace(" kr", "")  # a SEK mark would contradict the currency column
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", fee))
    assert plan.errors == []
    apply_import(sqlite_store, plan)
    assert stored_fees(sqlite_store) == [(2007, Decimal(amount), "EUR")]


def test_a_fee_in_kronor_written_in_the_cell(sqlite_store: Store, tmp_path: Path) -> None:
    book = Workbook()
    book.active.title = "Lista 2007"
    book.active.append(HEADER[:3])
    book.active.append(["Metropolis", "Stadsledningskontoret", "4 500 kr"])
    book.save(tmp_path / "list.xlsx")
    apply_import(sqlite_store, planned(sqlite_store, tmp_path / "list.xlsx"))
    assert stored_fees(sqlite_store) == [(2007, Decimal("4500"), "SEK")]


@pytest.mark.parametrize("number", [4500, 4500.5, 0.5, 1234.56])
def test_a_fee_as_a_number_cell_is_stored_exactly(
    sqlite_store: Store, tmp_path: Path, number: float
) -> None:
    apply_import(sqlite_store, planned(sqlite_store, workbook(tmp_path / "list.xlsx", number)))
    assert stored_fees(sqlite_store) == [(2007, Decimal(str(number)), "EUR")]


@pytest.mark.parametrize(
    ("typed", "advice"),
    [
        ("1,234", "write 1234 or 1,234.00"),
        ("1.234", "write 1234 or 1,234.00"),
        ("12,500", "write 12500 or 12,500.00"),
        ("-1.234", "write -1234 or -1,234.00"),
    ],
)
def test_an_amount_that_could_be_read_two_ways_is_refused_at_its_cell(
    sqlite_store: Store, tmp_path: Path, typed: str, advice: str
) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", typed))
    whole = advice.split()[1]
    assert refused(sqlite_store, plan) == [
        f"{AT_FEE}'{typed}' could mean {whole} or a decimal number (the mark may group "
        f"thousands or mark decimals): {advice}."
    ]


@pytest.mark.parametrize("typed", ["12,34.5", "1,2,3", "4.500,00,5", "ca 5000?"])
def test_a_malformed_amount_is_refused(sqlite_store: Store, tmp_path: Path, typed: str) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", typed))
    assert refused(sqlite_store, plan) == [f"{AT_FEE}'{typed}' is not an amount."]


@pytest.mark.parametrize(("fee", "shown"), [("1234,567", "1234,567"), (1234.567, "1234.567")])
def test_a_fee_with_more_decimals_than_kept_is_refused(
    sqlite_store: Store, tmp_path: Path, fee: object, shown: str
) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", fee))
    assert refused(sqlite_store, plan) == [
        f"{AT_FEE}{shown} cannot be kept exactly: the register keeps at most 2 decimals here."
    ]


@pytest.mark.parametrize("word", ["ingår ej", "ingår i Eurocities", "Ingår", "included"])
def test_a_fee_included_in_another_is_no_fee_with_a_note(
    sqlite_store: Store, tmp_path: Path, word: str
) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", word))
    assert plan.errors == []
    notes = [p.text() for p in plan.findings.of(Severity.NOTE)]
    assert f"{AT_FEE}'{word}': included in another fee, so no fee of its own." in notes
    apply_import(sqlite_store, plan)
    assert stored_fees(sqlite_store) == []
    with sqlite_store.uow() as session:
        assert session.scalar(select(m.Membership.id)) is not None


def test_free_is_still_no_fee(sqlite_store: Store, tmp_path: Path) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", "avgiftsfri"))
    notes = [p.text() for p in plan.findings.of(Severity.NOTE)]
    assert f"{AT_FEE}'avgiftsfri' read as no fee." in notes


UNCOMPUTED = (
    "The cell holds a formula without a computed value: open the workbook in Excel, "
    "save it and import it again."
)


def test_a_formula_without_a_computed_value_is_named(sqlite_store: Store, tmp_path: Path) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", "=1500*3"))
    assert refused(sqlite_store, plan) == [AT_FEE + UNCOMPUTED]


def test_a_formula_with_its_computed_value_is_read(sqlite_store: Store, tmp_path: Path) -> None:
    path = workbook(tmp_path / "list.xlsx", "=1500*3")
    path = rewritten(path, b"<f>1500*3</f><v />", b"<f>1500*3</f><v>4500</v>")
    apply_import(sqlite_store, planned(sqlite_store, path))
    assert stored_fees(sqlite_store) == [(2007, Decimal("4500"), "EUR")]


def test_a_formula_in_a_total_row_is_no_problem(sqlite_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    book = Workbook()
    book.active.title = "Lista 2007"
    for row in (HEADER, ["Metropolis", "SLK", 4500, "EUR"], ["Summa", None, "=SUM(C2:C2)"]):
        book.active.append(row)
    book.save(path)
    plan = planned(sqlite_store, path)
    assert plan.errors == []
    apply_import(sqlite_store, plan)
    assert stored_fees(sqlite_store) == [(2007, Decimal("4500"), "EUR")]


@pytest.mark.parametrize("value", [b"NaN", b"INF", b"-INF"])
def test_a_nan_or_infinite_number_cell_is_refused(
    sqlite_store: Store, tmp_path: Path, value: bytes
) -> None:
    path = workbook(tmp_path / "list.xlsx", PLACEHOLDER)
    path = rewritten(path, f"<v>{PLACEHOLDER}</v>".encode(), b"<v>" + value + b"</v>")
    [problem] = refused(sqlite_store, planned(sqlite_store, path))
    assert problem.startswith(AT_FEE) and problem.endswith("is not an amount.")


@pytest.mark.parametrize("typed", ["NaN", "nan", "inf", "-Infinity", "1e999999", "sNaN"])
def test_a_nan_or_infinite_text_is_refused(sqlite_store: Store, tmp_path: Path, typed: str) -> None:
    plan = planned(sqlite_store, workbook(tmp_path / "list.xlsx", typed))
    assert refused(sqlite_store, plan) == [f"{AT_FEE}'{typed}' is not an amount."]


AT_RATE = "Sheet 'Exchange rates', row 2, column C (Rate to SEK): "
NOT_EXACT = "cannot be kept exactly: the register keeps at most 6 decimals here."
TOO_LARGE = "is too large: the register keeps numbers below 1,000,000 here."


def with_rate(store: Store, tmp_path: Path, rate: object) -> Path:
    """The small register's export with a new rate, USD's in 2007, as its first row."""
    small_register(store)
    path = export_register(store, 2007, tmp_path / "register.xlsx").path
    book = load_workbook(path)
    book["Exchange rates"].insert_rows(2)
    for column, value in enumerate(["USD", 2007, rate], start=1):
        book["Exchange rates"].cell(2, column, value)
    book.save(path)
    return path


def usd_2007(store: Store) -> list[tuple[str, int, Decimal]]:
    return [r for r in stored_rates(store) if r[:2] == ("USD", 2007)]


@pytest.mark.parametrize(
    ("rate", "problem"),
    [
        (1e-30, f"1e-30 {NOT_EXACT}"),
        ("0,000000001", f"0,000000001 {NOT_EXACT}"),
        (0.1234567, f"0.1234567 {NOT_EXACT}"),
        (1e30, f"1000000000000000019884624838656 {TOO_LARGE}"),
        (1e6, f"1000000 {TOO_LARGE}"),
        ("1e30", "'1e30' is not an amount."),
        (-9.5, "An amount cannot be negative."),
        (0, "A rate must be greater than zero."),
    ],
)
def test_an_extreme_exchange_rate_is_refused_at_its_cell(
    sqlite_store: Store, tmp_path: Path, rate: object, problem: str
) -> None:
    plan = planned(sqlite_store, with_rate(sqlite_store, tmp_path, rate))
    assert next(p.text() for p in plan.errors) == AT_RATE + problem
    with pytest.raises(ImportRefusedError):
        apply_import(sqlite_store, plan)
    assert usd_2007(sqlite_store) == []


@pytest.mark.parametrize("value", [b"NaN", b"INF"])
def test_a_nan_rate_is_refused(sqlite_store: Store, tmp_path: Path, value: bytes) -> None:
    path = with_rate(sqlite_store, tmp_path, PLACEHOLDER)
    path = rewritten(path, f"<v>{PLACEHOLDER}</v>".encode(), b"<v>" + value + b"</v>")
    plan = planned(sqlite_store, path)
    [problem] = [p.text() for p in plan.errors]
    assert problem.startswith(AT_RATE) and problem.endswith("is not an amount.")
    with pytest.raises(ImportRefusedError):
        apply_import(sqlite_store, plan)
    assert usd_2007(sqlite_store) == []


@pytest.mark.parametrize(
    ("rate", "stored"),
    [(10.1234, "10.1234"), ("0,000001", "0.000001"), (999999.999999, "999999.999999")],
)
def test_a_rate_the_register_can_hold_is_stored_exactly(
    store: Store, tmp_path: Path, rate: object, stored: str
) -> None:
    plan = planned(store, with_rate(store, tmp_path, rate))
    assert plan.errors == []
    apply_import(store, plan)
    assert usd_2007(store) == [("USD", 2007, Decimal(stored))]
