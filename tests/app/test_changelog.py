"""The change log read back: filters, one record's history, values in words, the stamp."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import update

from app.rows import FeeData, OrganisationData
from app.services import changelog, memberships, organisations
from app.services.changelog import ChangeLogFilter
from app.store import Store
from db import models as m
from tests.support.builders import small_register


def as_actor(store: Store, actor: str) -> Store:
    return Store(store.engine, actor=actor)


def test_filter_by_person_date_record_and_name(store) -> None:
    reg = small_register(store)
    sara = as_actor(store, "sara")
    row = organisations.get_organisation(sara, reg.ubc)
    organisations.update_organisation(sara, reg.ubc, replace(row.data(), country="Poland"))
    mine = changelog.change_log(store, ChangeLogFilter(actor="sara"))
    assert [(e.entity, e.entity_id, e.action) for e in mine] == [
        ("organisation", reg.ubc, "update")
    ]
    assert changelog.actors(store) == ["sara", "tester"]
    today = dt.date.today()
    assert len(changelog.change_log(store, ChangeLogFilter(first_day=today, last_day=today))) > 10
    assert changelog.change_log(store, ChangeLogFilter(last_day=today - dt.timedelta(days=1))) == []
    assert (
        changelog.change_log(store, ChangeLogFilter(first_day=today + dt.timedelta(days=1))) == []
    )
    named = changelog.change_log(store, ChangeLogFilter(text="baltic"))
    assert {e.entity_id for e in named} == {reg.ubc}
    one = changelog.change_log(store, ChangeLogFilter(entity="organisation", entity_id=reg.ubc))
    assert [e.action for e in one] == ["update", "create"]


def test_dates_are_the_users_local_days(store) -> None:
    organisations.create_organisation(store, OrganisationData("Eurocities"))
    local_midnight = dt.datetime.combine(dt.date(2007, 3, 1), dt.time.min).astimezone()
    stored = local_midnight.astimezone(dt.UTC).replace(tzinfo=None) + dt.timedelta(minutes=1)
    with store.uow() as session:  # as if written a minute after local midnight, 1 March 2007
        session.execute(update(m.ChangeLogEntry).values(at=stored))
    day = dt.date(2007, 3, 1)
    assert len(changelog.change_log(store, ChangeLogFilter(first_day=day, last_day=day))) == 1
    before = ChangeLogFilter(last_day=day - dt.timedelta(days=1))
    assert changelog.change_log(store, before) == []


def test_values_read_in_words_with_names_for_references(store) -> None:
    reg = small_register(store)
    detail = memberships.get_membership(store, reg.nss_membership)
    data = replace(detail.data(), responsible_department_id=reg.slk, status="under_review")
    memberships.update_membership(store, detail.id, data, version=detail.version)
    (entry,) = changelog.change_log(store, ChangeLogFilter(entity="membership", limit=1))
    assert entry.record == "Nordens Större Städer — Stadsledningskontoret"
    changed = {f.field: (f.old, f.new) for f in entry.fields}
    assert changed["responsible_department_id"] == ("Miljöförvaltningen", "Stadsledningskontoret")
    assert changed["status"] == ("Active", "Under review")
    created = changelog.change_log(store, ChangeLogFilter(entity="person", limit=1))[0]
    assert {f.field: f.new for f in created.fields}["department_id"] == "Miljöförvaltningen"


def test_one_membership_history_holds_its_fees_contacts_and_deletion(store) -> None:
    reg = small_register(store)
    detail = memberships.get_membership(store, reg.eurocities_membership)
    fees = (*detail.data().fees, FeeData(2008, Decimal("15600"), "EUR"))
    data = replace(detail.data(), fees=fees, notes="2008 fee added")
    memberships.update_membership(store, detail.id, data)
    history = changelog.record_history(store, "membership", reg.eurocities_membership)
    kinds = {(e.entity, e.action) for e in history}
    expected = {("membership", "create"), ("membership", "update"), ("fee", "create"),
                ("fee", "delete"), ("contact", "create"), ("participation", "create")}  # fmt: skip
    assert expected <= kinds
    assert all(e.record.startswith("Eurocities — Stadsledningskontoret") for e in history)
    other = changelog.record_history(store, "membership", reg.ubc_membership)
    assert not {e.id for e in other} & {e.id for e in history}
    memberships.delete_membership(store, reg.eurocities_membership)
    after = changelog.record_history(store, "membership", reg.eurocities_membership)
    assert after[0].action == "delete"
    assert after[0].record == "Eurocities — Stadsledningskontoret"  # named although deleted


def test_the_stamp_moves_on_every_write_and_only_then(store) -> None:
    first = changelog.register_stamp(store)
    organisations.list_organisations(store)
    assert changelog.register_stamp(store) == first
    organisations.create_organisation(store, OrganisationData("Eurocities"))
    assert changelog.register_stamp(store) != first


@pytest.mark.postgres
def test_the_stamp_sees_a_transaction_that_commits_out_of_id_order(postgres_server) -> None:
    """On PostgreSQL a transaction can take its log id before a colleague's, commit after."""
    url = postgres_server.fresh_url()
    store = Store.open(url, actor="tester")
    colleague = Store.open(url, actor="colleague")
    try:
        with store.uow() as session:
            session.add(m.Organisation(name="Slow", name_key="slow"))
            session.flush()  # its change-log id is taken now, not yet committed
            organisations.create_organisation(colleague, OrganisationData("Quick"))
            seen = changelog.register_stamp(colleague)
        assert changelog.register_stamp(colleague) != seen
    finally:
        colleague.close()
        store.close()
