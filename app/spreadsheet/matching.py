"""Recognising what is already in the register, so an import never duplicates it.

The register is read once with a handful of queries into a `RegisterIndex`.
A `Directory` answers "which organisation / department / person is this?"
for names as spreadsheets write them: ignoring case and spacing, by acronym
or short name, in the 'Name (ACRONYM)' form, people by e-mail first. Records
the import itself creates are entered too, so two rows naming one new person
give one person.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.services.common import name_key
from app.services.register import active_in
from app.spreadsheet.parsing import name_and_acronym
from app.store import Store
from db import models as m


def existing(record_id: int) -> str:
    return f"#{record_id}"


def new(name: str) -> str:
    return f"+{name_key(name)}"


def existing_id(key: str) -> int | None:
    return int(key[1:]) if key.startswith("#") else None


@dataclass
class MembershipFacts:
    """A membership of the register that the import may add to."""

    id: int
    organisation_id: int
    department_id: int
    values: dict[str, Any]
    participants: set[int] = field(default_factory=set)
    contacts: dict[int, str] = field(default_factory=dict)  # person id -> role
    fee: tuple[Decimal, str] | None = None
    positions: set[tuple[str, int]] = field(default_factory=set)
    assessment: dict[str, Any] | None = None
    assessments: dict[int, dict[str, Any]] = field(default_factory=dict)  # every year's
    decision: dict[str, Any] | None = None


@dataclass
class RegisterIndex:
    """The register's records as plain values, read once."""

    organisations: dict[int, dict[str, Any]] = field(default_factory=dict)
    departments: dict[int, dict[str, Any]] = field(default_factory=dict)
    people: dict[int, dict[str, Any]] = field(default_factory=dict)
    memberships: dict[int, MembershipFacts] = field(default_factory=dict)
    rates: dict[tuple[str, int], Decimal] = field(default_factory=dict)
    review_id: int | None = None
    year: int = 0

    @classmethod
    def empty(cls, year: int) -> RegisterIndex:
        return cls(year=year)

    @classmethod
    def load(cls, store: Store, year: int) -> RegisterIndex:
        with store.uow() as session:
            index = cls(
                organisations=_records(session, m.Organisation, ORGANISATION_COLUMNS),
                departments=_records(session, m.Department, DEPARTMENT_COLUMNS),
                people=_records(session, m.Person, PERSON_COLUMNS),
                rates={
                    (c, y): Decimal(r)
                    for c, y, r in session.execute(
                        select(
                            m.ExchangeRate.currency, m.ExchangeRate.year, m.ExchangeRate.rate_to_sek
                        )
                    )
                },
                review_id=session.scalar(select(m.Review.id).where(m.Review.year == year)),
                year=year,
            )
            for organisation_id, theme in session.execute(
                select(m.OrganisationTheme.organisation_id, m.OrganisationTheme.theme)
            ):
                index.organisations[organisation_id].setdefault("themes", []).append(theme)
            _load_memberships(session, index, year)
        return index


ORGANISATION_COLUMNS = ("name", "acronym", "kind", "scope", "country", "website", "description")
DEPARTMENT_COLUMNS = ("name", "short_name", "kind", "strategy_year", "coordinator_id")
PERSON_COLUMNS = ("name", "title", "email", "phone", "department_id", "active")
MEMBERSHIP_COLUMNS = ("start_year", "end_year", "status", "notice_months", "notes")


def _records(session: Session, model: type, columns: tuple[str, ...]) -> dict[int, dict[str, Any]]:
    query = select(model.id, *(getattr(model, c) for c in columns))
    return {row[0]: dict(zip(columns, row[1:], strict=True)) for row in session.execute(query)}


def _load_memberships(session: Session, index: RegisterIndex, year: int) -> None:
    """Memberships active in the year, or open: the ones an import of the year may meet."""
    where = or_(active_in(year), m.Membership.end_year.is_(None))
    query = select(
        m.Membership.id, m.Membership.organisation_id, m.Membership.responsible_department_id,
        *(getattr(m.Membership, c) for c in MEMBERSHIP_COLUMNS),
    ).where(where)  # fmt: skip
    for row in session.execute(query):
        values = dict(zip(MEMBERSHIP_COLUMNS, row[3:], strict=True))
        index.memberships[row[0]] = MembershipFacts(row[0], row[1], row[2], values)
    chosen = select(m.Membership.id).where(where)
    facts = index.memberships
    for mid, department_id in session.execute(
        select(m.Participation.membership_id, m.Participation.department_id).where(
            m.Participation.membership_id.in_(chosen)
        )
    ):
        facts[mid].participants.add(department_id)
    for mid, person_id, role in session.execute(
        select(m.Contact.membership_id, m.Contact.person_id, m.Contact.role).where(
            m.Contact.membership_id.in_(chosen)
        )
    ):
        facts[mid].contacts[person_id] = role
    for mid, amount, currency in session.execute(
        select(m.Fee.membership_id, m.Fee.amount, m.Fee.currency).where(
            m.Fee.membership_id.in_(chosen), m.Fee.year == year
        )
    ):
        facts[mid].fee = (Decimal(amount), currency)
    for mid, title, start in session.execute(
        select(m.Position.membership_id, m.Position.title, m.Position.from_year).where(
            m.Position.membership_id.in_(chosen)
        )
    ):
        facts[mid].positions.add((title, start))
    _load_assessments(session, index, chosen, year)


def _load_assessments(session: Session, index: RegisterIndex, chosen: Any, year: int) -> None:
    names = ("added_value", "rating", "meetings_attended", "working_groups", "positions_held",
             "other_costs_sek", "recommendation", "assessed_by", "assessed_on")  # fmt: skip
    query = select(
        m.Assessment.membership_id, m.Assessment.year, *(getattr(m.Assessment, n) for n in names)
    ).where(m.Assessment.membership_id.in_(chosen))
    for mid, assessed, *values in session.execute(query):
        facts = index.memberships[mid]
        facts.assessments[assessed] = dict(zip(names, values, strict=True))
        if assessed == year:
            facts.assessment = facts.assessments[assessed]
    if index.review_id is not None:
        decisions = select(
            m.Decision.membership_id,
            m.Decision.decision,
            m.Decision.rationale,
            m.Decision.decided_by,
        ).where(m.Decision.review_id == index.review_id, m.Decision.membership_id.in_(chosen))
        for mid, decision, rationale, decided_by in session.execute(decisions):
            index.memberships[mid].decision = {
                "decision": decision, "rationale": rationale, "decided_by": decided_by
            }  # fmt: skip


class Directory:
    """Names to keys: '#id' for records in the register, '+name' for ones the import adds."""

    def __init__(self, index: RegisterIndex) -> None:
        self.index = index
        self._organisations: dict[str, str] = {}
        self._acronyms: dict[str, set[str]] = defaultdict(set)
        self._departments: dict[str, str] = {}
        self._people_by_email: dict[str, str] = {}
        self._people_by_name: dict[str, set[str]] = defaultdict(set)
        self._email_of: dict[str, str] = {}
        for i, values in index.organisations.items():
            self.add_organisation(existing(i), values["name"], values["acronym"])
        for i, values in index.departments.items():
            self.add_department(existing(i), values["name"], values["short_name"])
        for i, values in index.people.items():
            self.add_person(existing(i), values["name"], values["email"])
        self._memberships: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
        for facts in sorted(index.memberships.values(), key=lambda f: _preference(f, index.year)):
            key = (existing(facts.organisation_id), existing(facts.department_id))
            self._memberships[key].insert(0, (facts.values["start_year"], facts.id))

    # organisations
    def add_organisation(self, key: str, name: str, acronym: str = "") -> None:
        base, inner = name_and_acronym(name)
        for text in {name, base}:
            self._organisations.setdefault(name_key(text), key)
        for text in {acronym, inner} - {""}:
            self._acronyms[name_key(text)].add(key)
            self._organisations.setdefault(name_key(f"{base} ({text})"), key)

    def organisation(self, name: str) -> str | None:
        """By name (also the name before '(ACRONYM)'); by acronym only when the whole
        name given is one ('UBC'): two organisations may share an acronym."""
        base, _inner = name_and_acronym(name)
        for text in (name, base):
            found = self._organisations.get(name_key(text))
            if found:
                return found
        keys = self._acronyms.get(name_key(name), set())
        return next(iter(keys)) if len(keys) == 1 else None

    def sharing_acronym(self, name: str) -> list[str]:
        """The keys of the organisations whose acronym the whole name is, when several."""
        keys = self._acronyms.get(name_key(name), set())
        return sorted(keys) if len(keys) > 1 and self.organisation(name) is None else []

    # departments
    def add_department(self, key: str, name: str, short_name: str = "") -> None:
        self._departments.setdefault(name_key(name), key)
        if short_name:
            self._departments.setdefault(name_key(short_name), key)

    def department(self, name: str) -> str | None:
        return self._departments.get(name_key(name))

    # people
    def add_person(self, key: str, name: str, email: str = "") -> None:
        if email:
            self._people_by_email.setdefault(email.strip().casefold(), key)
            self._email_of.setdefault(key, email.strip().casefold())
        self._people_by_name[name_key(name)].add(key)

    def person(self, name: str, email: str = "") -> str | None:
        """By e-mail; else by name, but never a namesake known by another e-mail."""
        if email:
            found = self._people_by_email.get(email.strip().casefold())
            if found:
                return found
        keys = self._people_by_name.get(name_key(name), set())
        if email:
            keys = {k for k in keys if k not in self._email_of}
        return min(keys) if keys else None  # namesakes: the first on record

    # memberships of the register
    def membership(
        self, organisation: str, department: str, start: int | None = None
    ) -> int | None:
        """The register's membership of the organisation by the department: the one
        starting in `start` where given, else the best match (active in the year, open)."""
        found = self._memberships.get((organisation, department), [])
        if start is not None:
            return next((i for year, i in found if year == start), None)
        return found[0][1] if found else None


def _preference(facts: MembershipFacts, year: int) -> tuple[bool, bool, int]:
    """Sorted so the best match comes last and wins: active in the year, then open."""
    start, end = facts.values["start_year"], facts.values["end_year"]
    active = start <= year and (end is None or end >= year)
    return (active, end is None, start)
