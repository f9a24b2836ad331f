"""What the published report of a year holds, gathered from the services.

A handful of reads, each a short unit of work with a fixed number of queries.
The report shows only what is public: no attention list, no assessments.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from app.rows import DepartmentRow, MatrixCell, MembershipRow, PositionRow, YearComparison
from app.services.comparison import compare_years
from app.services.departments import list_departments
from app.services.matrix import participation_cells
from app.services.overview import Overview, is_example_register, overview, positions_in_year
from app.services.register import memberships_for_year
from app.store import Store


@dataclass(frozen=True)
class MatrixRow:
    """One organisation against the departments: 'R' responsible, 'P' participant."""

    organisation: str
    marks: dict[int, str]  # department id -> mark


@dataclass(frozen=True)
class DepartmentTotals:
    """How many organisations a department takes part in, as the council asked."""

    department: DepartmentRow
    responsible: int
    participant: int

    @property
    def total(self) -> int:
        return self.responsible + self.participant


@dataclass(frozen=True)
class ReportData:
    year: int
    generated_on: dt.date
    example: bool
    overview: Overview
    memberships: tuple[MembershipRow, ...]  # sorted by organisation
    departments: tuple[DepartmentRow, ...]  # those taking part, sorted by name
    cells: tuple[MatrixCell, ...]
    positions: tuple[PositionRow, ...]
    comparison: YearComparison

    def memberships_by_department(self) -> list[tuple[DepartmentRow, list[MembershipRow]]]:
        found: dict[int, list[MembershipRow]] = defaultdict(list)
        for row in self.memberships:
            found[row.responsible_department_id].append(row)
        return [(d, found[d.id]) for d in self.departments if found.get(d.id)]

    def matrix(self) -> list[MatrixRow]:
        names = {r.organisation_id: r.organisation for r in self.memberships}
        marks: dict[int, dict[int, str]] = defaultdict(dict)
        for cell in self.cells:
            current = marks[cell.organisation_id].get(cell.department_id, "")
            mark = "R" if cell.responsible else ("P" if cell.participant else "")
            if mark and current != "R":
                marks[cell.organisation_id][cell.department_id] = mark
        rows = [MatrixRow(names[o], marks.get(o, {})) for o in names]
        return sorted(rows, key=lambda r: r.organisation.casefold())

    def department_totals(self) -> list[DepartmentTotals]:
        counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for row in self.matrix():
            for department_id, mark in row.marks.items():
                counts[department_id][0 if mark == "R" else 1] += 1
        return [DepartmentTotals(d, *counts[d.id]) for d in self.departments if d.id in counts]


def gather(store: Store, year: int, today: dt.date | None = None) -> ReportData:
    rows = memberships_for_year(store, year)
    cells = participation_cells(store, year)
    taking_part = {c.department_id for c in cells if c.responsible or c.participant}
    departments = [d for d in list_departments(store) if d.id in taking_part]
    return ReportData(
        year=year,
        generated_on=today or dt.date.today(),
        example=is_example_register(store),
        overview=overview(store, year),
        memberships=tuple(sorted(rows, key=lambda r: (r.organisation.casefold(), r.id))),
        departments=tuple(sorted(departments, key=lambda d: d.name.casefold())),
        cells=tuple(cells),
        positions=tuple(positions_in_year(store, year)),
        comparison=compare_years(store, year - 1, year),
    )
