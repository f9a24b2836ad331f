"""The main window driven as a user would: navigation, year, search, filters, sort, copy."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.rows import OrganisationData
from app.services import organisations
from ui import editors
from ui.actions import ActionId


def _view(window):
    return window.current_view()


def _column(window, key: str) -> list[str]:
    table = _view(window).table
    column = table.model.column_index(key)
    return [table.proxy.index(r, column).data() for r in range(table.proxy.rowCount())]


def test_an_empty_register_opens_on_the_welcome_page(make_window, empty_store) -> None:
    window = make_window(empty_store)
    assert window.central.currentWidget() is window.welcome
    assert window.welcome.spreadsheet.isEnabled() == window.actions[ActionId.IMPORT].isEnabled()
    assert not window.actions[ActionId.NEW].isEnabled()  # nothing behind the welcome page
    window.welcome.start.click()
    assert window.central.currentWidget() is window.pages
    assert _view(window).table.proxy.rowCount() == 0


def test_the_import_choice_triggers_the_import_action(
    make_window, empty_store, qtbot, modal
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = make_window(empty_store)
    action = window.actions[ActionId.IMPORT]
    assert action.isEnabled() and window.welcome.spreadsheet.isEnabled()
    chosen = []
    modal.when(QFileDialog, lambda dialog: (chosen.append(dialog), dialog.reject()))
    with qtbot.waitSignal(action.triggered, timeout=5000):
        window.welcome.spreadsheet.click()  # the import asks for the file: cancelled here
    assert chosen


def test_a_filled_register_opens_on_the_memberships_of_the_year(make_window, filled) -> None:
    store, _ = filled
    window = make_window(store, 2007)
    assert window.central.currentWidget() is window.pages
    assert _view(window).objectName() == "view_memberships"
    assert _column(window, "organisation") == ["Eurocities", "Nordens Större Städer"]
    assert _column(window, "contact") == ["Anna Berg", "Sara Nyström"]
    assert _column(window, "participants") == ["Miljöförvaltningen", ""]
    assert store.describe() in window.status.database.toolTip()
    assert not window.status.example.isVisible()


def test_the_year_selector_changes_the_rows_and_the_status_bar(make_window, filled) -> None:
    store, _ = filled
    window = make_window(store, 2007)
    assert window.status.summary.text().startswith("2007: 1 organisation · 1 network")
    window.year_selector.spin.setValue(2006)
    assert len(_column(window, "organisation")) == 3
    assert "2006: 2 organisations · 1 network" in window.status.summary.text()
    assert "fees 180\xa0375 SEK" in window.status.summary.text()  # (15 000 + 4 500) × 9,25
    window.set_year(None)
    assert window.year_selector.spin.text() == "All years"
    assert len(_column(window, "organisation")) == 3
    assert window.status.summary.text() == ""


def test_navigation_shows_each_view_with_its_rows(make_window, filled) -> None:
    store, _ = filled
    window = make_window(store)
    expected = {"organisations": 3, "departments": 2, "people": 2, "memberships": 2}
    for key, rows in expected.items():
        window.show_view(key)
        assert _view(window).objectName() == f"view_{key}"
        assert _view(window).table.proxy.rowCount() == rows
    window.navigation.setCurrentIndex(1)
    assert _view(window).objectName() == "view_organisations"


def test_search_filters_as_you_type(make_window, filled, qtbot) -> None:
    store, _ = filled
    window = make_window(store, 2006)
    search: QLineEdit = _view(window).table.search
    window.actions[ActionId.FIND].trigger()
    assert window.focusWidget() is search
    qtbot.keyClicks(search, "milj")  # QTest types ASCII only
    assert len(_column(window, "organisation")) == 3  # all three name Miljöförvaltningen
    qtbot.keyClicks(search, " anna")
    assert _column(window, "organisation") == ["Eurocities"]
    assert _view(window).table.count.text() == "1 of 3 rows"
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # Esc empties the search box
    assert search.text() == ""
    assert len(_column(window, "organisation")) == 3


def test_filter_combos_narrow_the_rows(make_window, filled) -> None:
    store, reg = filled
    window = make_window(store, 2006)
    table = _view(window).table
    kind: QComboBox = table.combos["kind"]
    kind.setCurrentIndex(kind.findData("network"))
    assert _column(window, "organisation") == ["Nordens Större Städer"]
    kind.setCurrentIndex(0)
    department: QComboBox = table.combos["department"]
    department.showPopup()  # the departments named in the rows are gathered as it opens
    department.hidePopup()
    assert [department.itemText(i) for i in range(department.count())][1:] == [
        "Miljöförvaltningen", "Stadsledningskontoret",
    ]  # fmt: skip
    department.setCurrentIndex(department.findData(reg.slk))
    assert _column(window, "organisation") == ["Eurocities"]
    status: QComboBox = table.combos["status"]
    status.setCurrentIndex(status.findData("ended"))
    assert _column(window, "organisation") == []
    department.setCurrentIndex(0)
    assert _column(window, "organisation") == ["Union of Baltic Cities"]


def test_clicking_a_header_sorts_in_swedish_order(make_window, filled, qtbot) -> None:
    store, _ = filled
    for name in ("Örebro nätverk", "Zürich Forum", "Åbo Akademi"):
        organisations.create_organisation(store, OrganisationData(name))
    window = make_window(store)
    window.show_view("organisations")
    header = _view(window).table.table.horizontalHeader()
    assert _column(window, "name") == [
        "Eurocities", "Nordens Större Städer", "Union of Baltic Cities", "Zürich Forum",
        "Åbo Akademi", "Örebro nätverk",
    ]  # fmt: skip
    x = header.sectionViewportPosition(0) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert _column(window, "name")[0] == "Örebro nätverk"


def test_years_sort_as_numbers(make_window, filled) -> None:
    store, _ = filled
    window = make_window(store, None)
    table = _view(window).table.table
    table.sortByColumn(_view(window).table.model.column_index("start"), Qt.SortOrder.AscendingOrder)
    assert _column(window, "start") == ["2000", "2003", "2004"]
    table.sortByColumn(_view(window).table.model.column_index("end"), Qt.SortOrder.DescendingOrder)
    assert _column(window, "end") == ["2006", "", ""]  # empty last, either way


def test_copy_puts_the_selected_rows_on_the_clipboard_as_tsv(make_window, filled) -> None:
    store, _ = filled
    window = make_window(store, 2007)
    table = _view(window).table.table
    table.selectAll()
    window.actions[ActionId.COPY].trigger()
    lines = QGuiApplication.clipboard().text().split("\r\n")
    assert lines[0].split("\t")[:3] == ["Organisation", "Kind", "Responsible department"]
    first = lines[1].split("\t")
    assert first[:3] == ["Eurocities", "Organisation", "Stadsledningskontoret"]
    assert "15000" in first and "138750" in first and "2000" in first
    assert len([line for line in lines if line]) == 3
    assert "Copied 2 rows" in window.statusBar().currentMessage()


def test_hidden_columns_and_the_view_are_remembered_on_restart(make_window, filled, qtbot) -> None:
    store, _ = filled
    window = make_window(store)
    view = _view(window).table
    menu = view.column_menu()
    contact = view.model.column_index("contact")
    menu.actions()[contact].trigger()  # the column chooser: uncheck "Primary contact"
    assert view.table.horizontalHeader().isSectionHidden(contact)
    lines = view.model.columns
    assert "Primary contact" not in [lines[c].header for c in view.visible_columns()]
    window.show_view("people")
    window.close()
    again = make_window(store)
    assert _view(again).objectName() == "view_people"
    again.show_view("memberships")
    assert _view(again).table.table.horizontalHeader().isSectionHidden(contact)
    _view(again).table.search.setText("anna")  # hidden columns are not searched
    assert _column(again, "organisation") == []


def test_edit_delete_and_new_follow_the_editors_and_the_selection(make_window, filled) -> None:
    store, _ = filled
    window = make_window(store)
    view = _view(window)
    view.table.table.clearSelection()
    assert not window.actions[ActionId.EDIT].isEnabled()
    view.table.table.selectRow(0)
    assert window.actions[ActionId.EDIT].isEnabled() == editors.can_edit("membership")
    assert window.actions[ActionId.DELETE].isEnabled() == editors.can_delete()
    assert window.actions[ActionId.NEW].isEnabled() == editors.can_edit("membership")
    assert window.actions[ActionId.COPY].isEnabled()


def test_refresh_keeps_the_selection(make_window, filled) -> None:
    store, reg = filled
    window = make_window(store, 2006)
    view = _view(window).table
    view.select_ids([reg.nss_membership], reg.nss_membership)
    organisations.create_organisation(store, OrganisationData("Aaa first"))
    window.actions[ActionId.REFRESH].trigger()
    assert view.selected_ids() == [reg.nss_membership]
    assert view.current_id() == reg.nss_membership


def test_the_example_label_shows_for_example_data(make_window, filled) -> None:
    from app.services.register_info import EXAMPLE_DATA_KEY
    from db import models as m

    store, _ = filled
    with store.uow() as session:
        session.add(m.RegisterInfo(key=EXAMPLE_DATA_KEY, value="true"))
    window = make_window(store)
    assert window.status.example.isVisible()
    assert window.status.example.text() == "Example data — fictional fees and people"


def test_undo_puts_back_a_change_made_from_the_window(make_window, filled) -> None:
    from app.services import undo

    store, reg = filled
    window = make_window(store)
    window.show_view("organisations")
    before = undo.snapshot(store, "organisation", reg.nss)
    saved = organisations.update_organisation(
        store, reg.nss, OrganisationData("NSS renamed", kind="network")
    )
    window.undo.push("Undo changes to Nordens Större Städer",
                     lambda: undo.put_back(store, before, version=saved.version))  # fmt: skip
    action = window.actions[ActionId.UNDO]
    assert action.isEnabled() and action.text() == "Undo changes to Nordens Större Städer"
    action.trigger()
    assert "Nordens Större Städer" in _column(window, "name")
    assert not action.isEnabled()
