"""Editing from the tables with the real dialogs: New, double click, Delete, and Undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import organisations
from ui.actions import ActionId
from ui.dialogs.organisation_dialog import OrganisationDialog


def _names(window) -> list[str]:
    table = window.current_view().table
    return [table.proxy.index(r, 0).data() for r in range(table.proxy.rowCount())]


def _type_and_save(name: str, country: str = ""):
    def act(dialog: OrganisationDialog) -> None:
        if name:
            dialog.name.clear()
            QTest.keyClicks(dialog.name, name)
        if country:
            QTest.keyClicks(dialog.country, country)
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return act


def test_new_adds_the_record_selects_it_and_undo_removes_it(make_window, filled, modal) -> None:
    store, _ = filled
    window = make_window(store)
    window.show_view("organisations")
    modal.when(OrganisationDialog, _type_and_save("ICLEI"))
    window.actions[ActionId.NEW].trigger()
    view = window.current_view().table
    assert "ICLEI" in _names(window)
    assert [r.name for r in view.selected_rows()] == ["ICLEI"]
    assert window.actions[ActionId.UNDO].text() == "Undo adding ICLEI"
    window.actions[ActionId.UNDO].trigger()
    assert "ICLEI" not in _names(window)
    assert [o.name for o in organisations.list_organisations(store) if o.name == "ICLEI"] == []


def test_double_click_opens_the_editor_and_undo_puts_the_change_back(
    make_window, filled, modal, qtbot
) -> None:
    store, reg = filled
    window = make_window(store)
    window.show_view("organisations")
    table = window.current_view().table
    row = _names(window).index("Eurocities")
    rect = table.table.visualRect(table.proxy.index(row, 0))
    modal.when(OrganisationDialog, _type_and_save("", country="Belgium"))
    viewport = table.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a user's press
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert organisations.get_organisation(store, reg.eurocities).country == "Belgium"
    assert table.current_id() == reg.eurocities
    window.actions[ActionId.UNDO].trigger()
    assert organisations.get_organisation(store, reg.eurocities).country == ""


def test_delete_asks_says_undo_brings_it_back_and_undo_does(make_window, filled, modal) -> None:
    store, reg = filled
    window = make_window(store, 2006)
    table = window.current_view().table
    table.select_ids([reg.ubc_membership], reg.ubc_membership)
    modal.answer("Delete")
    window.actions[ActionId.DELETE].trigger()
    assert "Edit › Undo (Ctrl+Z) brings it back." in modal.last
    assert "Union of Baltic Cities" not in _names(window)
    assert window.actions[ActionId.UNDO].text().startswith("Undo delete of Union of Baltic Cities")
    window.actions[ActionId.UNDO].trigger()
    assert "Union of Baltic Cities" in _names(window)
    again = [m for m in memberships_of(store) if m.organisation == "Union of Baltic Cities"]
    assert [(m.start_year, m.end_year, m.fee_amount) for m in again] == [(2003, 2006, 4500)]


def memberships_of(store):  # type: ignore[no-untyped-def]
    from app.services.register import memberships_for_year

    return memberships_for_year(store, 2006)


def test_enter_opens_the_selected_record(make_window, filled, modal) -> None:
    store, reg = filled
    window = make_window(store)
    window.show_view("organisations")
    table = window.current_view().table
    table.select_ids([reg.ubc], reg.ubc)
    opened: list[int | None] = []
    modal.when(OrganisationDialog, lambda d: (opened.append(d.record_id), d.reject()))
    window.actions[ActionId.EDIT].trigger()  # Enter and F2 are its shortcuts
    assert opened == [reg.ubc]
    assert "Return" in [s.toString() for s in window.actions[ActionId.EDIT].shortcuts()]
