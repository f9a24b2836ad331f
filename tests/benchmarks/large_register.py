"""A large register written in bulk with SQLAlchemy Core, for the benchmarks.

5,000 organisations, 1,000 departments, 50,000 memberships with fees for ten
years, contacts, participations and assessments. Core inserts bypass the
change-log hook and the services' checks: this is test data, not a use case.
A fuller generator may replace this module; the benchmarks only need
`build_large_register(path) -> Store`.
"""

from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import insert

from app.store import Store
from db import models as m

WORDS = (
    "Baltic Nordic European Urban Water Climate Culture Health Energy Transport Mobility "
    "Cities Network Forum Alliance Union Council Institute Partnership Örebro Zürich Åland "
    "Ängelholm Göteborg Malmö Sustainable Digital Youth Metropolitan Harbour"
).split()
FIRST_YEAR, YEARS = 2017, 10


def build_large_register(
    path: Path,
    *,
    organisations: int = 5_000,
    departments: int = 1_000,
    memberships: int = 50_000,
    seed: int = 7,
) -> Store:
    rnd = random.Random(seed)
    store = Store.open(path, actor="bench")
    with store.engine.begin() as connection:

        def put(model: type, rows: list[dict]) -> None:
            for start in range(0, len(rows), 20_000):
                connection.execute(insert(model), rows[start : start + 20_000])

        put(m.ExchangeRate, [
            {"currency": c, "year": FIRST_YEAR + y, "rate_to_sek": r}
            for c, r in (("EUR", "10.5"), ("USD", "9.8")) for y in range(YEARS)
        ])  # fmt: skip
        put(m.Organisation, [_organisation(rnd, i) for i in range(1, organisations + 1)])
        put(m.Department, [_department(i) for i in range(1, departments + 1)])
        put(m.Person, [_person(rnd, i, departments) for i in range(1, 2 * departments + 1)])
        pairs = rnd.sample(range(organisations * departments), memberships)
        put(m.Membership, [_membership(rnd, i, p, departments) for i, p in enumerate(pairs, 1)])
        put(m.Fee, [
            {"membership_id": i, "year": FIRST_YEAR + y, "currency": rnd.choice(("EUR", "SEK")),
             "amount": rnd.randrange(0, 400_000, 500)}
            for i in range(1, memberships + 1) for y in range(YEARS)
        ])  # fmt: skip
        put(m.Contact, [
            {"membership_id": i, "person_id": rnd.randrange(1, 2 * departments + 1),
             "role": "primary"}
            for i in range(1, memberships + 1) if rnd.random() < 0.8
        ])  # fmt: skip
        put(m.Participation, _participations(rnd, pairs, departments))
        put(m.Assessment, [
            {"membership_id": i, "year": FIRST_YEAR + YEARS - 2, "rating": rnd.randint(1, 5),
             "recommendation": rnd.choice(("keep", "leave", "change", "undecided"))}
            for i in range(1, memberships + 1) if rnd.random() < 0.6
        ])  # fmt: skip
    return store


def _organisation(rnd: random.Random, i: int) -> dict:
    name = " ".join(rnd.sample(WORDS, 3)) + f" {i}"
    return {
        "id": i, "name": name, "name_key": name.casefold(), "acronym": f"O{i}",
        "kind": "network" if i % 10 == 0 else "organisation",
        "scope": rnd.choice(("global", "european", "nordic", "baltic", "national", "other")),
    }  # fmt: skip


def _department(i: int) -> dict:
    kind = "company" if i % 4 == 0 else "administration"
    name = f"{'Bolag' if kind == 'company' else 'Förvaltning'} {i:04d}"
    return {"id": i, "name": name, "name_key": name.casefold(), "short_name": f"D{i}", "kind": kind}


def _person(rnd: random.Random, i: int, departments: int) -> dict:
    return {
        "id": i, "name": f"Person {i} {rnd.choice(WORDS)}", "email": f"p{i}@example.se",
        "department_id": rnd.randrange(1, departments + 1),
    }  # fmt: skip


def _membership(rnd: random.Random, i: int, pair: int, departments: int) -> dict:
    start = FIRST_YEAR - rnd.randrange(0, 15)
    end = None if rnd.random() < 0.85 else FIRST_YEAR + rnd.randrange(0, YEARS)
    return {
        "id": i, "organisation_id": pair // departments + 1,
        "responsible_department_id": pair % departments + 1,
        "start_year": start, "end_year": end, "status": "ended" if end else "active",
    }  # fmt: skip


def _participations(rnd: random.Random, pairs: list[int], departments: int) -> list[dict]:
    rows = []
    for i, pair in enumerate(pairs, 1):
        responsible = pair % departments + 1
        others = {rnd.randrange(1, departments + 1) for _ in range(rnd.randrange(0, 3))}
        rows += [{"membership_id": i, "department_id": d} for d in others - {responsible}]
    return rows
