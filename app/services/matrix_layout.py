"""The matrix as shown: departments and companies against organisations and networks.

`build_matrix` reads a year's matrix data (`app.services.matrix.matrix_source`,
a fixed handful of queries) and `lay_out` turns it into a `MatrixTable`: row and
column headers, one entry per filled cell, and the totals, all for the chosen
filters and orientation. The window and the spreadsheet both show a
`MatrixTable`, so the export is the matrix exactly as on screen. `lay_out`
runs no query: a view changing filters or swapping keeps the source.

Totals count what is shown. A department "takes part" in an organisation when
it is the responsible member or a participant of one of its memberships;
holding a contact person alone is shown but not counted. Fees are counted for
the department responsible for the membership.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from app.collation import swedish_key
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import MatrixCell
from app.services.matrix import DepartmentHead, MatrixSource, OrganisationHead, matrix_source
from app.services.matrix_labels import KIND_LABELS, SCOPE_LABELS, STATUS_LABELS, Role
from app.store import Store

Translate = Callable[[str], str]
DEPARTMENT, ORGANISATION = "department", "organisation"
NETWORK = "network"


@dataclass(frozen=True, slots=True)
class MatrixFilters:
    kind: str | None = None  # organisation / network
    scope: str | None = None
    theme: str | None = None
    status: str | None = None  # of the memberships counted
    departments_without_membership: bool = False
    single_department_memberships: bool = False
    sort_by: str = "name"  # "name" or the key of a row total (largest first)


def describe_filters(filters: MatrixFilters, tr: Translate) -> list[str]:
    """The filters in force, in words, for the export's heading."""
    words = []
    if filters.kind:
        words.append(tr(N_("app", "kind: {kind}")).format(kind=tr(KIND_LABELS[filters.kind])))
    if filters.scope:
        scope = tr(SCOPE_LABELS.get(filters.scope, filters.scope))
        words.append(tr(N_("app", "scope: {scope}")).format(scope=scope))
    if filters.theme:
        words.append(tr(N_("app", "theme: {theme}")).format(theme=filters.theme))
    if filters.status:
        status = tr(STATUS_LABELS.get(filters.status, filters.status))
        words.append(tr(N_("app", "status: {status}")).format(status=status))
    if filters.departments_without_membership:
        words.append(tr(N_("app", "only departments with no membership")))
    if filters.single_department_memberships:
        words.append(tr(N_("app", "only memberships with a single department")))
    return words


@dataclass(frozen=True, slots=True)
class Total:
    key: str
    label: str  # marked for translation in the "app" context
    money: bool = False


ORGANISATIONS = Total("organisations", N_("app", "Organisations"))
NETWORKS = Total("networks", N_("app", "Networks"))
FEES = Total("fees_sek", N_("app", "Fees (SEK)"), money=True)
DEPARTMENTS = Total("departments", N_("app", "Departments taking part"))
DEPARTMENT_TOTALS = (ORGANISATIONS, NETWORKS, FEES)
ORGANISATION_TOTALS = (DEPARTMENTS,)


@dataclass(frozen=True, slots=True)
class Header:
    """A row or column: a department or company, or an organisation or network."""

    entity: str  # DEPARTMENT / ORGANISATION
    id: int
    label: str  # what the header shows: a department's name, an acronym or name
    name: str  # the full name
    kind: str
    short: str = ""  # acronym or short name
    scope: str = ""
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """One filled cell: how a department takes part in an organisation."""

    role: Role
    membership_id: int  # the membership behind the strongest role
    contacts: tuple[tuple[str, str], ...]  # (name, contact role) of the department's people
    fee_amount: Decimal | None
    fee_currency: str
    fee_sek: Decimal | None
    status: str


@dataclass(frozen=True, slots=True)
class MatrixSummary:
    departments: int  # departments shown that take part in something shown
    organisations: int
    networks: int
    fees_sek: Decimal


@dataclass(frozen=True)
class MatrixTable:
    year: int
    filters: MatrixFilters
    swapped: bool
    rows: tuple[Header, ...]
    columns: tuple[Header, ...]
    cells: dict[tuple[int, int], Entry]  # (row index, column index) -> filled cell
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
        return self.cells.get((row, column))


def build_matrix(
    store: Store, year: int, filters: MatrixFilters, swapped: bool = False
) -> MatrixTable:
    """The matrix of `year` as the view shows it."""
    return lay_out(matrix_source(store, year), filters, swapped)


@dataclass
class _Counts:
    """Per department and per organisation, over what the filters keep."""

    entries: dict[tuple[int, int], Entry]  # (department, organisation)
    by_department: dict[int, dict[str, int | Decimal]]


def lay_out(source: MatrixSource, filters: MatrixFilters, swapped: bool = False) -> MatrixTable:
    organisations = {o.id: o for o in source.organisations if _organisation_kept(o, filters)}
    cells = [
        c
        for c in source.cells
        if c.organisation_id in organisations and filters.status in (None, c.status)
    ]
    taking_part = _departments_taking_part(cells)
    columns = [o for o in organisations.values() if taking_part.get(o.id) is not None]
    if filters.single_department_memberships:
        columns = [o for o in columns if len(taking_part[o.id]) == 1]
    kept = {o.id for o in columns}
    cells = [c for c in cells if c.organisation_id in kept]
    counts = _count(cells, organisations, source.fees_sek)
    departments = list(source.departments)
    if filters.departments_without_membership:
        departments = [d for d in departments if not _takes_part(counts, d.id)]
    return _assemble(source, filters, swapped, departments, columns, counts)


def _organisation_kept(organisation: OrganisationHead, filters: MatrixFilters) -> bool:
    return (
        filters.kind in (None, organisation.kind)
        and filters.scope in (None, organisation.scope)
        and (filters.theme is None or filters.theme in organisation.themes)
    )


def _departments_taking_part(cells: Iterable[MatrixCell]) -> dict[int, set[int]]:
    """Organisation -> departments responsible or participating (an empty set: contacts only)."""
    found: dict[int, set[int]] = defaultdict(set)
    for c in cells:
        departments = found[c.organisation_id]  # listed even when no one takes part
        if c.responsible or c.participant:
            departments.add(c.department_id)
    return dict(found)


def _role(cell: MatrixCell) -> Role:
    if cell.responsible:
        return Role.RESPONSIBLE
    if cell.participant:
        return Role.PARTICIPANT
    return Role.CONTACT if cell.contacts else Role.NONE


def _count(
    cells: list[MatrixCell], organisations: dict[int, OrganisationHead], fees: dict[int, Decimal]
) -> _Counts:
    entries: dict[tuple[int, int], Entry] = {}
    by_department: dict[int, dict[str, int | Decimal]] = defaultdict(
        lambda: {ORGANISATIONS.key: 0, NETWORKS.key: 0, FEES.key: Decimal(0)}
    )
    for c in sorted(cells, key=lambda c: c.membership_id):
        key = (c.department_id, c.organisation_id)
        role = _role(c)
        if c.responsible:
            by_department[c.department_id][FEES.key] += fees.get(c.membership_id, Decimal(0))
        before = entries.get(key)
        entries[key] = _entry(c, role, fees, before)
        if role >= Role.PARTICIPANT and (before is None or before.role < Role.PARTICIPANT):
            kind = organisations[c.organisation_id].kind
            total = NETWORKS if kind == NETWORK else ORGANISATIONS
            by_department[c.department_id][total.key] += 1
    return _Counts(entries, dict(by_department))


def _entry(cell: MatrixCell, role: Role, fees: dict[int, Decimal], before: Entry | None) -> Entry:
    """The cell's entry; a second membership of the same organisation adds its contacts
    and wins only with a stronger role."""
    roles = cell.contact_roles or ("",) * len(cell.contacts)
    contacts = tuple(zip(cell.contacts, roles, strict=True))
    if before is not None:
        contacts = tuple(sorted(set(before.contacts) | set(contacts)))
        if before.role >= role:
            return Entry(
                before.role, before.membership_id, contacts, before.fee_amount,
                before.fee_currency, before.fee_sek, before.status,
            )  # fmt: skip
    return Entry(
        role=role,
        membership_id=cell.membership_id,
        contacts=contacts,
        fee_amount=cell.fee_amount,
        fee_currency=cell.fee_currency,
        fee_sek=fees.get(cell.membership_id),
        status=cell.status,
    )


def _takes_part(counts: _Counts, department_id: int) -> bool:
    totals = counts.by_department.get(department_id)
    return bool(totals and (totals[ORGANISATIONS.key] or totals[NETWORKS.key]))


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
    counts: _Counts,
) -> MatrixTable:
    shown = {d.id for d in departments}
    per_department = {
        d.id: tuple(counts.by_department.get(d.id, _ZERO)[t.key] for t in DEPARTMENT_TOTALS)
        for d in departments
    }
    per_organisation = _departments_per_organisation(counts, shown)
    department_heads = [_department_header(d) for d in departments]
    organisation_heads = [_organisation_header(o) for o in organisations]
    department_heads.sort(key=lambda h: swedish_key(h.label))
    organisation_heads.sort(key=lambda h: (h.kind == NETWORK, swedish_key(h.label)))
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
        cells=_placed(counts.entries, rows, columns, swapped),
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


DEPARTMENT_CORNER = N_("app", "Department or company")
ORGANISATION_CORNER = N_("app", "Organisation or network")
_ZERO: dict[str, int | Decimal] = {ORGANISATIONS.key: 0, NETWORKS.key: 0, FEES.key: Decimal(0)}


def _departments_per_organisation(
    counts: _Counts, shown: set[int]
) -> dict[int, tuple[int | Decimal, ...]]:
    found: dict[int, int] = defaultdict(int)
    for (department_id, organisation_id), entry in counts.entries.items():
        taking_part = entry.role >= Role.PARTICIPANT and department_id in shown
        found[organisation_id] += int(taking_part)
    return defaultdict(lambda: (0,), {k: (v,) for k, v in found.items()})


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


def _placed(
    entries: dict[tuple[int, int], Entry],
    rows: list[Header],
    columns: list[Header],
    swapped: bool,
) -> dict[tuple[int, int], Entry]:
    """Entries keyed by (row index, column index) of the table as laid out."""
    row_index = {h.id: i for i, h in enumerate(rows)}
    column_index = {h.id: i for i, h in enumerate(columns)}
    placed = {}
    for (department_id, organisation_id), entry in entries.items():
        row_id, column_id = (
            (organisation_id, department_id) if swapped else (department_id, organisation_id)
        )
        r, c = row_index.get(row_id), column_index.get(column_id)
        if r is not None and c is not None:
            placed[(r, c)] = entry
    return placed


def _summary(
    per_department: dict[int, tuple[int | Decimal, ...]], organisations: list[OrganisationHead]
) -> MatrixSummary:
    taking_part = sum(1 for v in per_department.values() if v[0] or v[1])
    networks = sum(1 for o in organisations if o.kind == NETWORK)
    fees = sum((Decimal(v[2]) for v in per_department.values()), Decimal(0))
    return MatrixSummary(taking_part, len(organisations) - networks, networks, fees)
