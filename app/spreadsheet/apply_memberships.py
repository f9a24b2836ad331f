"""Writing the memberships of an import plan and what hangs on them.

New memberships are inserted first (in batches, for their ids); then their
participants, contacts, fees, positions, assessments and decisions are added
by membership id. For memberships already in the register only what the plan
adds or changes is written; their existing child rows are read in bulk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.progress import Progress
from app.spreadsheet.plan import Action, ImportPlan, MembershipEntry
from app.vocabulary import ContactRole
from db import models as m
from db.audit import record_inserts

# The columns the editors' checked data (app.rows) gives a new record.
MEMBERSHIP_COLUMNS = ("start_year", "end_year", "status", "notice_months", "notes")
ASSESSMENT_COLUMNS = (
    "added_value", "rating", "meetings_attended", "working_groups", "positions_held",
    "other_costs_sek", "recommendation", "assessed_by", "assessed_on",
)  # fmt: skip
CHUNK = 5_000


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.strip() if isinstance(v, str) else v for k, v in values.items() if v is not None}


class MembershipWriter:
    def __init__(
        self, session: Session, plan: ImportPlan, ids: dict[str, dict[str, int]], progress: Progress
    ) -> None:
        self.session, self.plan, self.ids, self.progress = session, plan, ids, progress
        self.children: list[tuple[type, dict[str, Any]]] = []  # (model, its values)
        self.known = _Children()
        self.review_id: int | None = None

    def run(self) -> None:
        entries = [e for e in self.plan.memberships.values() if self._wanted(e)]
        existing = {e.existing_id: e for e in entries if e.action is Action.UPDATE}
        self.known = _Children.load(self.session, list(existing), self.plan.year)
        if self.plan.review or any(e.decision for e in entries):
            self.review_id = self._review()
        created = [e for e in entries if e.action is Action.CREATE]
        for start in range(0, len(created), CHUNK):
            self._create(created[start : start + CHUNK])
            self.progress.step(start, len(created) + len(existing), "")
        self._update(existing)
        self.session.add_all(model(**values) for model, values in self.children)
        self.session.flush()

    def _wanted(self, entry: MembershipEntry) -> bool:
        """Not a membership from a row with problems (those are skipped when asked to)."""
        return entry.where is None or not self.plan.findings.row_is_bad(entry.where)

    def _review(self) -> int:
        """The year's review: the register's, its date and participants filled in where
        it has none, or a new (open) one."""
        review = self.session.scalar(select(m.Review).where(m.Review.year == self.plan.year))
        facts = self.plan.review
        if review is None:
            review = m.Review(year=self.plan.year, held_on=None, participants="", status="open")
            self.session.add(review)
        if review.held_on is None and facts.get("held_on"):
            review.held_on = facts["held_on"]
        if not review.participants and facts.get("participants"):
            review.participants = facts["participants"]
        self.session.flush()
        return review.id

    def _create(self, entries: list[MembershipEntry]) -> None:
        """New memberships and their children, inserted in bulk and logged row by row."""
        rows = [
            {
                "organisation_id": self.ids["organisations"][e.organisation],
                "responsible_department_id": self.ids["departments"][e.department],
                "version": 1, **{name: getattr(e.data, name) for name in MEMBERSHIP_COLUMNS},
            }
            for e in entries
        ]  # fmt: skip
        for entry, row in zip(entries, insert_rows(self.session, m.Membership, rows), strict=True):
            self._add_children(row["id"], row["responsible_department_id"], entry, new=True)
        by_model: dict[type, list[dict[str, Any]]] = {}
        for model, values in self.children:
            by_model.setdefault(model, []).append(values)
        for model, values in by_model.items():
            insert_rows(self.session, model, values)
        self.children = []

    def _update(self, entries: dict[int | None, MembershipEntry]) -> None:
        ids = list(entries)
        records: dict[int, m.Membership] = {}
        for start in range(0, len(ids), 500):
            query = select(m.Membership).where(m.Membership.id.in_(ids[start : start + 500]))
            records.update({r.id: r for r in self.session.scalars(query)})
        for membership_id, entry in entries.items():
            record = records[membership_id]
            for name in entry.changes:
                if name in entry.values and entry.values[name] is not None:
                    setattr(record, name, entry.values[name])
            self._add_children(record.id, record.responsible_department_id, entry, new=False)
            flag_modified(record, "notes")  # moves the version on: open editors see the change

    def _add_children(
        self, mid: int, responsible: int, entry: MembershipEntry, *, new: bool
    ) -> None:
        add = self.children.append
        for key in entry.participants:
            department = self.ids["departments"][key]
            if department != responsible and (mid, department) not in self.known.participants:
                add((m.Participation, {"membership_id": mid, "department_id": department}))
        primary = False
        for key, role in entry.contacts:
            if role == ContactRole.PRIMARY:  # one primary at most: the first one named
                role, primary = (ContactRole.OTHER.value if primary else role), True
            person = self.ids["people"][key]
            add((m.Contact, {"membership_id": mid, "person_id": person, "role": role}))
        if entry.fee is not None:
            self._fee(mid, entry.fee, new)
        for p in entry.positions:
            if (p.title, p.from_year) not in self.known.positions.get(mid, set()):
                person = self.ids["people"][p.person] if p.person else None
                add((m.Position, {"membership_id": mid, "title": p.title, "body": p.body,
                                  "person_id": person, "from_year": p.from_year,
                                  "to_year": p.to_year}))  # fmt: skip
        if entry.assessment:
            self._assessment(mid, entry, new)
        for year, data in entry.other_assessment_data.items():
            if new or (mid, year) not in self.known.assessment_years:  # never overwritten
                fields = {name: getattr(data, name) for name in ASSESSMENT_COLUMNS}
                fields.update(membership_id=mid, year=year, version=1)
                self.children.append((m.Assessment, fields))
        if entry.decision and self.review_id is not None:
            self._decision(mid, entry.decision, new)

    def _fee(self, mid: int, fee: tuple[Any, str], new: bool) -> None:
        record = None if new else self.known.fees.get(mid)
        if record is None:
            values = {"membership_id": mid, "year": self.plan.year, "amount": fee[0],
                      "currency": fee[1]}  # fmt: skip
            self.children.append((m.Fee, values))
        else:
            record.amount, record.currency = fee

    def _assessment(self, mid: int, entry: MembershipEntry, new: bool) -> None:
        record = None if new else self.known.assessments.get(mid)
        if record is None:
            data = entry.assessment_data
            fields = {name: getattr(data, name) for name in ASSESSMENT_COLUMNS}
            fields.update(membership_id=mid, year=self.plan.year, version=1)
            self.children.append((m.Assessment, fields))
        else:
            for name, value in _clean(entry.assessment).items():
                setattr(record, name, value)

    def _decision(self, mid: int, values: dict[str, Any], new: bool) -> None:
        record = None if new else self.known.decisions.get(mid)
        if record is None:
            actor = self.session.info.get("actor", "")
            fields = {"rationale": "", "decided_by": actor, **_clean(values), "version": 1}
            fields.update(membership_id=mid, review_id=self.review_id)
            self.children.append((m.Decision, fields))
        else:
            for name, value in _clean(values).items():
                setattr(record, name, value)


def insert_rows(session: Session, model: type, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Inserts rows in batches (their new ids set in them where the table makes ids) and
    writes their change-log entries; all in the session's transaction."""
    if not rows:
        return rows
    table = model.__table__  # type: ignore[attr-defined]
    if "id" in table.c and table.c.id.autoincrement:
        query = table.insert().returning(table.c.id, sort_by_parameter_order=True)
        for row, new_id in zip(rows, session.execute(query, rows).scalars(), strict=True):
            row["id"] = new_id
    else:
        session.execute(table.insert(), rows)
    record_inserts(session, model, rows)
    return rows


class _Children:
    """The existing child rows of the memberships an import updates, read in bulk."""

    def __init__(self) -> None:
        self.participants: set[tuple[int, int]] = set()
        self.fees: dict[int, m.Fee] = {}
        self.positions: dict[int, set[tuple[str, int]]] = {}
        self.assessments: dict[int, m.Assessment] = {}  # the import's year's
        self.assessment_years: set[tuple[int, int]] = set()  # (membership, year) of any
        self.decisions: dict[int, m.Decision] = {}

    @classmethod
    def load(cls, session: Session, ids: list[int | None], year: int) -> _Children:
        found = cls()
        chosen = [i for i in ids if i is not None]
        for start in range(0, len(chosen), 500):
            found._read(session, chosen[start : start + 500], year)
        return found

    def _read(self, session: Session, chunk: list[int], year: int) -> None:
        of_chunk = m.Participation.membership_id.in_(chunk)
        for mid, did in session.execute(
            select(m.Participation.membership_id, m.Participation.department_id).where(of_chunk)
        ):
            self.participants.add((mid, did))
        fees = select(m.Fee).where(m.Fee.membership_id.in_(chunk), m.Fee.year == year)
        self.fees.update({fee.membership_id: fee for fee in session.scalars(fees)})
        positions = select(m.Position.membership_id, m.Position.title, m.Position.from_year)
        for mid, title, from_year in session.execute(
            positions.where(m.Position.membership_id.in_(chunk))
        ):
            self.positions.setdefault(mid, set()).add((title, from_year))
        assessments = select(m.Assessment).where(
            m.Assessment.membership_id.in_(chunk), m.Assessment.year == year
        )
        self.assessments.update({a.membership_id: a for a in session.scalars(assessments)})
        assessed = select(m.Assessment.membership_id, m.Assessment.year)
        self.assessment_years.update(
            (mid, y)
            for mid, y in session.execute(assessed.where(m.Assessment.membership_id.in_(chunk)))
        )
        decisions = (
            select(m.Decision)
            .join(m.Review, m.Review.id == m.Decision.review_id)
            .where(m.Decision.membership_id.in_(chunk), m.Review.year == year)
        )
        self.decisions.update({d.membership_id: d for d in session.scalars(decisions)})
