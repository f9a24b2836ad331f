"""The example register's data file: its shape, and the checks made when it is read.

The file is plain JSON so it can be read and corrected by hand. Rows refer to
each other by natural keys: departments by short name, people by e-mail,
organisations by name. Amounts and rates are read as `Decimal` (or int), never float.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TypedDict

from app import vocabulary as enums
from app.errors import RegisterError
from app.services.common import name_key

Amount = Decimal | int  # JSON whole numbers stay int; both convert exactly


class DepartmentData(TypedDict):
    name: str
    short_name: str
    kind: str
    coordinator: str | None  # e-mail of a person
    strategy_year: int | None


class PersonData(TypedDict):
    name: str
    title: str
    email: str
    phone: str
    department: str  # short name
    active: bool


class OrganisationData(TypedDict):
    name: str
    acronym: str
    kind: str
    scope: str
    themes: list[str]
    website: str
    country: str
    description: str


class ContactData(TypedDict):
    person: str
    role: str


class PositionData(TypedDict):
    title: str
    body: str
    person: str | None
    from_year: int
    to_year: int | None


class AssessmentData(TypedDict):
    year: int
    added_value: str
    rating: int | None
    meetings_attended: int
    working_groups: int
    positions_held: int
    other_costs_sek: Amount
    recommendation: str
    assessed_by: str
    assessed_on: str  # ISO date


class MembershipData(TypedDict):
    organisation: str
    department: str
    start_year: int
    end_year: int | None
    status: str
    notice_months: int | None
    notes: str
    currency: str | None
    fees: dict[str, Amount]  # year -> amount in `currency`
    participants: list[str]
    contacts: list[ContactData]
    positions: list[PositionData]
    assessments: list[AssessmentData]


class ExampleData(TypedDict):
    exchange_rates: dict[str, dict[str, Amount]]  # currency -> year -> rate to SEK
    departments: list[DepartmentData]
    people: list[PersonData]
    organisations: list[OrganisationData]
    memberships: list[MembershipData]


def load_example(path: Path) -> ExampleData:
    """Read and check the example file; a damaged file is refused with a plain message."""
    try:
        with path.open(encoding="utf-8") as handle:
            data: ExampleData = json.load(handle, parse_float=Decimal)
    except (OSError, json.JSONDecodeError) as exc:
        raise RegisterError(f"The example register {path} cannot be read: {exc}.") from exc
    problems = find_problems(data)
    if problems:
        raise RegisterError(f"The example register {path.name} is damaged: {problems[0]}.")
    return data


@dataclass(frozen=True, slots=True)
class _Known:
    """The natural keys rows may refer to."""

    departments: set[str]
    emails: set[str]
    organisations: set[str]
    rates: dict[str, dict[str, Amount]]


def find_problems(data: ExampleData) -> list[str]:
    """Every clash, broken reference or unknown value in the file, in words."""
    known = _Known(
        departments={d["short_name"] for d in data["departments"]},
        emails={p["email"] for p in data["people"]},
        organisations={o["name"] for o in data["organisations"]},
        rates=data["exchange_rates"],
    )
    problems = _duplicates("department", [d["name"] for d in data["departments"]])
    problems += _duplicates("department short name", [d["short_name"] for d in data["departments"]])
    problems += _duplicates("person e-mail", [p["email"] for p in data["people"]])
    problems += _duplicates("organisation", [o["name"] for o in data["organisations"]])
    problems += [
        f"department {d['name']}: unknown coordinator {d['coordinator']}"
        for d in data["departments"]
        if d["coordinator"] is not None and d["coordinator"] not in known.emails
    ]
    problems += [
        f"person {p['email']}: unknown department {p['department']}"
        for p in data["people"]
        if p["department"] not in known.departments
    ]
    problems += [
        f"organisation {o['name']}: unknown kind or scope"
        for o in data["organisations"]
        if o["kind"] not in set(enums.OrganisationKind) or o["scope"] not in set(enums.Scope)
    ]
    for membership in data["memberships"]:
        problems += _membership_problems(membership, known)
    return problems


def _duplicates(what: str, names: list[str]) -> list[str]:
    """Names that clash under the register's unique keys."""
    seen: set[str] = set()
    clashes: list[str] = []
    for name in names:
        key = name_key(name)
        if key in seen:
            clashes.append(f"{what} {name} appears twice")
        seen.add(key)
    return clashes


def _membership_problems(membership: MembershipData, known: _Known) -> list[str]:
    where = f"membership {membership['organisation']} / {membership['department']}"
    wrong: list[str] = []
    if membership["organisation"] not in known.organisations:
        wrong.append("unknown organisation")
    unknown_departments = {
        membership["department"],
        *membership["participants"],
    } - known.departments
    if unknown_departments:
        wrong.append(f"unknown department {sorted(unknown_departments)}")
    people = {c["person"] for c in membership["contacts"]}
    people |= {p["person"] for p in membership["positions"] if p["person"]}
    if people - known.emails:
        wrong.append(f"unknown person {sorted(people - known.emails)}")
    if membership["status"] not in set(enums.MembershipStatus):
        wrong.append(f"unknown status {membership['status']}")
    if any(c["role"] not in set(enums.ContactRole) for c in membership["contacts"]):
        wrong.append("unknown contact role")
    if [c["role"] for c in membership["contacts"]].count(enums.ContactRole.PRIMARY) > 1:
        wrong.append("more than one primary contact")
    if any(a["recommendation"] not in set(enums.Recommendation) for a in membership["assessments"]):
        wrong.append("unknown recommendation")
    wrong += _fee_problems(membership, known.rates)
    return [f"{where}: {problem}" for problem in wrong]


def _fee_problems(membership: MembershipData, rates: dict[str, dict[str, Amount]]) -> list[str]:
    currency = membership["currency"]
    if not membership["fees"]:
        return []
    if currency is None:
        return ["fees without a currency"]
    if currency == "SEK":
        return []
    missing = [year for year in membership["fees"] if year not in rates.get(currency, {})]
    return [f"no {currency} rate for {', '.join(missing)}"] if missing else []
