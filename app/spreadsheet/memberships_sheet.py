"""Reading a list of memberships: the export's Memberships sheet or an older list.

A row names an organisation and the departments taking part (the first is
responsible), and may give its kind, contacts, the year's fee, a position of
trust and the added value. Total rows, headings and notes are left out and
listed; a row with a value that cannot be read is not imported and its
problem is named by sheet, row and column.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.spreadsheet import parsing as p
from app.spreadsheet.builder import Cells, PlanBuilder, SheetSource, is_total
from app.spreadsheet.checks import check_alone
from app.spreadsheet.headers import MEMBERSHIP_FIELDS
from app.spreadsheet.parsing import Cell, Row
from app.spreadsheet.plan import MembershipEntry, PositionValues
from app.spreadsheet.problems import Where
from app.vocabulary import ContactRole, MembershipStatus, OrganisationKind, Scope

ORGANISATION_CELLS = {"name": "organisation", "acronym": "acronym", "kind": "kind",
                      "scope": "scope", "themes": "themes"}  # fmt: skip
MEMBERSHIP_CELLS = {"start_year": "start_year", "end_year": "end_year", "status": "status",
                    "notice_months": "notice_months", "notes": "notes", "positions": "position",
                    "assessment.added_value": "added_value"}  # fmt: skip
NOT_MAPPED = N_("import", "No column is marked as '{field}'; choose the column that holds it.")


def read_memberships(b: PlanBuilder, sheet: SheetSource) -> None:
    for field in MEMBERSHIP_FIELDS:
        if field.required and field.key not in sheet.mapping:
            b.findings.error(Where(sheet.name), NOT_MAPPED, field=field.label)
    if b.findings.row_is_bad(Where(sheet.name)):
        return
    if not sheet.data_rows():
        b.findings.error(Where(sheet.name), N_("import", "There are no rows below the header."))
    for row in b.rows(sheet):
        _read_row(b, row)


def _read_row(b: PlanBuilder, row: Row) -> None:
    name = p.text(row.cell("organisation"))
    if not name:
        _not_a_membership(b, row)
        return
    departments = b.names(p.joined(row.cells("department")), b.directory.department)
    if is_total(name) and not departments:  # an organisation may be called "Total"
        b.findings.skipped(row.where, N_("import", "A total row ('{text}'): left out."), text=name)
        return
    b.check_organisation(name, row.where)
    if not departments:
        b.findings.error(row.where, N_("import", "No responsible department is given."))
    organisation = _organisation_values(b, row)
    org_cells = row.places(ORGANISATION_CELLS)
    membership = _membership_values(b, row)
    contacts = _contacts(b, row)
    fee = _fee(b, row)
    extras = _extras(b, row)
    if b.findings.row_is_bad(row.where):  # not imported; what else is wrong with it, though?
        check_alone(
            b.findings, "organisations", {**organisation, "name": name}, org_cells, row.where
        )
        for person, email, _role, cells in contacts:
            check_alone(b.findings, "people", {"name": person, "email": email}, cells, row.where)
        return
    org = b.organisation(name, organisation, row.where, org_cells)
    named = row.places({"name": "department"})
    keys = [b.department(n, _department_kind(n), row.where, named) for n in departments]
    years = membership.get("start_year"), membership.get("end_year")
    entry = b.membership(org, keys[0], row.where, *years)
    if (
        entry.where is not None
        and entry.where != row.where
        and entry.where.sheet == row.where.sheet
    ):
        b.findings.note(
            row.where, N_("import", "The same membership as row {row}: the two rows are merged."),
            row=entry.where.row,
        )  # fmt: skip
    _fill(b, entry, membership, keys[1:], contacts, fee, extras, row)


def _not_a_membership(b: PlanBuilder, row: Row) -> None:
    filled = row.fields()
    if len(filled) <= 1 or filled <= {"fee", "fee_sek", "notes"}:
        b.findings.skipped(
            row.where, N_("import", "No organisation named: a heading, note or total, left out.")
        )
    else:
        b.findings.error(row.where, N_("import", "The row gives no organisation name."))


def _department_kind(name: str) -> dict[str, Any]:
    """City-owned companies are limited companies: 'Stockholm Vatten AB'."""
    return {"kind": "company" if name.split()[-1] == "AB" else "administration"}


def _organisation_values(b: PlanBuilder, row: Row) -> dict[str, Any]:
    findings = b.findings
    kind = p.choice(row.cell("kind"), OrganisationKind, findings)
    if p.boolean(row.cell("network"), findings):
        kind = OrganisationKind.NETWORK.value
    themes = b.names(p.joined(row.cells("themes")), lambda _name: None)
    return {
        "acronym": p.text(row.cell("acronym")),
        "kind": kind,
        "scope": p.choice(row.cell("scope"), Scope, findings),
        "themes": p.themes(themes),
    }


def _membership_values(b: PlanBuilder, row: Row) -> dict[str, Any]:
    findings = b.findings
    values = {
        "start_year": p.year(row.cell("start_year"), findings),
        "end_year": p.year(row.cell("end_year"), findings),
        "status": p.choice(row.cell("status"), MembershipStatus, findings),
        "notice_months": p.whole_number(row.cell("notice_months"), findings),
        "notes": p.joined(row.cells("notes")),
    }
    return {k: v for k, v in values.items() if v not in (None, "")}


def _contacts(b: PlanBuilder, row: Row) -> list[tuple[str, str, str, Cells]]:
    """(name, e-mail, role, cells) of the contacts the row names, the first primary."""
    if b.contacts_sheet:
        return []  # the Contacts sheet gives them, with their roles
    named: list[tuple[str, str, Cell]] = []
    for field, role in (
        ("contacts", ""),
        ("primary_contact", "primary"),
        ("other_contacts", "other"),
    ):
        for cell in row.cells(field):
            for name in b.names(p.text(cell), lambda n: b.directory.person(n)):
                named.append((name, role, cell))
    email_cell = row.cell("email")
    emails = p.split_names(p.text(email_cell), False) if email_cell else []
    found = []
    for index, (name, role, cell) in enumerate(named):
        email = emails[index].strip() if index < len(emails) else ""
        cells = {"name": cell.where}
        if email and email_cell is not None:
            cells["email"] = email_cell.where
        chosen = role or (ContactRole.PRIMARY.value if index == 0 else ContactRole.OTHER.value)
        found.append((name, email, chosen, cells))
    return found


def _fee(b: PlanBuilder, row: Row) -> tuple[Decimal, str, Where] | None:
    """The year's fee: the first fee column with an amount, in the currency the row names."""
    cells = row.cells("fee") or row.cells("fee_sek")
    for cell in cells:
        amount, marked, read = p.fee(cell, b.findings)
        if not read:
            return None
        if amount is None:
            continue
        if cell in row.cells("fee_sek"):
            marked = "SEK"
        return _checked_fee(b, row, cell, amount, marked)
    return None


def _checked_fee(
    b: PlanBuilder, row: Row, cell: Cell, amount: Decimal, marked: str | None
) -> tuple[Decimal, str, Where] | None:
    code = p.currency(row.cell("currency"), b.findings)
    if marked and code and marked != code:
        b.findings.error(
            cell.where,
            N_("import", "The amount is in {marked} but the currency column says {code}."),
            marked=marked, code=code,
        )  # fmt: skip
        return None
    currency = code or marked
    if currency is None:
        b.findings.note(cell.where, N_("import", "No currency is given: read as SEK."))
        currency = "SEK"
    return amount, currency, cell.where


def _extras(b: PlanBuilder, row: Row) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    position = p.text(row.cell("position"))
    if position:
        title, start, end = p.position(position, b.year)
        extras["position"] = PositionValues(title, "", None, start, end)
    added_value = p.joined(row.cells("added_value"))
    if added_value:
        extras["added_value"] = added_value
    participants = b.names(p.joined(row.cells("participants")), b.directory.department)
    extras["participants"] = participants
    return extras


def _fill(
    b: PlanBuilder,
    entry: MembershipEntry,
    values: dict[str, Any],
    also_taking_part: list[str],
    contacts: list[tuple[str, str, str, Cells]],
    fee: tuple[Decimal, str, Where] | None,
    extras: dict[str, Any],
    row: Row,
) -> None:
    entry.values.update(values)
    entry.cells.add(row.places(MEMBERSHIP_CELLS), latest_first=True)
    where = row.places({"name": "participants"})
    named = [b.department(n, _department_kind(n), row.where, where) for n in extras["participants"]]
    for key in [*also_taking_part, *named]:
        if key != entry.department and key not in entry.participants:
            entry.participants.append(key)
    for name, email, role, cells in contacts:
        entry.add_contact(b.person(name, email, {}, cells["name"], cells), role)
    if fee is not None:
        entry.fee = fee[:2]
        entry.cells.add({"fees": fee[2]}, latest_first=True)
    if "position" in extras and extras["position"] not in entry.positions:
        entry.positions.append(extras["position"])
    if "added_value" in extras:
        entry.assessment["added_value"] = extras["added_value"]
