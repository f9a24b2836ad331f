"""Writing an import plan: one transaction, all or nothing.

Everything goes through one session (so the change log records every record
created or changed) and is committed once at the end; any failure rolls the
whole import back. Records already there are read in bulk, never one query
per row. New records get every column set, children are added by id rather
than through collections: the same columns on every row let SQLAlchemy insert
them in batches, which is what makes an import of 50,000 memberships quick.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import RegisterError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.progress import Progress
from app.services.common import name_key
from app.spreadsheet.apply_memberships import MembershipWriter, insert_rows
from app.spreadsheet.matching import existing_id
from app.spreadsheet.plan import Action, Counts, ImportPlan
from app.store import Store
from db import models as m

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
# The columns a record's checked data (app.rows) gives; the rest the import sets itself.
COLUMNS: dict[type, tuple[str, ...]] = {
    m.Organisation: ("name", "acronym", "kind", "scope", "website", "country", "description"),
    m.Department: ("name", "short_name", "kind", "strategy_year", "coordinator_id"),
    m.Person: ("name", "title", "email", "phone", "active", "department_id"),
}


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


def columns(model: type, data: Any) -> dict[str, Any]:
    """The columns of a record as the editors' checked data gives them."""
    return {name: getattr(data, name) for name in COLUMNS[model]}


def load(session: Session, model: type, keys: Any) -> dict[str, Any]:
    """The records of the register behind '#id' keys, read 500 at a time."""
    ids = [i for i in (existing_id(k) for k in keys) if i is not None]
    found: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for record in session.scalars(select(model).where(model.id.in_(chunk))):
            found[f"#{record.id}"] = record
    return found


class _PlanWriter:
    def __init__(self, session: Session, plan: ImportPlan, progress: Progress) -> None:
        self.session, self.plan, self.progress = session, plan, progress
        self.ids: dict[str, dict[str, int]] = {}

    def run(self) -> None:
        self.progress.step(0, 5, "")
        self.ids["organisations"] = self._records(m.Organisation, self.plan.organisations)
        self._themes()
        self.ids["departments"] = self._records(m.Department, self.plan.departments)
        self.progress.step(1, 5, "")
        self.ids["people"] = self._records(m.Person, self.plan.people, self._works_at)
        self._coordinators()
        self._rates()
        self.session.flush()
        self.progress.step(2, 5, "")
        MembershipWriter(self.session, self.plan, self.ids, self.progress).run()

    def _records(self, model: type, entries: dict[str, Any], extra: Any = None) -> dict[str, int]:
        """Creates (in bulk) and updates one kind of record; returns the id of each key."""
        existing = load(self.session, model, entries)
        created: dict[str, dict[str, Any]] = {}
        for key, entry in entries.items():
            if entry.action is not Action.SAME and entry.data is None:
                continue  # refused by the editors' checks; its rows are skipped
            more = extra(entry) if extra else {}
            if entry.action is Action.CREATE:
                created[key] = {**columns(model, entry.data), **more, "version": 1}
                if hasattr(model, "name_key"):
                    created[key]["name_key"] = name_key(entry.data.name)
            elif entry.action is Action.UPDATE:
                values = {**columns(model, entry.data), **more}
                for name in entry.changes:
                    if name in values:
                        setattr(existing[key], name, values[name])
        self.session.flush()
        insert_rows(self.session, model, list(created.values()))
        ids = {key: record.id for key, record in existing.items()}
        return ids | {key: row["id"] for key, row in created.items()}

    def _works_at(self, entry: Any) -> dict[str, Any]:
        department = self.ids["departments"].get(entry.department or "")
        return {"department_id": department} if department else {}

    def _themes(self) -> None:
        themes = []
        for key, entry in self.plan.organisations.items():
            if entry.data is None or key not in self.ids["organisations"]:
                continue
            if entry.action is Action.CREATE or "themes" in entry.changes:
                wanted = entry.data.themes
                organisation_id = self.ids["organisations"][key]
                themes += [{"organisation_id": organisation_id, "theme": t}
                           for t in dict.fromkeys(wanted)]  # fmt: skip
        insert_rows(self.session, m.OrganisationTheme, themes)

    def _coordinators(self) -> None:
        keys = [f"#{i}" for i in self.ids["departments"].values()]
        departments = load(self.session, m.Department, keys)
        for key, entry in self.plan.departments.items():
            department, person = (
                self.ids["departments"].get(key),
                self.ids["people"].get(entry.coordinator or ""),
            )
            if department is None or person is None:
                continue  # one of them refused by the editors' checks
            record = departments[f"#{department}"]
            if record.coordinator_id is None:
                record.coordinator_id = person

    def _rates(self) -> None:
        self.session.add_all(
            m.ExchangeRate(currency=e.currency, year=e.year, rate_to_sek=e.rate)
            for e in self.plan.rates.values()
            if e.action is Action.CREATE
        )
