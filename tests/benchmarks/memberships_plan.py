"""Generated memberships and what hangs on them: participations, contacts, positions,
fees and assessments, in chunks so the default size never sits in memory whole."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate

from tests.benchmarks import names as w
from tests.benchmarks.directory import Rows, by_department

CHUNK = 5_000
STREAMS = ("membership", "participation", "contact", "position", "fee", "assessment")
CURRENCY_CODES = [c for c, _, _ in w.CURRENCIES]
CURRENCY_WEIGHTS = list(accumulate(share for _, share, _ in w.CURRENCIES))
START_RATE = {c: rate or 1.0 for c, _, rate in w.CURRENCIES}
RECOMMENDATIONS = ("keep",) * 6 + ("change", "leave", "undecided", "undecided")


@dataclass(frozen=True, slots=True)
class Planned:
    id: int
    organisation_id: int
    department_id: int
    start_year: int
    end_year: int | None


class MembershipPlanner:
    """Draws memberships, keeping at most one open per organisation and department."""

    def __init__(
        self,
        rng_for: Callable[[str], random.Random],
        *,
        networks: set[int],
        organisations: int,
        departments: int,
        people: Rows,
        years: tuple[int, int],
    ) -> None:
        self.rng = {stream: rng_for(stream) for stream in STREAMS}
        self.networks = networks
        self.organisations = organisations
        self.departments = departments
        self.staff = by_department(people)
        self.everyone = [p["id"] for p in people]
        self.person_name = {p["id"]: p["name"] for p in people}
        self.first_year, self.last_year = years
        self.open_pairs: set[tuple[int, int]] = set()
        self.next_id = {"fee": 1, "assessment": 1, "position": 1}

    def batches(self, count: int) -> Iterator[tuple[str, Rows]]:
        for first in range(1, count + 1, CHUNK):
            chunk = [self._plan(i) for i in range(first, min(first + CHUNK, count + 1))]
            yield "membership", [self._membership_row(p) for p in chunk]
            yield "participation", [r for p in chunk for r in self._participations(p)]
            contacts = [r for p in chunk for r in self._contacts(p)]
            yield "contact", contacts
            yield "position", [r for p in chunk for r in self._positions(p)]
            yield "fee", [r for p in chunk for r in self._fees(p)]
            yield "assessment", [r for p in chunk for r in self._assessments(p)]

    # --- memberships -------------------------------------------------------

    def _plan(self, membership_id: int) -> Planned:
        r = self.rng["membership"]
        organisation, department = self._pair(r)
        start = r.randint(1990, self.first_year - 1) if r.random() < 0.7 else None
        start = start or r.randint(self.first_year, self.last_year)
        end = self._end_year(r, start)
        if end is None:
            tries = 0
            while (organisation, department) in self.open_pairs and tries < 20:
                organisation, department = self._pair(r)
                tries += 1
            if (organisation, department) in self.open_pairs:
                end = start  # every pair taken: a one-year membership instead
            else:
                self.open_pairs.add((organisation, department))
        return Planned(membership_id, organisation, department, start, end)

    def _pair(self, r: random.Random) -> tuple[int, int]:
        # Squaring favours the first organisations: a few are popular, most are not.
        organisation = 1 + int(self.organisations * r.random() ** 2)
        return organisation, r.randint(1, self.departments)

    def _end_year(self, r: random.Random, start: int) -> int | None:
        x = r.random()
        if x < 0.06 and start < self.first_year:
            return r.randint(start, self.first_year - 1)  # ended before the ten years
        if x < 0.24 and max(start, self.first_year) < self.last_year:
            return r.randint(max(start, self.first_year), self.last_year - 1)
        if x < 0.29:
            return max(start, self.last_year + r.randint(0, 1))  # notice given
        return None

    def _membership_row(self, p: Planned) -> dict[str, object]:
        r = self.rng["membership"]
        if p.end_year is None:
            status = "under_review" if r.random() < 0.08 else "active"
        else:
            status = "ended" if p.end_year < self.last_year else "notice_given"
        return {
            "id": p.id,
            "organisation_id": p.organisation_id,
            "responsible_department_id": p.department_id,
            "start_year": p.start_year,
            "end_year": p.end_year,
            "status": status,
            "notice_months": r.choice((None, 3, 6, 6, 12)),
            "notes": r.choice(("", "", "", "Avgiften faktureras i januari.", "Se beslut i KS.")),
            "version": 1,
        }

    def _years(self, p: Planned) -> range:
        """The membership's years within the ten years of fees and assessments."""
        last = self.last_year if p.end_year is None else min(p.end_year, self.last_year)
        return range(max(p.start_year, self.first_year), last + 1)

    # --- what hangs on a membership ------------------------------------------

    def _participations(self, p: Planned) -> Rows:
        r = self.rng["participation"]
        wanted = min(r.choice((0, 0, 0, 1, 1, 2, 3, 5)), self.departments - 1)
        others = r.sample(range(1, self.departments + 1), wanted + 1)
        others = [d for d in others if d != p.department_id][:wanted]
        return [{"membership_id": p.id, "department_id": d} for d in others]

    def _contacts(self, p: Planned) -> Rows:
        r = self.rng["contact"]
        roles = [role for role, share in (("primary", 0.9), ("deputy", 0.4), ("other", 0.1))
                 if r.random() < share]  # fmt: skip
        pool = self.staff.get(p.department_id) or self.everyone
        chosen = r.sample(pool, min(len(roles), len(pool)))
        return [{"membership_id": p.id, "person_id": pid, "role": role}
                for pid, role in zip(chosen, roles, strict=False)]  # fmt: skip

    def _positions(self, p: Planned) -> Rows:
        r = self.rng["position"]
        if r.random() >= 0.06:
            return []
        rows: Rows = []
        for _ in range(r.choice((1, 1, 2))):
            start = r.randint(max(p.start_year, self.first_year - 3), self.last_year)
            pool = self.staff.get(p.department_id)
            rows.append(
                {
                    "id": self._take("position"),
                    "membership_id": p.id,
                    "title": r.choice(w.POSITION_TITLES),
                    "body": r.choice(w.POSITION_BODIES),
                    "person_id": r.choice(pool) if pool else None,
                    "from_year": start,
                    "to_year": None if r.random() < 0.5 else start + r.randint(0, 4),
                }
            )
        return rows

    def _fees(self, p: Planned) -> Rows:
        r = self.rng["fee"]
        if p.organisation_id in self.networks or r.random() >= 0.92:
            return []  # networks, and a few free memberships, have no fee
        currency = r.choices(CURRENCY_CODES, cum_weights=CURRENCY_WEIGHTS)[0]
        step = 100 if currency in ("SEK", "NOK", "DKK") else 10
        base = math.exp(r.gauss(9.7, 1.0)) / START_RATE[currency]  # median about 16,000 SEK
        growth = 1 + r.uniform(0, 0.05)
        rows: Rows = []
        for year in self._years(p):
            if r.random() < 0.03:
                continue  # a year whose fee nobody recorded
            amount = round(base * growth ** (year - self.first_year) / step) * step
            rows.append({"id": self._take("fee"), "membership_id": p.id, "year": year,
                         "amount": Decimal(max(amount, step)), "currency": currency})  # fmt: skip
        return rows

    def _assessments(self, p: Planned) -> Rows:
        r = self.rng["assessment"]
        rows: Rows = []
        for year in self._years(p):
            if r.random() >= 0.3 + 0.06 * (year - self.first_year):
                continue
            pool = self.staff.get(p.department_id)
            text = r.choice(w.ADDED_VALUES).format(topic=r.choice(w.SWEDISH_TOPICS).rstrip("s"))
            rows.append(
                {
                    "id": self._take("assessment"),
                    "membership_id": p.id,
                    "year": year,
                    "added_value": text,
                    "rating": r.choice((None, 1, 2, 3, 3, 4, 4, 4, 5, 5)),
                    "meetings_attended": r.randint(0, 12),
                    "working_groups": r.randint(0, 3),
                    "positions_held": r.choice((0, 0, 0, 1, 2)),
                    "other_costs_sek": Decimal(r.choice((0, 0, 0, 5000, 12000, 30000))),
                    "recommendation": r.choice(RECOMMENDATIONS),
                    "assessed_by": self.person_name[r.choice(pool)] if pool else "",
                    "assessed_on": dt.date(year, r.randint(9, 12), r.randint(1, 28)),
                    "version": 1,
                }
            )
        return rows

    def _take(self, table: str) -> int:
        value = self.next_id[table]
        self.next_id[table] = value + 1
        return value
