"""Writes the example register's rows through the ORM in bulk.

ORM bulk INSERT ... RETURNING (in parameter order) gives each parent row's id
without a flush per object, so the whole register is written in a few
statements, on SQLite and PostgreSQL alike. Bulk statements bypass the
per-object change-log hook; the caller logs the build as one entry instead.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, insert, inspect, update
from sqlalchemy.orm import Session

from app.demo.example_file import ExampleData, MembershipData
from app.services.common import name_key
from db import models

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class ExampleSummary:
    """What the example register holds once built."""

    organisations: int
    departments: int
    people: int
    memberships: int


def write_example(session: Session, data: ExampleData) -> ExampleSummary:
    """Insert every row of `data` into an empty register, in dependency order."""
    _insert(session, models.ExchangeRate, _rate_rows(data))
    departments = _departments(session, data)
    people = _people(session, data, departments)
    organisations = _organisations(session, data)
    memberships = _insert_ids(
        session,
        models.Membership,
        [_membership_row(m, organisations, departments) for m in data["memberships"]],
    )
    _membership_details(session, data["memberships"], memberships, departments, people)
    return ExampleSummary(
        organisations=len(organisations),
        departments=len(departments),
        people=len(people),
        memberships=len(memberships),
    )


def _insert(session: Session, model: type[models.Base], rows: list[Row]) -> None:
    if rows:
        session.execute(insert(model), rows)


def _insert_ids(session: Session, model: type[models.Base], rows: list[Row]) -> list[int]:
    """Insert `rows` and return their new ids in the same order."""
    if not rows:
        return []
    id_column = inspect(model).primary_key[0]
    statement = insert(model).returning(id_column, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _keyed(keys: Iterable[str], ids: list[int]) -> dict[str, int]:
    return dict(zip(keys, ids, strict=True))


def _rate_rows(data: ExampleData) -> list[Row]:
    return [
        {"currency": currency, "year": int(year), "rate_to_sek": Decimal(rate)}
        for currency, by_year in data["exchange_rates"].items()
        for year, rate in by_year.items()
    ]


def _departments(session: Session, data: ExampleData) -> dict[str, int]:
    """Departments by short name. Coordinators are set once the people exist."""
    rows = [
        {
            "name": d["name"],
            "name_key": name_key(d["name"]),
            "short_name": d["short_name"],
            "kind": d["kind"],
            "strategy_year": d["strategy_year"],
        }
        for d in data["departments"]
    ]
    ids = _insert_ids(session, models.Department, rows)
    return _keyed((d["short_name"] for d in data["departments"]), ids)


def _people(session: Session, data: ExampleData, departments: Mapping[str, int]) -> dict[str, int]:
    """People by e-mail; then each department's coordinator."""
    rows = [
        {
            "name": p["name"],
            "title": p["title"],
            "email": p["email"],
            "phone": p["phone"],
            "department_id": departments[p["department"]],
            "active": p["active"],
        }
        for p in data["people"]
    ]
    people = _keyed((p["email"] for p in data["people"]), _insert_ids(session, models.Person, rows))
    coordinators = [
        {"department": departments[d["short_name"]], "coordinator": people[d["coordinator"]]}
        for d in data["departments"]
        if d["coordinator"]
    ]
    if coordinators:
        # Core executemany: department and person refer to each other, so one of
        # the two links has to be written after both rows exist.
        table = models.Department.__table__
        statement = (
            update(table)
            .where(table.c.id == bindparam("department"))
            .values(coordinator_id=bindparam("coordinator"))
        )
        session.execute(statement, coordinators)
    return people


def _organisations(session: Session, data: ExampleData) -> dict[str, int]:
    rows = [
        {
            "name": o["name"],
            "name_key": name_key(o["name"]),
            "acronym": o["acronym"],
            "kind": o["kind"],
            "scope": o["scope"],
            "website": o["website"],
            "country": o["country"],
            "description": o["description"],
        }
        for o in data["organisations"]
    ]
    ids = _insert_ids(session, models.Organisation, rows)
    organisations = _keyed((o["name"] for o in data["organisations"]), ids)
    themes = [
        {"organisation_id": organisations[o["name"]], "theme": theme}
        for o in data["organisations"]
        for theme in sorted(set(o["themes"]))
    ]
    _insert(session, models.OrganisationTheme, themes)
    return organisations


def _membership_row(
    membership: MembershipData, organisations: Mapping[str, int], departments: Mapping[str, int]
) -> Row:
    return {
        "organisation_id": organisations[membership["organisation"]],
        "responsible_department_id": departments[membership["department"]],
        "start_year": membership["start_year"],
        "end_year": membership["end_year"],
        "status": membership["status"],
        "notice_months": membership["notice_months"],
        "notes": membership["notes"],
    }


def _membership_details(
    session: Session,
    memberships: list[MembershipData],
    ids: list[int],
    departments: Mapping[str, int],
    people: Mapping[str, int],
) -> None:
    """Participations, contacts, fees, positions and assessments of every membership."""
    rows: dict[type[models.Base], list[Row]] = {
        models.Participation: [],
        models.Contact: [],
        models.Fee: [],
        models.Position: [],
        models.Assessment: [],
    }
    for membership, membership_id in zip(memberships, ids, strict=True):
        rows[models.Participation] += [
            {"membership_id": membership_id, "department_id": departments[short]}
            for short in membership["participants"]
        ]
        rows[models.Contact] += [
            {"membership_id": membership_id, "person_id": people[c["person"]], "role": c["role"]}
            for c in membership["contacts"]
        ]
        rows[models.Fee] += _fee_rows(membership, membership_id)
        rows[models.Position] += _position_rows(membership, membership_id, people)
        rows[models.Assessment] += _assessment_rows(membership, membership_id)
    for model, model_rows in rows.items():
        _insert(session, model, model_rows)


def _fee_rows(membership: MembershipData, membership_id: int) -> list[Row]:
    return [
        {
            "membership_id": membership_id,
            "year": int(year),
            "amount": Decimal(amount),
            "currency": membership["currency"],
        }
        for year, amount in membership["fees"].items()
    ]


def _position_rows(
    membership: MembershipData, membership_id: int, people: Mapping[str, int]
) -> list[Row]:
    return [
        {
            "membership_id": membership_id,
            "title": p["title"],
            "body": p["body"],
            "person_id": people[p["person"]] if p["person"] else None,
            "from_year": p["from_year"],
            "to_year": p["to_year"],
        }
        for p in membership["positions"]
    ]


def _assessment_rows(membership: MembershipData, membership_id: int) -> list[Row]:
    return [
        {
            "membership_id": membership_id,
            "year": a["year"],
            "added_value": a["added_value"],
            "rating": a["rating"],
            "meetings_attended": a["meetings_attended"],
            "working_groups": a["working_groups"],
            "positions_held": a["positions_held"],
            "other_costs_sek": Decimal(a["other_costs_sek"]),
            "recommendation": a["recommendation"],
            "assessed_by": a["assessed_by"],
            "assessed_on": dt.date.fromisoformat(a["assessed_on"]),
        }
        for a in membership["assessments"]
    ]
