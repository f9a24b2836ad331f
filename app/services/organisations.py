"""Organisations and networks the city can be a member of."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import OrganisationData, OrganisationRow, fields_of
from app.services.common import (
    create_record,
    fetch,
    name_key,
    name_taken,
    unique_name,
    update_record,
)
from app.services.deletion import delete_record
from app.store import Store
from app.validation import Checker
from app.vocabulary import OrganisationKind, Scope
from db import models as m


def list_organisations(store: Store) -> list[OrganisationRow]:
    with store.uow() as session:
        counts = dict(
            session.execute(
                select(m.Membership.organisation_id, func.count()).group_by(
                    m.Membership.organisation_id
                )
            ).all()
        )
        records = session.scalars(
            select(m.Organisation).options(selectinload(m.Organisation.themes))
        ).all()
        return [_row(o, counts.get(o.id, 0)) for o in records]


def get_organisation(store: Store, organisation_id: int) -> OrganisationRow:
    with store.uow() as session:
        return _row(fetch(session, m.Organisation, organisation_id))


def find_organisation(store: Store, name: str) -> OrganisationRow | None:
    """By name or acronym, ignoring case: how imports recognise what is there."""
    key = name_key(name)
    with store.uow() as session:
        record = session.scalar(select(m.Organisation).where(m.Organisation.name_key == key))
        if record is None:
            by_acronym = session.scalars(
                select(m.Organisation).where(func.lower(m.Organisation.acronym) == key)
            ).all()
            record = by_acronym[0] if len(by_acronym) == 1 else None
        return _row(record) if record else None


def create_organisation(store: Store, data: OrganisationData) -> OrganisationRow:
    return create_record(store, m.Organisation, data, _apply, _current)


def update_organisation(
    store: Store, organisation_id: int, data: OrganisationData, *, version: int | None = None
) -> OrganisationRow:
    return update_record(
        store, m.Organisation, organisation_id, data, _apply, _current, version=version
    )


def delete_organisation(store: Store, organisation_id: int, *, version: int | None = None) -> None:
    """What may be deleted, and what stands in the way, `app.services.deletion` says."""
    delete_record(store, "organisation", organisation_id, _current, version=version)


def check_organisation(
    check: Checker, data: OrganisationData, taken: Callable[[str], bool]
) -> OrganisationData:
    """The editor's rules for an organisation, shared with the import: every problem
    goes to `check`; `taken(name_key)` tells a name another record already has.
    Returns the data as it is saved (trimmed, themes in order)."""
    name = unique_name(
        check, data.name, taken, N_("app", "An organisation named '{name}' already exists.")
    )
    return OrganisationData(
        name=name,
        acronym=check.optional("acronym", data.acronym, 40),
        kind=check.choice("kind", data.kind, OrganisationKind),
        scope=check.choice("scope", data.scope, Scope),
        themes=_themes(check, data.themes),
        website=check.optional("website", data.website, 300),
        country=check.optional("country", data.country, 80),
        description=check.optional("description", data.description, 10_000),
    )


def _themes(check: Checker, themes: tuple[str, ...]) -> tuple[str, ...]:
    """Cleaned as any text, spaces folded, each once, in order; blanks left out."""
    cleaned = {" ".join(check.optional("themes", t, 80).split()) for t in themes}
    return tuple(sorted((t for t in cleaned if t), key=str.casefold))


def _apply(session: Session, record: m.Organisation, data: OrganisationData) -> None:
    check = Checker()
    clean = check_organisation(check, data, name_taken(session, m.Organisation, record.id))
    check.done()
    record.name, record.name_key, record.acronym = clean.name, name_key(clean.name), clean.acronym
    record.kind, record.scope, record.website = clean.kind, clean.scope, clean.website
    record.country, record.description = clean.country, clean.description
    if tuple(t.theme for t in record.themes) != clean.themes:
        record.themes = [m.OrganisationTheme(theme=t) for t in clean.themes]


def _current(_session: Session, record: m.Organisation) -> OrganisationRow:
    return _row(record)


def _row(record: m.Organisation, memberships: int = 0) -> OrganisationRow:
    themes = tuple(t.theme for t in record.themes)
    return fields_of(OrganisationRow, record, themes=themes, memberships=memberships)
