"""A large register for benchmarks: 50,000 memberships by default, written with bulk
inserts (a benchmark fixture: it bypasses the services and the change log)."""

from __future__ import annotations

import random
from decimal import Decimal

from sqlalchemy import insert

from app.store import Store
from db import models as m

YEARS = (2006, 2007)


def build_large_register(store: Store, memberships: int = 50_000, seed: int = 7) -> None:
    rng = random.Random(seed)
    per_organisation = 5
    organisations = memberships // per_organisation
    departments, people = 200, 5_000
    with store.uow() as session:
        run = session.execute
        run(insert(m.ExchangeRate), [
            {"currency": c, "year": y, "rate_to_sek": Decimal(r)}
            for c, r in (("EUR", "9.25"), ("USD", "6.80")) for y in range(2004, 2009)
        ])  # fmt: skip
        run(insert(m.Department), [
            {"id": i, "name": f"Förvaltning {i:03d}", "name_key": f"förvaltning {i:03d}",
             "short_name": f"F{i}", "kind": "company" if i % 7 == 0 else "administration"}
            for i in range(1, departments + 1)
        ])  # fmt: skip
        run(insert(m.Person), [
            {"id": i, "name": f"Person {i:05d}", "email": f"person{i}@example.se",
             "department_id": rng.randint(1, departments), "active": True}
            for i in range(1, people + 1)
        ])  # fmt: skip
        run(insert(m.Organisation), [
            {"id": i, "name": f"Organisation {i:05d}", "name_key": f"organisation {i:05d}",
             "acronym": f"O{i}", "kind": "network" if i % 10 == 0 else "organisation",
             "scope": "european", "country": "Belgium", "website": f"https://o{i}.example.org"}
            for i in range(1, organisations + 1)
        ])  # fmt: skip
        _memberships(session, rng, organisations, per_organisation, departments, people)


def _memberships(session, rng, organisations, per_organisation, departments, people) -> None:
    rows, participations, contacts, fees, assessments, positions = [], [], [], [], [], []
    ident = 0
    for organisation in range(1, organisations + 1):
        for department in rng.sample(range(1, departments + 1), per_organisation):
            ident += 1
            rows.append({
                "id": ident, "organisation_id": organisation, "start_year": 2000 + ident % 7,
                "responsible_department_id": department, "status": "active",
                "notes": f"Note {ident}" if ident % 3 else "",
            })  # fmt: skip
            other = department % departments + 1
            participations.append({"membership_id": ident, "department_id": other})
            first, second = rng.sample(range(1, people + 1), 2)
            contacts += [
                {"membership_id": ident, "person_id": first, "role": "primary"},
                {"membership_id": ident, "person_id": second, "role": "deputy"},
            ]
            currency = "EUR" if ident % 4 else "SEK"
            fees += [{"membership_id": ident, "year": y, "currency": currency,
                      "amount": Decimal(rng.randint(5, 500) * 100)} for y in YEARS]  # fmt: skip
            if ident % 5 == 0:
                assessments.append({
                    "membership_id": ident, "year": 2007, "rating": 3,
                    "added_value": f"Value {ident}", "recommendation": "keep",
                })  # fmt: skip
            if ident % 25 == 0:
                positions.append({"membership_id": ident, "title": "Board member",
                                  "person_id": first, "from_year": 2006})  # fmt: skip
    for model, values in (
        (m.Membership, rows), (m.Participation, participations), (m.Contact, contacts),
        (m.Fee, fees), (m.Assessment, assessments), (m.Position, positions),
    ):  # fmt: skip
        session.execute(insert(model), values)
