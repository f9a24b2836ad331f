"""What the published report of a year holds, gathered from the services.

A handful of reads, each a short unit of work with a fixed number of queries.
The report shows only what is public: no attention list, no assessments.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app.matrix.filters import MatrixFilters
from app.matrix.layout import build_matrix
from app.matrix.roles import Role
from app.matrix.table import MatrixTable
from app.matrix.totals import NETWORKS, ORGANISATIONS
from app.rows import DepartmentRow, MembershipRow, PositionRow, YearComparison
from app.services.comparison import compare_years
from app.services.departments import list_departments
from app.services.overview import Overview, is_example_register, overview, positions_in_year
from app.services.register import memberships_for_year
from app.store import Store

MARKS = {Role.RESPONSIBLE: "R", Role.PARTICIPANT: "P"}  # holding a contact only: no mark


@dataclass(frozen=True)
class MatrixRow:
    """One organisation against the departments: 'R' responsible, 'P' participant."""

    organisation: str
    marks: dict[int, str]  # department id -> mark
    organisation_id: int = 0


@dataclass(frozen=True)
class DepartmentTotals:
    """How many organisations a department takes part in, as the council asked."""

    department: DepartmentRow
    responsible: int
    participant: int
    total: int  # organisations and networks it takes part in: the matrix's totals


@dataclass(frozen=True)
class ReportData:
    year: int
    generated_on: dt.date
    example: bool
    overview: Overview
    memberships: tuple[MembershipRow, ...]  # sorted by organisation
    departments: tuple[DepartmentRow, ...]  # those taking part, sorted by name
    matrix_table: MatrixTable  # the year's matrix, organisations down (app.matrix)
    positions: tuple[PositionRow, ...]
    comparison: YearComparison

    def memberships_by_department(self) -> list[tuple[DepartmentRow, list[MembershipRow]]]:
        found: dict[int, list[MembershipRow]] = defaultdict(list)
        for row in self.memberships:
            found[row.responsible_department_id].append(row)
        return [(d, found[d.id]) for d in self.departments if found.get(d.id)]

    def matrix(self) -> list[MatrixRow]:
        """The matrix's rows by organisation name, each with its departments' marks."""
        table = self.matrix_table
        marks: dict[int, dict[int, str]] = defaultdict(dict)
        for (r, c), entry in table.filled().items():
            if entry.role in MARKS:
                marks[r][table.columns[c].id] = MARKS[entry.role]
        rows = [MatrixRow(h.name, marks.get(r, {}), h.id) for r, h in enumerate(table.rows)]
        return sorted(rows, key=lambda row: row.organisation.casefold())

    def department_totals(self) -> list[DepartmentTotals]:
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for row in self.matrix():
            for department_id, mark in row.marks.items():
                counts[department_id][0 if mark == "R" else 1] += 1
        totals = taking_part(self.matrix_table)
        return [
            DepartmentTotals(d, *counts[d.id], totals[d.id])
            for d in self.departments
            if totals.get(d.id)
        ]


def taking_part(table: MatrixTable) -> dict[int, int]:
    """Department -> organisations and networks it takes part in, by the matrix's totals."""
    return {
        department_id: int(totals[ORGANISATIONS.key]) + int(totals[NETWORKS.key])
        for department_id, totals in table.department_totals().items()
    }


def gather(
    store: Store, year: int, today: dt.date | None = None, filters: MatrixFilters | None = None
) -> ReportData:
    """The report's content; `filters` narrow its matrix as they narrow the window's."""
    rows = memberships_for_year(store, year)
    matrix = build_matrix(store, year, filters or MatrixFilters(), swapped=True)
    totals = taking_part(matrix)
    departments = [d for d in list_departments(store) if totals.get(d.id)]
    return ReportData(
        year=year,
        generated_on=today or dt.date.today(),
        example=is_example_register(store),
        overview=overview(store, year),
        memberships=tuple(sorted(rows, key=lambda r: (r.organisation.casefold(), r.id))),
        departments=tuple(sorted(departments, key=lambda d: d.name.casefold())),
        matrix_table=matrix,
        positions=tuple(positions_in_year(store, year)),
        comparison=compare_years(store, year - 1, year),
    )
