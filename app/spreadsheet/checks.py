"""The editors' checks on what an import would write, at the cells that gave it.

Each record the plan creates or updates is turned into the data an editor
hands in (`app.rows`) and checked by the same function the editor's service
calls, so a value an editor refuses is refused by the import too, in the
editor's words, naming sheet, row and column. Names must be unique among the
register's records and the ones the file adds. What a record of the register
keeps as it is, the import does not check again: only the fields it changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.errors import Problem
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import (
    AssessmentData,
    DepartmentData,
    FeeData,
    MembershipData,
    OrganisationData,
    PersonData,
    PositionData,
)
from app.services.assessments import check_assessment
from app.services.common import name_key
from app.services.departments import check_department
from app.services.memberships import check_membership
from app.services.organisations import check_organisation
from app.services.people import check_person
from app.services.reviews import check_decision
from app.spreadsheet.matching import RegisterIndex, existing_id
from app.spreadsheet.plan import Action, Entry, ImportPlan, MembershipEntry
from app.spreadsheet.problems import Findings, Lookup, Where
from app.validation import Checker

ORGANISATION_FIELDS = OrganisationData.__dataclass_fields__.keys()
DEPARTMENT_FIELDS = DepartmentData.__dataclass_fields__.keys()
PERSON_FIELDS = PersonData.__dataclass_fields__.keys()
MEMBERSHIP_FIELDS = ("start_year", "end_year", "status", "notice_months", "notes")
ASSESSMENT_FIELDS = AssessmentData.__dataclass_fields__.keys() - {"membership_id", "year"}


def check_alone(
    findings: Findings, kind: str, values: dict[str, Any], cells: Lookup, row: Where
) -> None:
    """The editors' checks on what a row that cannot be imported gives a record: so that
    it shows all of its problems at once, not the next only once the first is put right."""
    check = Checker()
    given = {k: v for k, v in values.items() if v is not None}
    if kind == "organisations":
        fields = {k: v for k, v in given.items() if k in ORGANISATION_FIELDS}
        check_organisation(check, OrganisationData(**fields), lambda _key: False)
    elif kind == "people":
        check_person(check, PersonData(**{k: v for k, v in given.items() if k in PERSON_FIELDS}))
    findings.refused(check.problems, cells, row)


def check_plan(plan: ImportPlan, index: RegisterIndex) -> None:
    """Checks every record the plan writes; sets each entry's `data` as checked."""
    organisations = _owners(plan.organisations, index.organisations)
    for entry in _written(plan.organisations):
        taken = _taken_by_others(organisations, entry.key)
        _check(plan, entry, index.organisations, ORGANISATION_FIELDS,
               lambda c, d, t=taken: check_organisation(c, OrganisationData(**d), t))  # fmt: skip
    departments = _owners(plan.departments, index.departments)
    for entry in _written(plan.departments):
        taken = _taken_by_others(departments, entry.key)
        _check(plan, entry, index.departments, DEPARTMENT_FIELDS,
               lambda c, d, t=taken: check_department(c, DepartmentData(**d), t))  # fmt: skip
    for entry in _written(plan.people):
        _check(plan, entry, index.people, PERSON_FIELDS,
               lambda c, d: check_person(c, PersonData(**d)))  # fmt: skip
    for membership in plan.memberships.values():
        if membership.action is not Action.SAME:
            _check_membership(plan, membership, index)
    _leave_out_bad_rows(plan)


def _leave_out_bad_rows(plan: ImportPlan) -> None:
    """A new record first named in a row with problems is not written (as the row is
    not), and neither is a membership naming a record that is not: until none is left."""
    findings = plan.findings
    refused: set[int] = set()  # the memberships already refused, by id()
    while True:
        bad = len(findings.bad_rows)
        for table in (plan.organisations, plan.departments, plan.people):
            for entry in table.values():
                if entry.where is not None and findings.row_is_bad(entry.where):
                    entry.data = None
        for membership in plan.memberships.values():
            if id(membership) in refused:
                continue
            if membership.where is not None and findings.row_is_bad(membership.where):
                continue
            if _refuse_with_what_it_names(plan, membership):
                refused.add(id(membership))
        if len(findings.bad_rows) == bad:
            return


def _written(entries: dict[str, Any]) -> list[Any]:
    return [e for e in entries.values() if e.action is not Action.SAME]


def _owners(entries: dict[str, Entry], records: dict[int, dict[str, Any]]) -> dict[str, str]:
    """Name key -> the key of the record holding it: the register's, then the file's."""
    owners = {name_key(values["name"]): f"#{i}" for i, values in records.items()}
    for entry in entries.values():
        owners.setdefault(name_key(entry.name), entry.key)
    return owners


def _taken_by_others(owners: dict[str, str], key: str) -> Callable[[str], bool]:
    return lambda name: owners.get(name, key) != key


def _check(
    plan: ImportPlan,
    entry: Entry,
    records: dict[int, dict[str, Any]],
    fields: Any,
    check_data: Callable[[Checker, dict[str, Any]], Any],
) -> None:
    """A new record: its name and values; one of the register: its own, with the
    blanks the file fills in (the changes)."""
    record_id = existing_id(entry.key)
    given = {k: v for k, v in entry.values.items() if k in fields and v is not None}
    if record_id is None:
        values = {**given, "name": entry.name}
    else:
        current = {k: v for k, v in records[record_id].items() if k in fields}
        values = {**current, **{k: v for k, v in given.items() if k in entry.changes}}
    if "themes" in values:
        values["themes"] = tuple(values["themes"])
    check = Checker()
    data = check_data(check, values)
    problems = check.problems
    if record_id is not None:
        problems = [p for p in problems if p.field in entry.changes]
    plan.findings.refused(problems, entry.cells, entry.where)
    entry.data = None if problems else data  # a refused record is not written


def _check_membership(plan: ImportPlan, entry: MembershipEntry, index: RegisterIndex) -> None:
    facts = index.memberships.get(entry.existing_id) if entry.existing_id else None
    values = {**(facts.values if facts else {}), **entry.values}
    known = facts.positions if facts else set()
    positions = [p for p in entry.positions if (p.title, p.from_year) not in known]
    data = MembershipData(
        0, 0, **{k: v for k, v in values.items() if k in MEMBERSHIP_FIELDS and v is not None},
        fees=(FeeData(plan.year, *entry.fee),) if entry.fee else (),
        positions=tuple(PositionData(p.title, p.from_year, p.body, None, p.to_year)
                        for p in positions),
    )  # fmt: skip
    check = Checker()
    entry.data = check_membership(check, data)
    if entry.fee and entry.data.fees:
        fee = entry.data.fees[0]
        entry.fee = (fee.amount, fee.currency)  # as the editor saves it: to the cent
    problems = check.problems
    if entry.assessment:
        current = (facts.assessment if facts else None) or {}
        entry.assessment_data = _assessment({**current, **entry.assessment}, plan.year)
        problems = problems + _assessment_problems(entry.assessment_data)
    for year, values in entry.other_assessments.items():
        entry.other_assessment_data[year] = _assessment(values, year)
        problems = problems + _assessment_problems(entry.other_assessment_data[year])
    if entry.decision.get("decision"):
        decision = Checker()
        check_decision(decision, entry.decision["decision"], entry.decision.get("rationale", ""))
        problems = problems + _prefixed("decision", decision.problems)
    plan.findings.refused(problems, entry.cells, entry.where)


def _assessment(values: dict[str, Any], year: int) -> AssessmentData:
    given = {k: v for k, v in values.items() if k in ASSESSMENT_FIELDS and v is not None}
    return AssessmentData(0, year, **given)


def _assessment_problems(data: AssessmentData) -> list[Problem]:
    check = Checker()
    check_assessment(check, data)
    return _prefixed("assessment", check.problems)


def _prefixed(prefix: str, problems: list[Problem]) -> list[Problem]:
    return [Problem(f"{prefix}.{p.field}", p.message, p.params) for p in problems]


def _refuse_with_what_it_names(plan: ImportPlan, entry: MembershipEntry) -> bool:
    """A membership of an organisation or department that cannot be imported cannot be
    imported either; a participant, contact or position holder that cannot be (from a
    row with problems, named in its own) is left out of it."""
    for table, key in ((plan.organisations, entry.organisation),
                       (plan.departments, entry.department)):  # fmt: skip
        if _refused(table, key):
            plan.findings.error(
                entry.where, N_("import", "{name} cannot be imported, so neither can this row."),
                name=table[key].name,
            )  # fmt: skip
            return True
    entry.participants = [d for d in entry.participants if not _refused(plan.departments, d)]
    entry.contacts = [(p, r) for p, r in entry.contacts if not _refused(plan.people, p)]
    entry.positions = [p for p in entry.positions if not _refused(plan.people, p.person or "")]
    return False


def _refused(table: dict[str, Any], key: str) -> bool:
    """A new record the import does not write (refused, or from a row with problems)."""
    record = table.get(key)
    return record is not None and record.action is Action.CREATE and record.data is None
