"""Deciding, record by record, whether the import creates, updates or leaves it.

Compares the plan with the register as read into the `RegisterIndex`; see
`app.spreadsheet.plan` for what an import may change in records already there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.currencies import HOME_CURRENCY
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.spreadsheet.matching import MembershipFacts, RegisterIndex, existing_id
from app.spreadsheet.plan import Action, Entry, ImportPlan, MembershipEntry
from app.vocabulary import ContactRole


def decide(plan: ImportPlan, index: RegisterIndex) -> None:
    for table, records in (
        (plan.organisations, index.organisations),
        (plan.departments, index.departments),
        (plan.people, index.people),
    ):
        for entry in table.values():
            _fill_blanks(entry, records)
    for department in plan.departments.values():
        _link_if_empty(department, index.departments, "coordinator_id", department.coordinator)
    for person in plan.people.values():
        _link_if_empty(person, index.people, "department_id", person.department)
    for membership in plan.memberships.values():
        _membership(plan, membership, index)
    _missing_rates(plan, index)
    for rate in plan.rates.values():
        known = index.rates.get((rate.currency, rate.year))
        if known is not None:
            rate.action = Action.SAME
            if known != rate.rate:
                plan.findings.note(
                    rate.where,
                    N_("import", "The register's rate for {currency} {year} ({known}) is kept."),
                    currency=rate.currency, year=rate.year, known=known,
                )  # fmt: skip


def _fill_blanks(entry: Entry, records: dict[int, dict[str, Any]]) -> None:
    record_id = existing_id(entry.key)
    if record_id is None:
        entry.action = Action.CREATE
        return
    current = records[record_id]
    entry.changes = [
        name
        for name, value in entry.values.items()
        if value not in (None, "", ()) and current.get(name) in (None, "", [], ())
    ]
    entry.action = Action.UPDATE if entry.changes else Action.SAME


def _link_if_empty(entry: Any, known: dict[int, dict[str, Any]], field: str, given: object) -> None:
    """A link the sheet gives (a coordinator, a workplace) fills it only where the
    register's record has none: the register's own is never overwritten."""
    record_id = existing_id(entry.key)
    if given is None or record_id is None:
        return
    if known[record_id][field] is None:
        entry.changes.append(field)
        entry.action = Action.UPDATE


def _membership(plan: ImportPlan, entry: MembershipEntry, index: RegisterIndex) -> None:
    if entry.existing_id is None:
        entry.action = Action.CREATE
        entry.values.setdefault(
            "start_year", min(plan.year, entry.values.get("end_year") or plan.year)
        )
        return
    facts = index.memberships[entry.existing_id]
    entry.changes = _membership_changes(plan, entry, facts)
    entry.action = Action.UPDATE if entry.changes else Action.SAME


def _membership_changes(
    plan: ImportPlan, entry: MembershipEntry, facts: MembershipFacts
) -> list[str]:
    changes = [n for n, v in entry.values.items() if facts.values.get(n) != v]
    if facts.values["start_year"] > plan.year and "start_year" not in entry.values:
        entry.values["start_year"] = plan.year  # a member in the year, so since then at least
        changes.append("start_year")
    known_departments = {f"#{d}" for d in facts.participants} | {entry.department}
    if any(d not in known_departments for d in entry.participants):
        changes.append("participant_ids")
    if _new_contacts(entry, facts):
        changes.append("contacts")
    if entry.fee is not None and entry.fee != facts.fee:
        changes.append("fee")
    if any((p.title, p.from_year) not in facts.positions for p in entry.positions):
        changes.append("positions")
    current = facts.assessment or {}
    if any(current.get(n) != v for n, v in entry.assessment.items()) or _earlier_assessments(
        plan, entry, facts
    ):
        changes.append("assessment")
    decided = facts.decision or {}
    if any(decided.get(n) != v for n, v in entry.decision.items()):
        changes.append("decision")
    return changes


def _earlier_assessments(plan: ImportPlan, entry: MembershipEntry, facts: MembershipFacts) -> bool:
    """Whether the workbook adds assessments of other years; one the register holds is
    kept as it is (the import is of the plan's year), and the preview says so."""
    added = False
    for year, values in entry.other_assessments.items():
        held = facts.assessments.get(year)
        if held is None:
            added = True
        elif any(held.get(n) != v for n, v in values.items()):
            plan.findings.note(
                entry.where,
                N_("import", "The register's own assessment of this membership for {year} is "
                   "kept."),
                year=year,
            )  # fmt: skip
    return added


def _new_contacts(entry: MembershipEntry, facts: MembershipFacts) -> bool:
    """Contacts the membership lacks; a second primary joins as another contact."""
    has_primary = ContactRole.PRIMARY.value in facts.contacts.values()
    known = {f"#{p}" for p in facts.contacts}
    added = False
    contacts = []
    for person, role in entry.contacts:
        if person in known:
            continue
        if role == ContactRole.PRIMARY and has_primary:
            role = ContactRole.OTHER.value
        contacts.append((person, role))
        added = True
    entry.contacts = contacts
    return added


def _missing_rates(plan: ImportPlan, index: RegisterIndex) -> None:
    known = {currency for currency, _ in (*index.rates, *plan.rates)} | {HOME_CURRENCY}
    wanted = {e.fee[1] for e in plan.memberships.values() if e.fee is not None}
    for currency in sorted(wanted - known):
        plan.findings.note(
            None,
            N_("import", "The register has no exchange rate for {currency}: totals in SEK leave "
               "those fees out until a rate is entered."),
            currency=currency,
        )  # fmt: skip


def fee_total(plan: ImportPlan) -> dict[str, Decimal]:
    """The year's fees the import gives, by currency, for the preview."""
    totals: dict[str, Decimal] = {}
    for entry in plan.memberships.values():
        if entry.fee is not None:
            totals[entry.fee[1]] = totals.get(entry.fee[1], Decimal(0)) + entry.fee[0]
    return totals
