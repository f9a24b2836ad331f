"""The register's tables as sheets: titles, columns and rows of plain values.

Headers and sheet names are marked for translation in the `export` context
and shown in the workbook's language; the importer recognises them in any
language (`app.spreadsheet.headers`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.matrix import totals as matrix_totals
from app.spreadsheet.data import ROLE_ORDER, RegisterData
from app.spreadsheet.writer import Column, Kind
from app.valuation import total
from app.vocabulary import (
    CONTACT_ROLES,
    DEPARTMENT_KINDS,
    MEMBERSHIP_STATUSES,
    ORGANISATION_KINDS,
    RECOMMENDATIONS,
    SCOPES,
    ContactRole,
    theme_labels,
)

# Sheet names (at most 31 characters in Excel).
SUMMARY = N_("export", "Summary")
MEMBERSHIPS = N_("export", "Memberships")
ORGANISATIONS = N_("export", "Organisations")
DEPARTMENTS = N_("export", "Departments")
CONTACTS = N_("export", "Contacts")
POSITIONS = N_("export", "Positions of trust")
MATRIX = N_("export", "Matrix")
FEES_BY_YEAR = N_("export", "Fees by year")
ASSESSMENTS = N_("export", "Assessments")
RATES = N_("export", "Exchange rates")

# Column headers shared by several sheets.
ORGANISATION = N_("export", "Organisation")
ACRONYM = N_("export", "Acronym")
KIND = N_("export", "Kind")
SCOPE = N_("export", "Scope")
THEMES = N_("export", "Themes")
RESPONSIBLE = N_("export", "Responsible department")
FEES_SEK = N_("export", "Fees in SEK")
MEMBER_SINCE = N_("export", "Member since")  # the membership's start year, beside its name
TOTAL = N_("export", "Total")

# The columns the export writes and the import reads back: (field key, header, kind).
# app.spreadsheet.headers makes the import's fields from these; columns computed from
# others (counts, fees) are added by each sheet and never read.
KeyedColumn = tuple[str, str, Kind]
IDENTITY: tuple[KeyedColumn, ...] = (
    ("organisation", ORGANISATION, Kind.TEXT), ("department", RESPONSIBLE, Kind.TEXT),
    ("start_year", MEMBER_SINCE, Kind.YEAR),
)  # fmt: skip
ORGANISATION_COLUMNS: tuple[KeyedColumn, ...] = (
    ("organisation", ORGANISATION, Kind.TEXT), ("acronym", ACRONYM, Kind.TEXT),
    ("kind", KIND, Kind.TEXT), ("scope", SCOPE, Kind.TEXT), ("themes", THEMES, Kind.LIST),
    ("country", N_("export", "Country"), Kind.TEXT),
    ("website", N_("export", "Website"), Kind.TEXT),
    ("description", N_("export", "Description"), Kind.TEXT),
)  # fmt: skip
DEPARTMENT_COLUMNS: tuple[KeyedColumn, ...] = (
    ("department", N_("export", "Department"), Kind.TEXT),
    ("short_name", N_("export", "Short name"), Kind.TEXT), ("kind", KIND, Kind.TEXT),
    ("coordinator", N_("export", "Coordinator"), Kind.TEXT),
    ("coordinator_email", N_("export", "Coordinator's e-mail"), Kind.TEXT),
    ("strategy_year", N_("export", "International strategy adopted"), Kind.YEAR),
)  # fmt: skip
CONTACT_COLUMNS: tuple[KeyedColumn, ...] = (
    *IDENTITY,
    ("name", N_("export", "Name"), Kind.TEXT), ("role", N_("export", "Role"), Kind.TEXT),
    ("title", N_("export", "Title"), Kind.TEXT), ("email", N_("export", "E-mail"), Kind.TEXT),
    ("phone", N_("export", "Phone"), Kind.TEXT),
    ("works_at", N_("export", "Works at"), Kind.TEXT),
    ("active", N_("export", "Active"), Kind.TEXT),
)  # fmt: skip
POSITION_COLUMNS: tuple[KeyedColumn, ...] = (
    *IDENTITY,
    ("position", N_("export", "Position"), Kind.TEXT), ("body", N_("export", "Body"), Kind.TEXT),
    ("held_by", N_("export", "Held by"), Kind.TEXT),
    ("from_year", N_("export", "From"), Kind.YEAR), ("to_year", N_("export", "To"), Kind.YEAR),
)  # fmt: skip
ASSESSMENT_COLUMNS: tuple[KeyedColumn, ...] = (
    *IDENTITY, ("year", N_("export", "Year"), Kind.YEAR),  # earlier years' too (data.collect)
    ("added_value", N_("export", "Added value"), Kind.TEXT),
    ("rating", N_("export", "Rating"), Kind.INTEGER),
    ("meetings_attended", N_("export", "Meetings attended"), Kind.INTEGER),
    ("working_groups", N_("export", "Working groups"), Kind.INTEGER),
    ("positions_held", N_("export", "Positions held"), Kind.INTEGER),
    ("other_costs_sek", N_("export", "Other costs in SEK"), Kind.SEK),
    ("recommendation", N_("export", "Recommendation"), Kind.TEXT),
    ("assessed_by", N_("export", "Assessed by"), Kind.TEXT),
    ("assessed_on", N_("export", "Assessed on"), Kind.DATE),
)  # fmt: skip
RATE_COLUMNS: tuple[KeyedColumn, ...] = (
    ("currency", N_("export", "Currency"), Kind.TEXT), ("year", N_("export", "Year"), Kind.YEAR),
    ("rate", N_("export", "Rate to SEK"), Kind.RATE),
)  # fmt: skip


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list[object]]
    totals: list[object] | None = None


Translate = Callable[[str], str]


def translator(language: str) -> Translate:
    return lambda text: translate("export", text, language)


def columns(t: Translate, spec: list[tuple[str, Kind]]) -> list[Column]:
    return [Column(t(header), kind) for header, kind in spec]


def keyed(spec: tuple[KeyedColumn, ...]) -> list[tuple[str, Kind]]:
    return [(header, kind) for _key, header, kind in spec]


def memberships_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    spec = [
        (ORGANISATION, Kind.TEXT), (ACRONYM, Kind.TEXT), (KIND, Kind.TEXT), (SCOPE, Kind.TEXT),
        (THEMES, Kind.LIST), (RESPONSIBLE, Kind.TEXT),
        (N_("export", "Participating departments"), Kind.LIST),
        (N_("export", "Primary contact"), Kind.TEXT), (N_("export", "Other contacts"), Kind.LIST),
        (N_("export", "Fee"), Kind.MONEY), (N_("export", "Currency"), Kind.TEXT),
        (N_("export", "Fee in SEK"), Kind.SEK), (N_("export", "Start year"), Kind.YEAR),
        (N_("export", "End year"), Kind.YEAR), (N_("export", "Status"), Kind.TEXT),
        (N_("export", "Notice period (months)"), Kind.INTEGER),
        (N_("export", "Latest rating"), Kind.INTEGER),
        (N_("export", "Latest recommendation"), Kind.TEXT),
        (N_("export", "Assessed in"), Kind.YEAR), (N_("export", "Notes"), Kind.TEXT),
    ]  # fmt: skip
    others: dict[int, list[str]] = defaultdict(list)
    for contact in data.contacts:
        if contact.role != ContactRole.PRIMARY:
            others[contact.membership_id].append(contact.name)
    rows = []
    for r in data.memberships:
        notice, notes = data.notes.get(r.id, (None, ""))
        fee = (r.fee_amount, r.fee_currency) if r.fee_amount is not None else None
        rows.append([
            r.organisation, r.acronym, ORGANISATION_KINDS.label(r.kind, language),
            SCOPES.label(r.scope, language), theme_labels(r.themes, language),
            r.responsible_department, r.participants,
            r.primary_contact, tuple(others.get(r.id, ())), fee, r.fee_currency or None,
            r.fee_sek, r.start_year, r.end_year, MEMBERSHIP_STATUSES.label(r.status, language),
            notice, r.latest_rating,
            _recommended(r.latest_recommendation, language),
            r.latest_assessment_year, notes,
        ])  # fmt: skip
    total_sek = total(r.fee_sek for r in data.memberships)
    totals: list[object] = [t(TOTAL)] + [None] * (len(spec) - 1)
    totals[11] = total_sek
    return Sheet(t(MEMBERSHIPS), columns(t, spec), rows, totals)


def organisations_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    spec = [
        *keyed(ORGANISATION_COLUMNS), (N_("export", "Memberships"), Kind.INTEGER),
        (N_("export", "Departments taking part"), Kind.INTEGER), (FEES_SEK, Kind.SEK),
    ]  # fmt: skip
    memberships: dict[int, int] = defaultdict(int)
    departments: dict[int, set[int]] = defaultdict(set)
    fees: dict[int, Decimal] = defaultdict(Decimal)
    for r in data.memberships:
        memberships[r.organisation_id] += 1
        departments[r.organisation_id].update((r.responsible_department_id, *r.participant_ids))
        fees[r.organisation_id] += r.fee_sek or 0
    rows = [
        [
            o.name, o.acronym, ORGANISATION_KINDS.label(o.kind, language),
            SCOPES.label(o.scope, language), theme_labels(o.themes, language),
            o.country, o.website, o.description,
            memberships[o.id], len(departments[o.id]), fees[o.id],
        ]
        for o in data.organisations
    ]  # fmt: skip
    return Sheet(t(ORGANISATIONS), columns(t, spec), rows)


def departments_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    spec = [
        *keyed(DEPARTMENT_COLUMNS),
        (N_("export", "Organisations"), Kind.INTEGER), (N_("export", "Networks"), Kind.INTEGER),
        (N_("export", "Responsible for"), Kind.INTEGER), (FEES_SEK, Kind.SEK),
    ]  # fmt: skip
    totals = data.matrix.department_totals()  # taking part and fees: the matrix's totals
    responsible: dict[int, int] = defaultdict(int)
    for r in data.memberships:
        responsible[r.responsible_department_id] += 1
    rows = []
    for d in data.departments:
        of = totals.get(d.id, {})
        rows.append([
            d.name, d.short_name, DEPARTMENT_KINDS.label(d.kind, language), d.coordinator,
            data.coordinator_emails.get(d.id, ""), d.strategy_year,
            of.get(matrix_totals.ORGANISATIONS.key, 0), of.get(matrix_totals.NETWORKS.key, 0),
            responsible[d.id], of.get(matrix_totals.FEES.key, Decimal(0)),
        ])  # fmt: skip
    return Sheet(t(DEPARTMENTS), columns(t, spec), rows)


def contacts_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    spec = keyed(CONTACT_COLUMNS)
    memberships = data.by_id()
    yes, no = t(N_("export", "Yes")), t(N_("export", "No"))
    ordered = []
    for c in data.contacts:
        r = memberships[c.membership_id]
        order = (r.organisation.casefold(), r.responsible_department.casefold(), r.start_year,
                 ROLE_ORDER.get(c.role, 9), c.name.casefold())  # fmt: skip
        ordered.append((order, [
            r.organisation, r.responsible_department, r.start_year, c.name,
            CONTACT_ROLES.label(c.role, language),
            c.title, c.email, c.phone, c.department, yes if c.active else no,
        ]))  # fmt: skip
    ordered.sort(key=lambda pair: pair[0])
    rows = [row for _, row in ordered]
    return Sheet(t(CONTACTS), columns(t, spec), rows)


def positions_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    spec = keyed(POSITION_COLUMNS)
    memberships = data.by_id()
    rows = [
        [
            memberships[p.membership_id].organisation,
            memberships[p.membership_id].responsible_department,
            memberships[p.membership_id].start_year,
            p.title, p.body, p.person, p.from_year, p.to_year,
        ]
        for p in data.positions
    ]  # fmt: skip
    rows.sort(key=lambda row: (str(row[0]).casefold(), str(row[1]).casefold(), row[2]))
    return Sheet(t(POSITIONS), columns(t, spec), rows)


def fees_by_year_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    years = sorted({year for _, year in data.fees_by_year})
    names = {d.id: d.name for d in data.departments}
    spec = [Column(t(N_("export", "Department")), Kind.TEXT)]
    spec += [Column(str(year), Kind.SEK) for year in years] + [Column(t(TOTAL), Kind.SEK)]
    departments = sorted({d for d, _ in data.fees_by_year}, key=lambda d: names[d].casefold())
    rows = []
    for department_id in departments:
        values = [data.fees_by_year.get((department_id, year)) for year in years]
        rows.append([names[department_id], *values, total(values)])
    totals: list[object] = [t(TOTAL)]
    totals += [total(row[i] for row in rows) for i in range(1, len(years) + 2)]  # type: ignore[misc]
    return Sheet(t(FEES_BY_YEAR), spec, rows, totals if rows else None)


def assessments_sheet(data: RegisterData, language: str) -> Sheet | None:
    if not data.assessments:
        return None
    t = translator(language)
    spec = keyed(ASSESSMENT_COLUMNS)
    memberships = data.by_id()
    rows = [
        [
            memberships[a.membership_id].organisation,
            memberships[a.membership_id].responsible_department,
            memberships[a.membership_id].start_year, a.year, a.added_value, a.rating,
            a.meetings_attended, a.working_groups, a.positions_held, a.other_costs_sek,
            _recommended(a.recommendation, language), a.assessed_by, a.assessed_on,
        ]
        for a in data.assessments
    ]  # fmt: skip
    rows.sort(key=lambda row: (str(row[0]).casefold(), str(row[1]).casefold(), row[2]))
    return Sheet(t(ASSESSMENTS), columns(t, spec), rows)


def rates_sheet(data: RegisterData, language: str) -> Sheet:
    t = translator(language)
    spec = keyed(RATE_COLUMNS)
    rows = [[r.currency, r.year, r.rate_to_sek] for r in data.rates]
    return Sheet(t(RATES), columns(t, spec), rows)


def _recommended(key: str | None, language: str) -> str | None:
    """A recommendation's label; an empty cell where there is none (the import reads
    an empty cell as none, and "Not assessed" as nothing it knows)."""
    return RECOMMENDATIONS.label(key, language) if key else None
