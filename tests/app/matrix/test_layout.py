"""The matrix as laid out: counts against the other services, filters, swap, sorting."""

from __future__ import annotations

from decimal import Decimal

from app.collation import swedish_key
from app.matrix.filters import MatrixFilters
from app.matrix.layout import build_matrix
from app.matrix.roles import Role
from app.matrix.table import MatrixTable
from app.services import register
from tests.support.matrix_checks import expected_counts, matrix_register

EVERYTHING = MatrixFilters()


def totals_by_row(table: MatrixTable) -> dict[int, dict[str, int | Decimal]]:
    keys = [t.key for t in table.row_totals]
    return {
        h.id: dict(zip(keys, v, strict=True))
        for h, v in zip(table.rows, table.row_total_values, strict=True)
    }


def totals_by_column(table: MatrixTable) -> dict[int, dict[str, int | Decimal]]:
    keys = [t.key for t in table.column_totals]
    return {
        h.id: {k: table.column_total_values[i][c] for i, k in enumerate(keys)}
        for c, h in enumerate(table.columns)
    }


def test_totals_agree_with_the_memberships_and_fees(store) -> None:
    matrix_register(store)
    for year in (2005, 2006, 2007):
        table = build_matrix(store, year, EVERYTHING)
        expected = expected_counts(store, year)
        rows = totals_by_row(table)
        assert {d: r["organisations"] for d, r in rows.items()} == expected.organisations
        assert {d: r["networks"] for d, r in rows.items()} == expected.networks
        assert {d: r["fees_sek"] for d, r in rows.items()} == expected.fees_sek
        columns = totals_by_column(table)
        assert {o: c["departments"] for o, c in columns.items()} == expected.departments
        summary = register.year_summary(store, year)
        assert (table.summary.organisations, table.summary.networks) == (
            summary.organisations, summary.networks,
        )  # fmt: skip
        assert table.summary.departments == summary.departments
        assert table.summary.fees_sek == summary.fees_sek


def test_cells_show_the_strongest_role_and_the_membership_behind_it(store) -> None:
    reg = matrix_register(store)
    small = reg.small
    table = build_matrix(store, 2007, EVERYTHING)
    row = {h.id: i for i, h in enumerate(table.rows)}
    column = {h.id: i for i, h in enumerate(table.columns)}
    slk = table.entry(row[small.slk], column[small.eurocities])
    assert slk.role is Role.RESPONSIBLE and slk.membership_id == small.eurocities_membership
    assert slk.fee_sek == Decimal("138750.00") and slk.fee_currency == "EUR"
    miljo = table.entry(row[small.miljo], column[small.eurocities])
    assert miljo.role is Role.PARTICIPANT and miljo.people == (("Sara Nyström", "deputy"),)
    vatten = table.entry(row[reg.vatten], column[small.eurocities])
    assert vatten.role is Role.CONTACT and vatten.people == (("Olle Ek", "other"),)
    kultur = table.entry(row[reg.kulturen], column[small.eurocities])
    assert kultur.role is Role.RESPONSIBLE and kultur.membership_id == reg.second_eurocities
    assert kultur.fee_sek == Decimal("20000.00")
    assert small.ubc not in column  # ended 2006
    assert table.entry(row[reg.vatten], column[small.nss]) is None


def test_columns_put_organisations_before_networks_and_rows_sort_swedish(store) -> None:
    matrix_register(store)
    table = build_matrix(store, 2007, EVERYTHING)
    assert [h.label for h in table.columns] == ["EC", "Nordens Större Städer"]
    assert [h.label for h in table.rows] == [
        "Kulturförvaltningen", "Miljöförvaltningen", "Stadsledningskontoret",
        "Stockholm Vatten AB", "Äldreförvaltningen",
    ]  # fmt: skip


def test_rows_sort_by_a_total_largest_first(store) -> None:
    reg = matrix_register(store)
    table = build_matrix(store, 2007, MatrixFilters(sort_by="fees_sek"))
    assert [h.id for h in table.rows[:2]] == [reg.small.slk, reg.kulturen]
    fees = [v[2] for v in table.row_total_values]
    assert fees == sorted(fees, reverse=True)
    by_networks = build_matrix(store, 2007, MatrixFilters(sort_by="networks"))
    assert by_networks.rows[0].id == reg.small.miljo


def test_filters_by_kind_scope_theme_and_status(sqlite_store) -> None:
    reg = matrix_register(sqlite_store).small
    labels = lambda f: [h.id for h in build_matrix(sqlite_store, 2006, f).columns]  # noqa: E731
    assert labels(EVERYTHING) == [reg.eurocities, reg.ubc, reg.nss]
    assert labels(MatrixFilters(kind="network")) == [reg.nss]
    assert labels(MatrixFilters(kind="organisation")) == [reg.eurocities, reg.ubc]
    assert labels(MatrixFilters(scope="baltic")) == [reg.ubc]
    assert labels(MatrixFilters(theme="governance")) == [reg.eurocities]
    assert labels(MatrixFilters(status="ended")) == [reg.ubc]
    networks = build_matrix(sqlite_store, 2006, MatrixFilters(kind="network"))
    assert totals_by_row(networks)[reg.miljo] == {
        "organisations": 0, "networks": 1, "fees_sek": Decimal(0),
    }  # fmt: skip
    assert networks.scopes == ("baltic", "european", "nordic")
    assert networks.themes == ("governance",)


def test_only_departments_with_no_membership(sqlite_store) -> None:
    reg = matrix_register(sqlite_store)
    table = build_matrix(sqlite_store, 2007, MatrixFilters(departments_without_membership=True))
    assert [h.label for h in table.rows] == ["Stockholm Vatten AB", "Äldreförvaltningen"]
    assert all(v == (0, 0, Decimal(0)) for v in table.row_total_values)
    assert table.column_total_values == ((0, 0),)  # no one shown takes part
    column = {h.id: i for i, h in enumerate(table.columns)}
    assert table.entry(0, column[reg.small.eurocities]).role is Role.CONTACT
    networks = MatrixFilters(kind="network", departments_without_membership=True)
    only_networks = build_matrix(sqlite_store, 2007, networks)
    assert reg.kulturen in {h.id for h in only_networks.rows}  # in no network


def test_only_memberships_with_a_single_department(sqlite_store) -> None:
    reg = matrix_register(sqlite_store).small
    table = build_matrix(sqlite_store, 2006, MatrixFilters(single_department_memberships=True))
    assert [h.id for h in table.columns] == [reg.ubc, reg.nss]
    assert table.column_total_values == ((1, 1),)


def test_swap_transposes_cells_and_totals(store) -> None:
    matrix_register(store)
    table = build_matrix(store, 2007, EVERYTHING)
    swapped = build_matrix(store, 2007, EVERYTHING, swapped=True)
    assert swapped.swapped and swapped.corner != table.corner
    assert [h.id for h in swapped.rows] == [h.id for h in table.columns]
    assert [h.id for h in swapped.columns] == [h.id for h in table.rows]
    assert {(c, r): e for (r, c), e in table.filled().items()} == swapped.filled()
    assert swapped.row_totals == table.column_totals
    assert swapped.column_totals == table.row_totals
    assert tuple(zip(*table.row_total_values, strict=True)) == swapped.column_total_values
    assert tuple(zip(*table.column_total_values, strict=True)) == swapped.row_total_values
    assert swapped.summary == table.summary


def test_swapped_rows_sort_by_departments_taking_part(sqlite_store) -> None:
    reg = matrix_register(sqlite_store).small
    table = build_matrix(sqlite_store, 2007, MatrixFilters(sort_by="departments"), swapped=True)
    assert table.rows[0].id == reg.eurocities
    assert table.row_total_values[0] == (3,)
    fallback = build_matrix(sqlite_store, 2007, MatrixFilters(sort_by="fees_sek"), swapped=True)
    assert [h.label for h in fallback.rows] == ["EC", "Nordens Större Städer"]


def test_an_empty_year_gives_an_empty_matrix_of_every_department(sqlite_store) -> None:
    matrix_register(sqlite_store)
    table = build_matrix(sqlite_store, 1990, EVERYTHING)
    assert table.columns == () and table.filled() == {} and len(table.rows) == 5
    assert table.summary.fees_sek == Decimal(0)


def test_swedish_order_puts_a_ring_a_umlaut_o_umlaut_after_z() -> None:
    names = ["Östermalm", "Älvsjö", "Åby", "zeta", "Abc", "Émile", "Edsberg", "ångest"]
    assert sorted(names, key=swedish_key) == [
        "Abc", "Edsberg", "Émile", "zeta", "Åby", "ångest", "Älvsjö", "Östermalm",
    ]  # fmt: skip
