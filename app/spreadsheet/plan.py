"""What an import will do, before it does it: the preview.

Records are keyed '#id' (already in the register) or '+name' (new). Each
entry carries the values the spreadsheet gives and, once `decide` has run,
its action: create, update (with the fields that change) or same.

What an import changes in records already there: organisations, departments
and people only get fields filled in that the register leaves empty (the
register is the better-kept source); a membership takes the year's fee, its
status, years, notice period and notes as the spreadsheet gives them, and
gains the participants, contacts and positions it lacks (none is removed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.spreadsheet.problems import Findings, ImportProblem, Lookup, Places, Severity, Where


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SAME = "same"


@dataclass
class Entry:
    key: str
    name: str
    where: Where | None = None
    values: dict[str, Any] = field(default_factory=dict)
    action: Action = Action.CREATE
    changes: list[str] = field(default_factory=list)
    cells: Places = field(default_factory=Places)  # where the values were read
    data: Any = None  # the editors' data (app.rows) as checked, once `check_plan` has run

    def give(self, values: dict[str, Any], cells: Lookup | None = None) -> None:
        """Values from another row about the same record fill what is still missing."""
        for name, value in values.items():
            if value not in (None, "", ()) and self.values.get(name) in (None, "", ()):
                self.values[name] = value
        if cells is not None:
            self.cells.add(cells)  # the first row with a value gave it


@dataclass
class DepartmentEntry(Entry):
    coordinator: str | None = None  # person key


@dataclass
class PersonEntry(Entry):
    department: str | None = None  # department key


@dataclass(frozen=True, slots=True)
class PositionValues:
    title: str
    body: str
    person: str | None  # person key
    from_year: int
    to_year: int | None


MembershipKey = tuple[str, str, int | None, int | None, int]  # organisation, department, years


@dataclass
class MembershipEntry:
    organisation: str
    department: str
    where: Where | None
    # The years the file gives: one department may leave an organisation and join it again.
    start: int | None = None
    end: int | None = None
    twin: int = 0  # the export's second of two memberships alike in all of the above
    existing_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    participants: list[str] = field(default_factory=list)
    contacts: list[tuple[str, str]] = field(default_factory=list)  # (person key, role)
    fee: tuple[Decimal, str] | None = None
    positions: list[PositionValues] = field(default_factory=list)
    assessment: dict[str, Any] = field(default_factory=dict)
    # Assessments of other years than the plan's (the export's earlier ones), by year.
    other_assessments: dict[int, dict[str, Any]] = field(default_factory=dict)
    decision: dict[str, Any] = field(default_factory=dict)
    action: Action = Action.CREATE
    changes: list[str] = field(default_factory=list)
    # Where each value was read: a field of MembershipData, 'assessment.<field>', ...
    cells: Places = field(default_factory=Places)
    data: Any = None  # the editors' MembershipData as checked, once `check_plan` has run
    assessment_data: Any = None  # ... and AssessmentData, where the import gives one
    other_assessment_data: dict[int, Any] = field(default_factory=dict)  # ... by year

    @property
    def key(self) -> MembershipKey:
        return (self.organisation, self.department, self.start, self.end, self.twin)

    def add_contact(self, person: str, role: str) -> None:
        known = {p for p, _ in self.contacts}
        if person in known:
            self.contacts = [(p, role if p == person else r) for p, r in self.contacts]
        else:
            self.contacts.append((person, role))


@dataclass
class RateEntry:
    currency: str
    year: int
    rate: Decimal
    where: Where | None
    action: Action = Action.CREATE


@dataclass(frozen=True, slots=True)
class SheetPlan:
    """How one sheet is read: its kind, header row and the field of each column."""

    name: str
    kind: str | None
    header_row: int | None  # 1-based, as Excel numbers rows
    headers: tuple[str, ...]
    mapping: tuple[str | None, ...]
    rows: int  # data rows below the header


@dataclass(frozen=True, slots=True)
class Change:
    """One record the import creates or updates."""

    kind: str  # a key of ENTITY_LABELS
    name: str
    action: Action
    fields: tuple[str, ...]  # what an update changes
    where: Where | None


@dataclass(frozen=True, slots=True)
class Counts:
    create: int = 0
    update: int = 0
    same: int = 0


ENTITY_LABELS = {
    "organisations": N_("import", "Organisations and networks"),
    "departments": N_("import", "Departments and companies"),
    "people": N_("import", "People"),
    "memberships": N_("import", "Memberships"),
    "rates": N_("import", "Exchange rates"),
}


@dataclass
class ImportPlan:
    path: Path
    year: int
    year_from: str  # where the year was found, for the preview
    own_export: bool
    sheets: list[SheetPlan]
    findings: Findings
    organisations: dict[str, Entry] = field(default_factory=dict)
    departments: dict[str, DepartmentEntry] = field(default_factory=dict)
    people: dict[str, PersonEntry] = field(default_factory=dict)
    memberships: dict[MembershipKey, MembershipEntry] = field(default_factory=dict)
    rates: dict[tuple[str, int], RateEntry] = field(default_factory=dict)
    review_id: int | None = None
    review: dict[str, Any] = field(default_factory=dict)  # held on, participants

    @property
    def problems(self) -> list[ImportProblem]:
        return self.findings.items

    @property
    def errors(self) -> list[ImportProblem]:
        return self.findings.of(Severity.ERROR)

    @property
    def skipped(self) -> list[ImportProblem]:
        return self.findings.of(Severity.SKIPPED)

    @property
    def ok(self) -> bool:
        return not self.errors

    def counts(self) -> dict[str, Counts]:
        groups: dict[str, list[Any]] = {
            "organisations": list(self.organisations.values()),
            "departments": list(self.departments.values()),
            "people": list(self.people.values()),
            "memberships": list(self.memberships.values()),
            "rates": list(self.rates.values()),
        }
        return {
            name: Counts(
                create=sum(e.action is Action.CREATE for e in entries),
                update=sum(e.action is Action.UPDATE for e in entries),
                same=sum(e.action is Action.SAME for e in entries),
            )
            for name, entries in groups.items()
        }

    def changes(self) -> list[Change]:
        """Every record the import creates or updates, for the preview's list."""
        found: list[Change] = []
        for kind in ("organisations", "departments", "people"):
            table: dict[str, Any] = getattr(self, kind)
            found += [
                Change(kind, e.name, e.action, tuple(e.changes), e.where)
                for e in table.values() if e.action is not Action.SAME
            ]  # fmt: skip
        for m in self.memberships.values():
            if m.action is not Action.SAME:
                name = f"{self.name_of('organisations', m.organisation)} – "
                name += self.name_of("departments", m.department)
                found.append(Change("memberships", name, m.action, tuple(m.changes), m.where))
        found += [
            Change("rates", f"{r.currency} {r.year}: {r.rate}", r.action, (), r.where)
            for r in self.rates.values() if r.action is Action.CREATE
        ]  # fmt: skip
        return found

    def name_of(self, kind: str, key: str) -> str:
        table = {"organisations": self.organisations, "departments": self.departments,
                 "people": self.people}[kind]  # fmt: skip
        return table[key].name if key in table else key
