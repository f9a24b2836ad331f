"""Laying the matrix out: the one builder of its cells and totals for given filters.

`build_matrix` reads a year's matrix data (`app.matrix.source.matrix_source`,
a fixed handful of queries) and `lay_out` turns it into a `MatrixTable`: row and
column headers, one entry per filled cell, and the totals, all for the chosen
filters and orientation. The window, the workbook's Matrix sheet and the report
all show a `MatrixTable` made here, so they agree cell for cell. `lay_out` runs
no query: a view changing filters or swapping keeps the source.

Totals count what is shown. A department "takes part" in an organisation when
it is the responsible member or a participant of one of its memberships;
holding a contact person alone is shown but not counted. Fees are counted for
the department responsible for the membership, each valued by `app.valuation`
in `app.matrix.source` and summed with `app.valuation.total`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from typing import NamedTuple

from app.collation import swedish_key
from app.matrix.entry import Entry
from app.matrix.filters import MatrixFilters
from app.matrix.header import DEPARTMENT, NETWORK, ORGANISATION, Header
from app.matrix.roles import Role
from app.matrix.source import (
    DepartmentHead,
    MatrixSource,
    OrganisationHead,
    collector_paused,
    matrix_source,
)
from app.matrix.table import DEPARTMENT_CORNER, ORGANISATION_CORNER, MatrixTable
from app.matrix.totals import DEPARTMENT_TOTALS, ORGANISATION_TOTALS, MatrixSummary, Total
from app.store import Store
from app.valuation import total


def build_matrix(
    store: Store, year: int, filters: MatrixFilters, swapped: bool = False
) -> MatrixTable:
    """The matrix of `year` as the view shows it."""
    return lay_out(matrix_source(store, year), filters, swapped)


class _Tally(NamedTuple):
    """Per department and organisation, over the memberships the filters keep."""

    entries: dict[tuple[int, int], Entry]  # (department, organisation) -> cell
    organisations: dict[int, int]  # department -> organisations it takes part in
    networks: dict[int, int]
    fees_sek: dict[int, Decimal]  # department -> fees of the memberships it is responsible for
    departments: dict[int, int]  # organisation -> departments taking part


def lay_out(source: MatrixSource, filters: MatrixFilters, swapped: bool = False) -> MatrixTable:
    with collector_paused():
        return _lay_out(source, filters, swapped)


def _lay_out(source: MatrixSource, filters: MatrixFilters, swapped: bool) -> MatrixTable:
    organisations = {o.id: o for o in source.organisations if _organisation_kept(o, filters)}
    status = filters.status
    cells = [
        c
        for c in source.cells
        if c.organisation_id in organisations and (status is None or c.status == status)
    ]
    taking_part = _departments_taking_part(cells)
    columns = [o for o in organisations.values() if o.id in taking_part]
    if filters.single_department_memberships:
        columns = [o for o in columns if len(taking_part[o.id]) == 1]
        kept = {o.id for o in columns}
        cells = [c for c in cells if c.organisation_id in kept]
    tally = _tally(cells, {o.id for o in columns if o.kind == NETWORK})
    departments = list(source.departments)
    if filters.departments_without_membership:
        departments = [
            d for d in departments if d.id not in tally.organisations and d.id not in tally.networks
        ]
    return _assemble(source, filters, swapped, departments, columns, tally)


def _organisation_kept(organisation: OrganisationHead, filters: MatrixFilters) -> bool:
    return (
        filters.kind in (None, organisation.kind)
        and filters.scope in (None, organisation.scope)
        and (filters.theme is None or filters.theme in organisation.themes)
    )


def _departments_taking_part(cells: Iterable[Entry]) -> dict[int, set[int]]:
    """Organisation -> departments responsible or participating (an empty set: contacts only)."""
    found: dict[int, set[int]] = defaultdict(set)
    for c in cells:
        departments = found[c.organisation_id]  # listed even when no one takes part
        if c.role >= _PARTICIPANT:
            departments.add(c.department_id)
    return dict(found)


_PARTICIPANT, _RESPONSIBLE = Role.PARTICIPANT, Role.RESPONSIBLE
_NOTHING = Decimal(0)


def _tally(cells: list[Entry], networks: set[int]) -> _Tally:
    """Cells by department and organisation, and the totals. A department with several
    memberships of one organisation gets one cell: the strongest role, every contact."""
    entries: dict[tuple[int, int], Entry] = {}
    organisations: dict[int, int] = defaultdict(int)
    network_counts: dict[int, int] = defaultdict(int)
    fees_sek: dict[int, Decimal] = defaultdict(Decimal)
    departments: dict[int, int] = defaultdict(int)
    for c in cells:
        if c.role is _RESPONSIBLE and c.fee_sek is not None:
            fees_sek[c.department_id] += c.fee_sek
        key = (c.department_id, c.organisation_id)
        before = entries.get(key)
        entries[key] = c if before is None else _merged(before, c)
        if c.role >= _PARTICIPANT and (before is None or before.role < _PARTICIPANT):
            counts = network_counts if c.organisation_id in networks else organisations
            counts[c.department_id] += 1
            departments[c.organisation_id] += 1
    return _Tally(entries, organisations, network_counts, fees_sek, departments)


def _merged(before: Entry, cell: Entry) -> Entry:
    """The stronger of two memberships' cells (the first on a tie), with both's contacts."""
    stronger = cell if cell.role > before.role else before
    people = sorted(set(before.people) | set(cell.people))
    names, roles = tuple(p[0] for p in people), tuple(p[1] for p in people)
    return stronger._replace(contacts=names, contact_roles=roles)


def _department_header(d: DepartmentHead) -> Header:
    return Header(DEPARTMENT, d.id, d.name, d.name, d.kind, d.short_name)


def _organisation_header(o: OrganisationHead) -> Header:
    label = o.acronym or o.name
    return Header(ORGANISATION, o.id, label, o.name, o.kind, o.acronym, o.scope, o.themes)


def _assemble(
    source: MatrixSource,
    filters: MatrixFilters,
    swapped: bool,
    departments: list[DepartmentHead],
    organisations: list[OrganisationHead],
    tally: _Tally,
) -> MatrixTable:
    per_department = {
        d.id: (
            tally.organisations.get(d.id, 0),
            tally.networks.get(d.id, 0),
            tally.fees_sek.get(d.id, _NOTHING),
        )
        for d in departments
    }
    # With only departments that take part in nothing shown, no one shown takes part.
    nobody = filters.departments_without_membership
    per_organisation = {
        o.id: (0 if nobody else tally.departments.get(o.id, 0),) for o in organisations
    }
    department_heads = sorted(map(_department_header, departments), key=_by_label)
    organisation_heads = sorted(map(_organisation_header, organisations), key=_by_kind_label)
    if swapped:
        rows, columns = organisation_heads, department_heads
        row_values, column_values = per_organisation, per_department
        row_totals, column_totals = ORGANISATION_TOTALS, DEPARTMENT_TOTALS
    else:
        rows, columns = department_heads, organisation_heads
        row_values, column_values = per_department, per_organisation
        row_totals, column_totals = DEPARTMENT_TOTALS, ORGANISATION_TOTALS
    rows = _sorted_rows(rows, row_values, row_totals, filters.sort_by)
    return MatrixTable(
        year=source.year,
        filters=filters,
        swapped=swapped,
        rows=tuple(rows),
        columns=tuple(columns),
        entries=tally.entries,
        row_totals=row_totals,
        row_total_values=tuple(row_values[h.id] for h in rows),
        column_totals=column_totals,
        column_total_values=tuple(
            tuple(column_values[h.id][i] for h in columns) for i in range(len(column_totals))
        ),
        summary=_summary(per_department, organisations),
        scopes=tuple(sorted({o.scope for o in source.organisations})),
        themes=tuple(sorted({t for o in source.organisations for t in o.themes}, key=swedish_key)),
        missing_rates=source.missing_rates,
        corner=ORGANISATION_CORNER if swapped else DEPARTMENT_CORNER,
    )


def _by_label(header: Header) -> tuple[str, str]:
    return swedish_key(header.label)


def _by_kind_label(header: Header) -> tuple[bool, tuple[str, str]]:
    """Organisations first, then networks; each alphabetical."""
    return (header.kind == NETWORK, swedish_key(header.label))


def _sorted_rows(
    rows: list[Header],
    values: dict[int, tuple[int | Decimal, ...]],
    totals: tuple[Total, ...],
    sort_by: str,
) -> list[Header]:
    keys = [t.key for t in totals]
    if sort_by not in keys:
        return rows  # already by name
    index = keys.index(sort_by)
    return sorted(rows, key=lambda h: (-values[h.id][index], swedish_key(h.label)))


def _summary(
    per_department: dict[int, tuple[int | Decimal, ...]], organisations: list[OrganisationHead]
) -> MatrixSummary:
    taking_part = sum(1 for v in per_department.values() if v[0] or v[1])
    networks = sum(1 for o in organisations if o.kind == NETWORK)
    fees = total(Decimal(v[2]) for v in per_department.values())
    return MatrixSummary(taking_part, len(organisations) - networks, networks, fees)
