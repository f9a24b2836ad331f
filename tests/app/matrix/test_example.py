"""The matrix of the example register agrees with the other services and the council paper."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from app.matrix.filters import MatrixFilters
from app.matrix.layout import build_matrix
from app.services import register
from app.store import Store
from tests.support.matrix_checks import example_store, expected_counts


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = example_store(tmp_path_factory.mktemp("example"))
    yield opened
    opened.close()


@pytest.mark.parametrize("year", [2005, 2006, 2007, 2008])
def test_counts_per_department_and_organisation(example: Store, year: int) -> None:
    table = build_matrix(example, year, MatrixFilters())
    expected = expected_counts(example, year)
    keys = [t.key for t in table.row_totals]
    rows = {
        h.id: dict(zip(keys, v, strict=True))
        for h, v in zip(table.rows, table.row_total_values, strict=True)
    }
    assert {d: r["organisations"] for d, r in rows.items()} == expected.organisations
    assert {d: r["networks"] for d, r in rows.items()} == expected.networks
    assert {d: r["fees_sek"] for d, r in rows.items()} == expected.fees_sek
    per_organisation = dict(
        zip((h.id for h in table.columns), table.column_total_values[0], strict=True)
    )
    assert per_organisation == expected.departments
    summary = register.year_summary(example, year)
    assert (table.summary.organisations, table.summary.networks) == (
        summary.organisations, summary.networks,
    )  # fmt: skip
    assert table.summary.departments == summary.departments
    # Fees are valued per membership and rounded to öre each; the year summary rounds
    # each currency's sum once. They differ by öre at most.
    assert table.summary.fees_sek == sum(expected.fees_sek.values())
    assert abs(table.summary.fees_sek - summary.fees_sek) < Decimal(1)


def test_the_council_papers_figures_for_2007(example: Store) -> None:
    table = build_matrix(example, 2007, MatrixFilters())
    assert (table.summary.organisations, table.summary.networks) == (76, 5)
    assert len(table.columns) == 81
    assert 1_250_000 < table.summary.fees_sek < 1_350_000  # "about 1.3 million SEK"
    networks = build_matrix(example, 2007, MatrixFilters(kind="network"))
    assert len(networks.columns) == 5
    assert "Nordens Större Städer" in {h.name for h in networks.columns}


def test_every_cell_is_one_the_services_know(example: Store) -> None:
    """Each responsible or participant mark matches a membership row of the year."""
    rows = register.memberships_for_year(example, 2007)
    responsible = {(r.responsible_department_id, r.organisation_id) for r in rows}
    participant = {(d, r.organisation_id) for r in rows for d in r.participant_ids}
    table = build_matrix(example, 2007, MatrixFilters())
    shown = {
        (table.rows[r].id, table.columns[c].id): entry.role.name
        for (r, c), entry in table.filled().items()
    }
    assert {k for k, v in shown.items() if v == "RESPONSIBLE"} == responsible
    assert {k for k, v in shown.items() if v == "PARTICIPANT"} == participant - responsible
