"""Generated rows of the register's directory: organisations, departments, people, rates."""

from __future__ import annotations

import itertools
import random
from collections import defaultdict
from decimal import Decimal

from app.services.common import name_key
from tests.benchmarks import names as w

Rows = list[dict[str, object]]


def organisations(rng: random.Random, count: int) -> Rows:
    """Well-known organisations first, then invented ones in English and Swedish."""
    invented = [
        (f"{region} {topic} {form}", scope)
        for region, scope in w.ORGANISATION_REGIONS
        for topic in w.TOPICS
        for form in w.FORMS
    ]
    invented += [
        (pattern.format(topic), scope)
        for pattern, scope in w.SWEDISH_FORMS
        for topic in w.SWEDISH_TOPICS
    ]
    rng.shuffle(invented)
    well_known = [(name, scope, acronym) for name, acronym, scope in w.WELL_KNOWN]
    pool = well_known + [(name, scope, _acronym(name)) for name, scope in invented]
    rows: Rows = []
    for index in range(count):
        name, scope, acronym = pool[index % len(pool)]
        if index >= len(pool):  # past the pool: the same names again, numbered
            name = f"{name} {index // len(pool) + 1}"
        rows.append(_organisation(rng, index + 1, name, scope, acronym))
    return rows


def _organisation(
    rng: random.Random, record_id: int, name: str, scope: str, acronym: str
) -> dict[str, object]:
    networkish = "Network" in name or "nätverk" in name or name == "Nordens Större Städer"
    is_network = rng.random() < (0.6 if networkish else 0.08)
    slug = (acronym or name.split()[0]).lower().translate(w.ASCII)
    return {
        "id": record_id,
        "name": name,
        "name_key": name_key(name),
        "acronym": acronym,
        "kind": "network" if is_network else "organisation",
        "scope": scope,
        "website": f"https://www.{slug}{record_id}.example.org",
        "country": rng.choice(w.COUNTRIES),
        "description": rng.choice(("", "", f"Samarbete inom {rng.choice(w.SWEDISH_TOPICS)}.")),
        "version": 1,
    }


def _acronym(name: str) -> str:
    capitals = [word[0] for word in name.split() if word[0].isupper()]
    return "".join(capitals) if len(capitals) > 1 else ""


def themes(rng: random.Random, organisation_count: int) -> Rows:
    rows: Rows = []
    for organisation_id in range(1, organisation_count + 1):
        for theme in sorted(rng.sample(w.THEMES, rng.choice((0, 1, 1, 2, 2, 3)))):
            rows.append({"organisation_id": organisation_id, "theme": theme})
    return rows


def departments(rng: random.Random, count: int) -> Rows:
    """Administrations, companies and other bodies of many municipalities."""
    pool = [
        (f"{a}, {city}", "administration", a, city)
        for city in w.MUNICIPALITIES
        for a in w.ADMINISTRATIONS
    ]
    pool += [(f"{city} {c}", "company", c, city) for city in w.MUNICIPALITIES for c in w.COMPANIES]
    pool += [
        (f"{city}{'' if city.endswith('s') else 's'} {o}", "other", o, city)
        for city in w.MUNICIPALITIES
        for o in w.OTHER_BODIES
    ]  # fmt: skip
    rng.shuffle(pool)
    rows: Rows = []
    for index in range(count):
        name, kind, what, city = pool[index % len(pool)]
        if index >= len(pool):
            name = f"{name} {index // len(pool) + 1}"
        rows.append(
            {
                "id": index + 1,
                "name": name,
                "name_key": name_key(name),
                "short_name": f"{what[:3].upper()}-{city[:3].upper()}",
                "kind": kind,
                "coordinator_id": None,
                "strategy_year": rng.randint(2005, 2025) if rng.random() < 0.4 else None,
                "version": 1,
            }
        )
    return rows


def people(rng: random.Random, count: int, department_count: int) -> Rows:
    rows: Rows = []
    emails_seen: dict[str, int] = defaultdict(int)
    for person_id in range(1, count + 1):
        first, last = rng.choice(w.FIRST_NAMES), rng.choice(w.LAST_NAMES)
        local = f"{first}.{last}".lower().translate(w.ASCII)
        emails_seen[local] += 1
        if emails_seen[local] > 1:
            local = f"{local}{emails_seen[local]}"
        rows.append(
            {
                "id": person_id,
                "name": f"{first} {last}",
                "title": rng.choice(w.TITLES),
                "email": f"{local}@example.se",
                "phone": f"08-508 {rng.randint(100, 999)} {rng.randint(10, 99)}",
                "department_id": rng.randint(1, department_count) if rng.random() < 0.95 else None,
                "active": rng.random() < 0.9,
                "version": 1,
            }
        )
    return rows


def by_department(people_rows: Rows) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for person in people_rows:
        if person["department_id"] is not None:
            found[person["department_id"]].append(person["id"])  # type: ignore[index]
    return found


def coordinators(rng: random.Random, people_rows: Rows) -> Rows:
    """Updates naming a coordinator for most departments that have people."""
    rows: Rows = []
    for department_id, staff in sorted(by_department(people_rows).items()):
        if rng.random() < 0.7:
            rows.append({"department_id": department_id, "coordinator_id": rng.choice(staff)})
    return rows


def exchange_rates(rng: random.Random, first_year: int, last_year: int) -> Rows:
    """A rate to SEK for every foreign currency and year, drifting a few per cent a year."""
    rows: Rows = []
    ids = itertools.count(1)
    for currency, _share, start in w.CURRENCIES:
        if start is None:
            continue
        rate = start
        for year in range(first_year, last_year + 1):
            rows.append(
                {
                    "id": next(ids),
                    "currency": currency,
                    "year": year,
                    "rate_to_sek": Decimal(f"{rate:.4f}"),
                    "version": 1,
                }
            )
            rate *= 1 + rng.uniform(-0.06, 0.06)
    return rows
