"""The register as of a year: rows, totals in SEK, comparison, matrix data."""

from __future__ import annotations

from decimal import Decimal

from app.matrix.roles import Role
from app.matrix.source import matrix_source
from app.services import comparison, register
from tests.support.builders import small_register


def test_memberships_for_year_follow_start_and_end(store) -> None:
    reg = small_register(store)
    ids_2006 = {r.id for r in register.memberships_for_year(store, 2006)}
    ids_2007 = {r.id for r in register.memberships_for_year(store, 2007)}
    assert ids_2006 == {reg.eurocities_membership, reg.ubc_membership, reg.nss_membership}
    assert ids_2007 == {reg.eurocities_membership, reg.nss_membership}
    assert len(register.memberships_for_year(store, None)) == 3


def test_membership_row_carries_what_the_view_shows(store) -> None:
    reg = small_register(store)
    row = {r.id: r for r in register.memberships_for_year(store, 2007)}[reg.eurocities_membership]
    assert row.organisation == "Eurocities" and row.acronym == "EC"
    assert row.responsible_department == "Stadsledningskontoret"
    assert row.participants == ("Miljöförvaltningen",)
    assert row.primary_contact == "Anna Berg"
    assert (row.fee_amount, row.fee_currency, row.fee_sek) == (
        Decimal("15000.00"), "EUR", Decimal("138750.00"),
    )  # fmt: skip
    assert row.themes == ("governance",)


def test_year_summary_counts_and_totals(store) -> None:
    small_register(store)
    s2006 = register.year_summary(store, 2006)
    assert (s2006.organisations, s2006.networks, s2006.memberships) == (2, 1, 3)
    assert s2006.departments == 2
    assert s2006.fees_sek == Decimal("15000") * Decimal("9.25") + Decimal("4500") * Decimal("9.25")
    s2007 = register.year_summary(store, 2007)
    assert (s2007.organisations, s2007.networks) == (1, 1)
    assert s2007.fees_sek == Decimal("138750.00")


def test_comparison_lists_joined_and_left(store) -> None:
    small_register(store)
    result = comparison.compare_years(store, 2006, 2007)
    assert [c.organisation for c in result.left] == ["Union of Baltic Cities"]
    assert result.joined == ()
    miljo = {d.department: d for d in result.by_department}["Miljöförvaltningen"]
    assert (miljo.memberships_before, miljo.memberships_after) == (2, 1)


def test_matrix_cells_mark_responsible_participant_and_contact(store) -> None:
    reg = small_register(store)
    source = matrix_source(store, 2007)
    cells = {(c.department_id, c.membership_id): c for c in source.cells}
    assert cells[(reg.slk, reg.eurocities_membership)].role is Role.RESPONSIBLE
    miljo = cells[(reg.miljo, reg.eurocities_membership)]
    assert miljo.role is Role.PARTICIPANT and miljo.contacts == ("Sara Nyström",)
    assert (reg.miljo, reg.ubc_membership) not in cells  # ended in 2006


def test_fees_by_department_and_year(store) -> None:
    reg = small_register(store)
    totals = comparison.fees_by_department_and_year(store)
    assert totals[(reg.slk, 2005)] == Decimal("139200.00")
    assert totals[(reg.miljo, 2006)] == Decimal("41625.00")
    assert (reg.miljo, 2007) not in totals
