"""The matrix as shown: row and column headers, the filled cells and the totals.

A `MatrixTable` is what the window's models, the sheet writer and the report
all read (`app.matrix.layout.lay_out` makes it), so the three show the same
cells and the same totals for the same filters.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.matrix.entry import Entry
from app.matrix.filters import MatrixFilters
from app.matrix.header import Header
from app.matrix.totals import MatrixSummary, Total

DEPARTMENT_CORNER = N_("app", "Department or company")
ORGANISATION_CORNER = N_("app", "Organisation or network")


@dataclass(frozen=True)
class MatrixTable:
    year: int
    filters: MatrixFilters
    swapped: bool
    rows: tuple[Header, ...]
    columns: tuple[Header, ...]
    entries: dict[tuple[int, int], Entry]  # (department id, organisation id) -> filled cell
    row_totals: tuple[Total, ...]
    row_total_values: tuple[tuple[int | Decimal, ...], ...]  # [row][total]
    column_totals: tuple[Total, ...]
    column_total_values: tuple[tuple[int | Decimal, ...], ...]  # [total][column]
    summary: MatrixSummary
    scopes: tuple[str, ...] = ()  # choices for the filters, from the year's organisations
    themes: tuple[str, ...] = ()
    missing_rates: tuple[str, ...] = ()
    corner: str = field(default="")  # what the row headers are, marked for translation

    def entry(self, row: int, column: int) -> Entry | None:
        """The filled cell at (row, column) as laid out, or None."""
        row_id, column_id = self.rows[row].id, self.columns[column].id
        return self.entries.get((column_id, row_id) if self.swapped else (row_id, column_id))

    def filled(self) -> dict[tuple[int, int], Entry]:
        """Every filled cell by (row, column)."""
        rows = {h.id: i for i, h in enumerate(self.rows)}
        columns = {h.id: i for i, h in enumerate(self.columns)}
        if self.swapped:
            rows, columns = columns, rows  # entries are keyed (department, organisation)
        found = {}
        for (department_id, organisation_id), entry in self.entries.items():
            r, c = rows.get(department_id), columns.get(organisation_id)
            if r is not None and c is not None:
                found[(c, r) if self.swapped else (r, c)] = entry
        return found

    def department_totals(self) -> dict[int, dict[str, int | Decimal]]:
        """Each department's totals by key (organisations, networks, fees_sek), whichever
        way round the matrix is laid out."""
        if self.swapped:
            keys = [t.key for t in self.column_totals]
            return {
                h.id: {k: self.column_total_values[i][c] for i, k in enumerate(keys)}
                for c, h in enumerate(self.columns)
            }
        keys = [t.key for t in self.row_totals]
        return {
            h.id: dict(zip(keys, values, strict=True))
            for h, values in zip(self.rows, self.row_total_values, strict=True)
        }
