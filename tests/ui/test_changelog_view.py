"""The change log view: entries in words, filters that narrow them, one record's history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt

from app.services import memberships, organisations
from app.store import Store
from tests.support.builders import small_register
from ui.views.changelog_view import ChangeLogView, show_record_history


def texts(view: ChangeLogView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_entries_read_in_words_and_the_fields_below(qtbot, qtmodeltester, sqlite_store) -> None:
    reg = small_register(sqlite_store)
    detail = memberships.get_membership(sqlite_store, reg.nss_membership)
    memberships.update_membership(
        sqlite_store, detail.id, replace(detail.data(), status="under_review", notes="Review 2008")
    )
    view = ChangeLogView(sqlite_store)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.fields_model)
    newest = view.selected()
    assert newest is not None and newest.entity == "membership"
    assert texts(view, 2)[0] == "Changed"
    assert texts(view, 4)[0] == "Nordens Större Städer — Miljöförvaltningen"
    assert "Status: Active → Under review" in texts(view, 5)[0]
    fields = view.fields_model
    shown = {fields.index(r, 0).data(): (fields.index(r, 1).data(), fields.index(r, 2).data())
             for r in range(fields.rowCount())}  # fmt: skip
    assert shown == {"Status": ("Active", "Under review"), "Notes": ("–", "Review 2008")}


def test_filters_narrow_by_kind_name_person_and_date(qtbot, sqlite_store) -> None:
    reg = small_register(sqlite_store)
    colleague = Store(sqlite_store.engine, actor="sara")
    row = organisations.get_organisation(colleague, reg.ubc)
    organisations.update_organisation(colleague, reg.ubc, replace(row.data(), country="Poland"))
    view = ChangeLogView(sqlite_store)
    qtbot.addWidget(view)
    everything = view.proxy.rowCount()
    view.person.setCurrentIndex(view.person.findData("sara"))
    assert texts(view, 1) == ["sara"] and texts(view, 4) == ["Union of Baltic Cities"]
    view.person.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findData("organisation"))
    assert set(texts(view, 3)) == {"Organisation"}
    qtbot.keyClicks(view.search, "baltic")
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2)  # created, then changed by Sara
    view.search.clear()
    view.kind.setCurrentIndex(0)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    view.first_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert view.proxy.rowCount() == 0
    assert view.status.text() == "No changes match these filters."
    view.first_day.setDate(view.first_day.minimumDate())  # back to "any date"
    assert view.first_day.text() == "any date"
    assert view.proxy.rowCount() == everything


def test_sorting_by_time_is_by_moment_not_text(qtbot, sqlite_store) -> None:
    small_register(sqlite_store)
    view = ChangeLogView(sqlite_store)
    qtbot.addWidget(view)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    ids = [view.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).id
           for r in range(view.proxy.rowCount())]  # fmt: skip
    assert ids == sorted(ids)


def test_one_membership_history_for_the_editor(qtbot, sqlite_store) -> None:
    reg = small_register(sqlite_store)
    dialog = show_record_history(None, sqlite_store, "membership", reg.eurocities_membership)
    qtbot.addWidget(dialog)
    view = dialog.findChild(ChangeLogView)
    assert dialog.windowTitle() == "History of this membership"
    kinds = set(texts(view, 3))
    assert {"Membership", "Fee", "Contact person", "Participating department"} <= kinds
    assert set(texts(view, 4)) <= {
        "Eurocities — Stadsledningskontoret",
        *(f"Eurocities — Stadsledningskontoret, {y}" for y in (2005, 2006, 2007)),
    }
