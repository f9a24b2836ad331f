"""Writing an import plan: one transaction, all or nothing.

Everything goes through one session (so the change log records every record
created or changed) and is committed once at the end; any failure rolls the
whole import back. Records already there are read in bulk, never one query
per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.errors import RegisterError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.progress import Progress
from app.services.common import name_key
from app.spreadsheet.matching import existing_id
from app.spreadsheet.plan import Action, Counts, ImportPlan, MembershipEntry
from app.store import Store
from db import models as m
from db.enums import ContactRole

REFUSED = N_(
    "import",
    "The spreadsheet has {count} problem(s), so nothing was imported. Correct them in the "
    "spreadsheet or in the column mapping and try again.",
)
CHANGED_MEANWHILE = N_(
    "import",
    "The register changed while the import was being written ({detail}); nothing was "
    "imported. Look at the preview again and import once more.",
)


class ImportRefusedError(RegisterError):
    def __init__(self, template: str, language: str | None = None, **params: object) -> None:
        super().__init__(translate("import", template, language).format(**params))


@dataclass(frozen=True, slots=True)
class ImportResult:
    path: str
    year: int
    counts: dict[str, Counts]


def apply_import(
    store: Store,
    plan: ImportPlan,
    *,
    skip_bad_rows: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Writes the plan; refuses when it has problems unless `skip_bad_rows`."""
    if plan.errors and not skip_bad_rows:
        raise ImportRefusedError(REFUSED, count=len(plan.errors))
    progress = progress or Progress()
    try:
        with store.uow() as session:
            _PlanWriter(session, plan, progress).run()
    except IntegrityError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise ImportRefusedError(CHANGED_MEANWHILE, detail=detail[:200]) from exc
    return ImportResult(str(plan.path), plan.year, plan.counts())


class _PlanWriter:
    def __init__(self, session: Session, plan: ImportPlan, progress: Progress) -> None:
        self.session, self.plan, self.progress = session, plan, progress
        self.organisations: dict[str, m.Organisation] = {}
        self.departments: dict[str, m.Department] = {}
        self.people: dict[str, m.Person] = {}

    def run(self) -> None:
        steps = (
            self._organisations, self._departments, self._people, self._coordinators,
            self._rates, self._memberships,
        )  # fmt: skip
        for done, step in enumerate(steps):
            self.progress.step(done, len(steps), "")
            step()
            self.session.flush()

    def _load(self, model: type, keys: Any) -> dict[str, Any]:
        ids = [i for i in (existing_id(k) for k in keys) if i is not None]
        found: dict[str, Any] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for record in self.session.scalars(select(model).where(model.id.in_(chunk))):
                found[f"#{record.id}"] = record
        return found

    def _organisations(self) -> None:
        self.organisations = self._load(m.Organisation, self.plan.organisations)
        for key, entry in self.plan.organisations.items():
            values = dict(entry.values)
            themes = values.pop("themes", ())
            if entry.action is Action.CREATE:
                record = m.Organisation(name=entry.name, name_key=name_key(entry.name))
                _set(record, values)
                record.themes = [m.OrganisationTheme(theme=t) for t in dict.fromkeys(themes)]
                self.session.add(record)
                self.organisations[key] = record
            elif entry.action is Action.UPDATE:
                record = self.organisations[key]
                _set(record, {n: values[n] for n in entry.changes if n in values})
                if "themes" in entry.changes:
                    record.themes = [m.OrganisationTheme(theme=t) for t in dict.fromkeys(themes)]

    def _departments(self) -> None:
        self.departments = self._load(m.Department, self.plan.departments)
        for key, entry in self.plan.departments.items():
            if entry.action is Action.CREATE:
                record = m.Department(name=entry.name, name_key=name_key(entry.name))
                _set(record, entry.values)
                self.session.add(record)
                self.departments[key] = record
            elif entry.action is Action.UPDATE:
                _set(
                    self.departments[key],
                    {n: entry.values[n] for n in entry.changes if n in entry.values},
                )

    def _people(self) -> None:
        self.people = self._load(m.Person, self.plan.people)
        for key, entry in self.plan.people.items():
            department = self.departments[entry.department].id if entry.department else None
            if entry.action is Action.CREATE:
                record = m.Person(name=entry.name, department_id=department)
                _set(record, entry.values)
                self.session.add(record)
                self.people[key] = record
            elif entry.action is Action.UPDATE:
                record = self.people[key]
                _set(record, {n: entry.values[n] for n in entry.changes if n in entry.values})
                if "department_id" in entry.changes:
                    record.department_id = department

    def _coordinators(self) -> None:
        for key, entry in self.plan.departments.items():
            if entry.coordinator is None:
                continue
            record = self.departments[key]
            if record.coordinator_id is None:
                record.coordinator_id = self.people[entry.coordinator].id

    def _rates(self) -> None:
        for entry in self.plan.rates.values():
            if entry.action is Action.CREATE:
                self.session.add(
                    m.ExchangeRate(currency=entry.currency, year=entry.year, rate_to_sek=entry.rate)
                )

    def _memberships(self) -> None:
        entries = [e for e in self.plan.memberships.values() if self._wanted(e)]
        ids = [e.existing_id for e in entries if e.existing_id is not None]
        existing = self._load(m.Membership, [f"#{i}" for i in ids])
        self.known = _Children.load(self.session, ids, self.plan.year)
        self.review = self._review() if any(e.decision for e in entries) else None
        for count, entry in enumerate(entries, start=1):
            if entry.action is Action.CREATE:
                record = m.Membership(
                    organisation_id=self.organisations[entry.organisation].id,
                    responsible_department_id=self.departments[entry.department].id,
                )
                _set(record, entry.values)
                self.session.add(record)
                self._children(record, entry, new=True)
            elif entry.action is Action.UPDATE:
                record = existing[f"#{entry.existing_id}"]
                _set(record, {n: entry.values[n] for n in entry.changes if n in entry.values})
                self._children(record, entry, new=False)
                flag_modified(record, "notes")  # moves the version on: open editors see it
            if count % 2000 == 0:
                self.progress.step(count, len(entries), "")

    def _wanted(self, entry: MembershipEntry) -> bool:
        """Not a membership from a row with problems (those are skipped when asked to)."""
        return entry.where is None or not self.plan.findings.row_is_bad(entry.where)

    def _review(self) -> m.Review:
        review = self.session.scalar(select(m.Review).where(m.Review.year == self.plan.year))
        if review is None:
            review = m.Review(year=self.plan.year)
            self.session.add(review)
        return review

    def _attach(self, record: m.Membership, collection: str, child: Any, new: bool) -> None:
        """A new membership takes children into its collections; an existing one gets
        them added by id, which needs no loading of the collection."""
        if new:
            getattr(record, collection).append(child)
        else:
            child.membership_id = record.id
            self.session.add(child)

    def _children(self, record: m.Membership, entry: MembershipEntry, *, new: bool) -> None:
        known = self.known
        for key in entry.participants:
            department_id = self.departments[key].id
            taking_part = (record.id, department_id) in known.participants
            if department_id != record.responsible_department_id and not taking_part:
                self._attach(
                    record, "participations", m.Participation(department_id=department_id), new
                )
        primary = False
        for key, role in entry.contacts:
            if role == ContactRole.PRIMARY:  # one primary at most; the first one named
                role, primary = (ContactRole.OTHER.value if primary else role), True
            self._attach(
                record, "contacts", m.Contact(person_id=self.people[key].id, role=role), new
            )
        self._fee(record, entry, new)
        for position in entry.positions:
            if (position.title, position.from_year) not in known.positions.get(record.id, set()):
                person = self.people[position.person].id if position.person else None
                child = m.Position(
                    title=position.title, body=position.body, person_id=person,
                    from_year=position.from_year, to_year=position.to_year,
                )  # fmt: skip
                self._attach(record, "positions", child, new)
        self._assessment(record, entry, new)
        self._decision(record, entry, new)

    def _fee(self, record: m.Membership, entry: MembershipEntry, new: bool) -> None:
        if entry.fee is None:
            return
        fee = self.known.fees.get(record.id) if not new else None
        if fee is None:
            fee = m.Fee(year=self.plan.year)
            self._attach(record, "fees", fee, new)
        fee.amount, fee.currency = entry.fee

    def _assessment(self, record: m.Membership, entry: MembershipEntry, new: bool) -> None:
        if not entry.assessment:
            return
        assessment = self.known.assessments.get(record.id) if not new else None
        if assessment is None:
            assessment = m.Assessment(year=self.plan.year)
            self._attach(record, "assessments", assessment, new)
        _set(assessment, entry.assessment)

    def _decision(self, record: m.Membership, entry: MembershipEntry, new: bool) -> None:
        if not entry.decision or self.review is None:
            return
        decision = self.known.decisions.get(record.id) if not new else None
        if decision is None:
            decision = m.Decision(review=self.review, decided_by=self.session.info.get("actor", ""))
            self._attach(record, "decisions", decision, new)
        _set(decision, entry.decision)


class _Children:
    """The existing child rows of the memberships an import updates, read in bulk."""

    def __init__(self) -> None:
        self.participants: set[tuple[int, int]] = set()
        self.fees: dict[int, m.Fee] = {}
        self.positions: dict[int, set[tuple[str, int]]] = {}
        self.assessments: dict[int, m.Assessment] = {}
        self.decisions: dict[int, m.Decision] = {}

    @classmethod
    def load(cls, session: Session, ids: list[int], year: int) -> _Children:
        found = cls()
        for start in range(0, len(ids), 500):
            found._read(session, ids[start : start + 500], year)
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
        decisions = (
            select(m.Decision)
            .join(m.Review, m.Review.id == m.Decision.review_id)
            .where(m.Decision.membership_id.in_(chunk), m.Review.year == year)
        )
        self.decisions.update({d.membership_id: d for d in session.scalars(decisions)})


def _set(record: Any, values: dict[str, Any]) -> None:
    for name, value in values.items():
        if value is not None:
            setattr(record, name, value.strip() if isinstance(value, str) else value)
