"""Turning rows into the plan's records: finding or adding organisations,
departments, people and memberships as the rows name them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.services.common import name_key
from app.spreadsheet.headers import in_every_language, normalise
from app.spreadsheet.matching import Directory, RegisterIndex, existing_id, new
from app.spreadsheet.parsing import Columns, Row, name_and_acronym, split_names
from app.spreadsheet.plan import DepartmentEntry, Entry, ImportPlan, MembershipEntry, PersonEntry
from app.spreadsheet.problems import Findings, Lookup, Where
from app.spreadsheet.reader import SheetGrid
from app.spreadsheet.sheets import TOTAL

Cells = Lookup  # where a row gives each field of a record

TOTAL_WORDS = {
    "summa",
    "total",
    "totalt",
    "totals",
    "sum",
    "summa totalt",
    "totalsumma",
    "summering",
}


@dataclass
class SheetSource:
    """A sheet of the workbook and how it is to be read."""

    grid: SheetGrid
    kind: str | None  # memberships, organisations, ... ; summary, derived; None: not understood
    header_row: int | None  # 0-based index into grid.rows
    mapping: list[str | None]

    @property
    def name(self) -> str:
        return self.grid.name

    @property
    def headers(self) -> tuple[Any, ...]:
        return () if self.header_row is None else self.grid.rows[self.header_row]

    def data_rows(self) -> int:
        return 0 if self.header_row is None else len(self.grid.rows) - self.header_row - 1


def is_total(text: str) -> bool:
    key = normalise(text)
    words = TOTAL_WORDS | in_every_language(TOTAL)
    return key in words or any(key.startswith(f"{w} ") for w in ("summa", "total", "totalt"))


def _lateness(entry: MembershipEntry) -> tuple[bool, int, int]:
    return (entry.end is None, entry.end or 0, entry.start or 0)


class PlanBuilder:
    def __init__(self, plan: ImportPlan, index: RegisterIndex) -> None:
        self.plan, self.index = plan, index
        self.year = plan.year
        self.directory = Directory(index)
        self.findings: Findings = plan.findings
        self.contacts_sheet = False  # set when the workbook has a Contacts sheet
        self._by_pair: dict[tuple[str, str], list[MembershipEntry]] = {}

    def rows(self, sheet: SheetSource) -> Iterator[Row]:
        if sheet.header_row is None:
            return
        columns = Columns(sheet.mapping, sheet.headers)
        # Only a sheet with formulas saved without results has cells to look out for.
        findings = self.findings if sheet.grid.uncomputed else None
        first = sheet.header_row + 1
        for offset, values in enumerate(sheet.grid.rows[first:], start=first + 1):
            if any(v is not None for v in values):
                yield Row(Where(sheet.name, offset), values, columns, findings)

    def names(self, value: str, known: Any) -> list[str]:
        """Several names in a cell, unless the whole cell is one name the register knows."""
        whole = " ".join(value.split())
        if not whole:
            return []
        if known(whole) is not None:
            return [whole]
        return split_names(value, self.plan.own_export)

    # records ---------------------------------------------------------------

    def organisation(
        self, name: str, values: dict[str, Any], where: Where, cells: Cells | None = None
    ) -> str:
        """The export writes names exactly, with the acronym in its own column; an older
        list's 'Name (ACR)' is split into the two."""
        base, inner = (name, "") if self.plan.own_export else name_and_acronym(name)
        acronym = values.get("acronym") or inner
        key = self.directory.organisation(name)
        if key is None:
            key = new(base)
            self.directory.add_organisation(key, base, acronym)
        entry = self.plan.organisations.get(key)
        if entry is None:
            entry = Entry(key, self._name(self.index.organisations, key, base), where)
            self.plan.organisations[key] = entry
        entry.give({**values, "acronym": acronym}, cells)
        return key

    def check_organisation(self, name: str, where: Where) -> None:
        """A bare acronym that several organisations share names none of them."""
        keys = self.directory.sharing_acronym(name)
        if keys:
            names = ", ".join(self.plan.name_of("organisations", k) for k in keys)
            self.findings.error(
                where,
                N_("import", "'{name}' is the acronym of several organisations ({names}); "
                   "write the full name."),
                name=name, names=names,
            )  # fmt: skip

    def department(
        self, name: str, values: dict[str, Any], where: Where, cells: Cells | None = None
    ) -> str:
        name = " ".join(name.split())
        key = self.directory.department(name)
        if key is None:
            key = new(name)
            self.directory.add_department(key, name, values.get("short_name", ""))
        entry = self.plan.departments.get(key)
        if entry is None:
            entry = DepartmentEntry(key, self._name(self.index.departments, key, name), where)
            self.plan.departments[key] = entry
        entry.give(values, cells)
        return key

    def person(
        self,
        name: str,
        email: str,
        values: dict[str, Any],
        where: Where,
        cells: Cells | None = None,
    ) -> str:
        name = " ".join(name.split())
        key = self.directory.person(name, email)
        if key is None:
            key = "+" + (email.casefold() if email else name_key(name))
        self.directory.add_person(key, name, email)
        entry = self.plan.people.get(key)
        if entry is None:
            entry = PersonEntry(key, self._name(self.index.people, key, name), where)
            self.plan.people[key] = entry
        entry.give({"email": email, **values}, cells)
        return key

    def membership(
        self,
        organisation: str,
        department: str,
        where: Where,
        start: int | None = None,
        end: int | None = None,
    ) -> MembershipEntry:
        twin = 0
        entry = self.plan.memberships.get((organisation, department, start, end, twin))
        # The export writes each membership once: a second row alike is a second membership.
        while self.plan.own_export and entry is not None and entry.where not in (None, where):
            twin += 1
            entry = self.plan.memberships.get((organisation, department, start, end, twin))
        if entry is None:
            found = None
            if existing_id(organisation) and existing_id(department):
                found = self.directory.membership(organisation, department, start)
                if found is None and start is not None:  # a start year the register lacks
                    found = self._open_membership(organisation, department)
            entry = MembershipEntry(
                organisation, department, where, start=start, end=end, twin=twin,
                existing_id=found,
            )  # fmt: skip
            self.plan.memberships[entry.key] = entry
            self._by_pair.setdefault((organisation, department), []).append(entry)
        return entry

    def _open_membership(self, organisation: str, department: str) -> int | None:
        found = self.directory.membership(organisation, department)
        facts = self.index.memberships.get(found) if found else None
        return found if facts is not None and facts.values["end_year"] is None else None

    def _planned(self, org: str, dept: str, start: int | None) -> MembershipEntry | None:
        """The planned membership starting in `start` (any, without it); of several,
        the open one, else the one ending last."""
        found = [e for e in self._by_pair.get((org, dept), []) if start in (None, e.start)]
        return max(found, key=_lateness) if found else None

    def known_membership(
        self, organisation: str, department: str, where: Where, start: int | None = None
    ) -> MembershipEntry | None:
        """The membership a Contacts, Positions, ... row refers to, or a problem saying why not."""
        org = self.directory.organisation(organisation)
        dept = self.directory.department(department)
        entry = self._planned(org or "", dept or "", start)
        if entry is None and org and dept and self.directory.membership(org, dept, start):
            entry = self.membership(org, dept, where, start)
        if entry is None:
            self.findings.error(
                where,
                N_("import", "There is no membership of {organisation} held by {department} "
                   "in the Memberships sheet or the register."),
                organisation=organisation or "–", department=department or "–",
            )  # fmt: skip
        return entry

    @staticmethod
    def _name(records: dict[int, dict[str, Any]], key: str, fallback: str) -> str:
        record_id = existing_id(key)
        return records[record_id]["name"] if record_id in records else fallback
