"""Reading the export's other sheets: organisations, departments, contacts,
positions of trust, assessments, review decisions and exchange rates.

Rows of Contacts, Positions, Assessments and Review decisions refer to a
membership by organisation and responsible department, as the export writes
them.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.currencies import HOME_CURRENCY
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import ExchangeRateData
from app.services.rates import check_rate
from app.spreadsheet import parsing as p
from app.spreadsheet.builder import PlanBuilder, SheetSource
from app.spreadsheet.checks import check_alone
from app.spreadsheet.headers import FIELDS_OF_KIND
from app.spreadsheet.memberships_sheet import NOT_MAPPED
from app.spreadsheet.parsing import Row
from app.spreadsheet.plan import PositionValues, RateEntry
from app.spreadsheet.problems import Where
from app.validation import Checker
from app.vocabulary import (
    DECISIONS,
    ContactRole,
    DecisionKind,
    DepartmentKind,
    OrganisationKind,
    Recommendation,
    Scope,
)

ASSESSMENT_CELLS = {
    f"assessment.{f}": f
    for f in ("added_value", "rating", "meetings_attended", "working_groups", "positions_held",
              "other_costs_sek", "recommendation", "assessed_by", "assessed_on")
}  # fmt: skip
DECISION_CELLS = {f"decision.{f}": f for f in ("decision", "rationale", "decided_by")}
REQUIRED = {
    "organisations": ("organisation",),
    "departments": ("department",),
    "contacts": ("organisation", "department", "name"),
    "positions": ("organisation", "department", "position"),
    "assessments": ("organisation", "department"),
    "decisions": ("organisation", "department", "decision"),
    "rates": ("currency", "year", "rate"),
}


def read_sheet(b: PlanBuilder, sheet: SheetSource) -> None:
    labels = {f.key: f.label for f in FIELDS_OF_KIND[sheet.kind or ""]}
    missing = [key for key in REQUIRED[sheet.kind or ""] if key not in sheet.mapping]
    for key in missing:
        b.findings.error(Where(sheet.name), NOT_MAPPED, field=labels[key])
    if missing:
        return
    read_row = READERS[sheet.kind or ""]
    for row in b.rows(sheet):
        read_row(b, row)


def _required_text(b: PlanBuilder, row: Row, field: str) -> str:
    value = p.text(row.cell(field))
    if not value:
        b.findings.error(
            row.where, N_("import", "The row gives no {what}."), what=field.replace("_", " ")
        )
    return value


def _optional_text(row: Row, field: str) -> str:
    return p.text(row.cell(field))


def _membership_of(b: PlanBuilder, row: Row, organisation: str, department: str) -> Any:
    """The membership a row belongs to: organisation, department and, where the sheet
    gives it, the year the membership started."""
    if not organisation:
        return None
    start = p.year(row.cell("start_year"), b.findings)
    return b.known_membership(organisation, department, row.where, start)


def _organisation(b: PlanBuilder, row: Row) -> None:
    name = _required_text(b, row, "organisation")
    fields = ("acronym", "kind", "scope", "themes", "country", "website", "description")
    values = {
        "acronym": _optional_text(row, "acronym"),
        "kind": p.choice(row.cell("kind"), OrganisationKind, b.findings),
        "scope": p.choice(row.cell("scope"), Scope, b.findings),
        "themes": p.themes(b.names(p.text(row.cell("themes")), lambda _n: None)),
        "country": _optional_text(row, "country"),
        "website": _optional_text(row, "website"),
        "description": _optional_text(row, "description"),
    }
    cells = row.places({"name": "organisation", **{f: f for f in fields}})
    if not b.findings.row_is_bad(row.where):
        b.organisation(name, values, row.where, cells)


def _department(b: PlanBuilder, row: Row) -> None:
    name = _required_text(b, row, "department")
    values = {
        "short_name": _optional_text(row, "short_name"),
        "kind": p.choice(row.cell("kind"), DepartmentKind, b.findings),
        "strategy_year": p.year(row.cell("strategy_year"), b.findings),
    }
    cells = row.places({"name": "department", **{f: f for f in values}})
    coordinator = _optional_text(row, "coordinator")
    email = p.text(row.cell("coordinator_email"))
    if b.findings.row_is_bad(row.where):
        return
    key = b.department(name, values, row.where, cells)
    if coordinator:
        held_by = row.places({"name": "coordinator", "email": "coordinator_email"})
        b.plan.departments[key].coordinator = b.person(coordinator, email, {}, row.where, held_by)


def _contact(b: PlanBuilder, row: Row) -> None:
    organisation = _required_text(b, row, "organisation")
    department = _required_text(b, row, "department")
    name = _required_text(b, row, "name")
    email = p.text(row.cell("email"))
    role = p.choice(row.cell("role"), ContactRole, b.findings) or ContactRole.OTHER.value
    values: dict[str, Any] = {
        "title": _optional_text(row, "title"),
        "phone": _optional_text(row, "phone"),
        "active": p.boolean(row.cell("active"), b.findings),
    }
    cells = row.places({"name": "name", "email": "email", **{f: f for f in values}})
    works_at = p.text(row.cell("works_at"))
    entry = _membership_of(b, row, organisation, department)
    if b.findings.row_is_bad(row.where) or entry is None:
        if name:  # not imported; what else is wrong with it, though?
            person = {"name": name, "email": email, **values}
            check_alone(b.findings, "people", person, cells, row.where)
        return
    person = b.person(name, email, values, row.where, cells)
    if works_at:
        b.plan.people[person].department = b.department(
            works_at, {}, row.where, row.places({"name": "works_at"})
        )
    entry.add_contact(person, role)


def _position(b: PlanBuilder, row: Row) -> None:
    organisation = _required_text(b, row, "organisation")
    department = _required_text(b, row, "department")
    title = _required_text(b, row, "position")
    start = p.year(row.cell("from_year"), b.findings) or b.year
    end = p.year(row.cell("to_year"), b.findings)
    body = _optional_text(row, "body")
    held_by = _optional_text(row, "held_by")
    entry = _membership_of(b, row, organisation, department)
    if b.findings.row_is_bad(row.where) or entry is None:
        return
    cells = row.places({"name": "held_by"})
    person = b.person(held_by, "", {}, row.where, cells) if held_by else None
    position = PositionValues(title, body, person, start, end)
    if position not in entry.positions:
        entry.positions.append(position)
        entry.cells.add(row.places({"positions": "position"}), latest_first=True)


def _assessment(b: PlanBuilder, row: Row) -> None:
    organisation = _required_text(b, row, "organisation")
    department = _required_text(b, row, "department")
    findings = b.findings
    values = {
        "added_value": _optional_text(row, "added_value"),
        "rating": p.whole_number(row.cell("rating"), findings),
        "meetings_attended": p.whole_number(row.cell("meetings_attended"), findings),
        "working_groups": p.whole_number(row.cell("working_groups"), findings),
        "positions_held": p.whole_number(row.cell("positions_held"), findings),
        "other_costs_sek": p.amount(row.cell("other_costs_sek"), findings),
        "recommendation": p.choice(row.cell("recommendation"), Recommendation, findings),
        "assessed_by": _optional_text(row, "assessed_by"),
        "assessed_on": p.date(row.cell("assessed_on"), findings),
    }
    year = p.year(row.cell("year"), findings)
    entry = _membership_of(b, row, organisation, department)
    if findings.row_is_bad(row.where) or entry is None:
        return
    # The row's own year; a sheet without one holds the exported year's.
    given = (
        entry.assessment if year in (None, b.year) else entry.other_assessments.setdefault(year, {})
    )
    given.update({k: v for k, v in values.items() if v not in (None, "")})
    entry.cells.add(row.places(ASSESSMENT_CELLS), latest_first=True)


def _decision_word(cell: p.Cell | None, b: PlanBuilder) -> str | None:
    """The decision in any language; "" for the review sheet's 'Not decided'."""
    if DECISIONS.means_none(p.text(cell)):
        return ""
    return p.choice(cell, DecisionKind, b.findings)


def _decision(b: PlanBuilder, row: Row) -> None:
    organisation = _required_text(b, row, "organisation")
    department = _required_text(b, row, "department")
    decision = _decision_word(row.cell("decision"), b)
    if decision == "":
        return  # a membership the review has not decided on yet
    values = {
        "decision": decision,
        "rationale": _optional_text(row, "rationale"),
        "decided_by": _optional_text(row, "decided_by"),
    }
    entry = _membership_of(b, row, organisation, department)
    if b.findings.row_is_bad(row.where) or entry is None or decision is None:
        return
    entry.decision.update(values)
    entry.cells.add(row.places(DECISION_CELLS), latest_first=True)


def _rate(b: PlanBuilder, row: Row) -> None:
    currency = p.currency(row.cell("currency"), b.findings)
    year = p.year(row.cell("year"), b.findings)
    rate = p.rate(row.cell("rate"), b.findings)
    if currency == HOME_CURRENCY:
        return
    if b.findings.row_is_bad(row.where) or currency is None or year is None or rate is None:
        return
    check = Checker()
    check_rate(check, ExchangeRateData(currency, year, rate))
    places = row.places({"currency": "currency", "year": "year", "rate_to_sek": "rate"})
    b.findings.refused(check.problems, places, row.where)
    if not check.problems:
        b.plan.rates[(currency, year)] = RateEntry(currency, year, Decimal(rate), row.where)


READERS = {
    "organisations": _organisation,
    "departments": _department,
    "contacts": _contact,
    "positions": _position,
    "assessments": _assessment,
    "decisions": _decision,
    "rates": _rate,
}
