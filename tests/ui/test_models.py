"""The table model and its proxy: Qt's model checks, Swedish sort, search, filters, copy."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPersistentModelIndex, Qt

from app.services import departments, organisations, people, register
from ui.models.clipboard import tsv
from ui.models.columns import Column, Kind
from ui.models.proxy import RowFilterProxy
from ui.models.table_model import ROW_ROLE, RowTableModel
from ui.views import departments as department_view
from ui.views import memberships as membership_view
from ui.views import organisations as organisation_view
from ui.views import people as people_view


@dataclass(frozen=True)
class Place:
    id: int
    name: str
    founded: int | None
    fee: Decimal | None


COLUMNS = [
    Column("name", "Name", lambda r: r.name),
    Column("founded", "Founded", lambda r: r.founded, Kind.YEAR),
    Column("fee", "Fee", lambda r: r.fee, Kind.NUMBER, decimals=2),
]
PLACES = [
    Place(1, "Örebro", 1200, Decimal("1500.50")),
    Place(2, "Zürich", 900, None),
    Place(3, "Åre", None, Decimal("20")),
    Place(4, "Aalborg", 10000, Decimal("3")),
    Place(5, "ängelholm", 1516, Decimal("100")),
    Place(6, "", 2000, Decimal("7")),
]


def _proxy(qtbot, rows=PLACES) -> tuple[RowTableModel, RowFilterProxy]:
    model: RowTableModel = RowTableModel(COLUMNS)
    model.set_rows(rows)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _names(proxy: RowFilterProxy) -> list[str]:
    return [r.name for r in proxy.shown_rows()]


def test_text_sorts_in_swedish_order_with_empty_last(qtbot) -> None:
    _, proxy = _proxy(qtbot)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert _names(proxy) == ["Aalborg", "Zürich", "Åre", "ängelholm", "Örebro", ""]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert _names(proxy) == ["Örebro", "ängelholm", "Åre", "Zürich", "Aalborg", ""]


def test_years_and_amounts_sort_as_numbers_with_empty_last(qtbot) -> None:
    _, proxy = _proxy(qtbot)
    proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert [r.founded for r in proxy.shown_rows()] == [900, 1200, 1516, 2000, 10000, None]
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert [r.fee for r in proxy.shown_rows()][-1] is None
    assert [r.name for r in proxy.shown_rows()][:2] == ["Örebro", "ängelholm"]


def test_search_matches_every_word_in_the_searched_columns_ignoring_case(qtbot) -> None:
    _, proxy = _proxy(qtbot)
    proxy.set_search("ÖRE")
    assert _names(proxy) == ["Örebro"]
    proxy.set_search("1516 äng")
    assert _names(proxy) == ["ängelholm"]
    proxy.set_search("1500")  # the fee, also without the locale's grouping
    assert _names(proxy) == ["Örebro"]
    proxy.set_search_columns([0])
    assert _names(proxy) == []
    proxy.set_search("")
    assert len(_names(proxy)) == len(PLACES)


def test_typing_on_narrows_and_deleting_widens_again(qtbot) -> None:
    _, proxy = _proxy(qtbot)
    for text, expected in (("r", 4), ("re", 2), ("reb", 1), ("r", 4), ("", 6)):
        proxy.set_search(text)
        assert proxy.rowCount() == expected, text


def test_filters_combine_with_the_search(qtbot) -> None:
    _, proxy = _proxy(qtbot)
    proxy.set_filter("old", lambda r: r.founded is not None and r.founded < 1600)
    assert set(_names(proxy)) == {"Zürich", "ängelholm", "Örebro"}
    proxy.set_search("ö")
    assert _names(proxy) == ["Örebro"]
    proxy.set_filter("old", None)
    assert _names(proxy) == ["Örebro"]


def test_selection_follows_its_rows_through_sort_and_filter(qtbot) -> None:
    model, proxy = _proxy(qtbot)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    kept = QPersistentModelIndex(proxy.index(4, 0))  # Örebro
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert kept.row() == 0 and kept.data() == "Örebro"
    proxy.set_search("zür")
    assert not kept.isValid()
    del model


def test_proxy_passes_the_qt_model_checks_while_sorting_and_filtering(qtmodeltester) -> None:
    model: RowTableModel = RowTableModel(COLUMNS)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.set_rows(PLACES)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_search("r")
    proxy.set_filter("fee", lambda r: r.fee is not None)
    proxy.set_search("")
    model.set_rows(PLACES[:2])
    qtmodeltester.check(proxy)


@pytest.mark.parametrize(
    ("view", "load"),
    [
        (membership_view, lambda s: register.memberships_for_year(s, 2006)),
        (organisation_view, organisations.list_organisations),
        (department_view, departments.list_departments),
        (people_view, people.list_people),
    ],
    ids=["memberships", "organisations", "departments", "people"],
)
def test_every_view_model_passes_the_qt_model_checks(qtmodeltester, filled, view, load) -> None:
    store, _ = filled
    model: RowTableModel = RowTableModel(view.columns())
    model.set_rows(load(store))
    assert model.rowCount() >= 2
    qtmodeltester.check(model)
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxy)
    row = proxy.index(0, 0).data(ROW_ROLE)
    assert proxy.index(0, 0).data() == view.columns()[0].display(row)


def test_copy_is_tab_separated_with_a_header_and_plain_locale_numbers(qtbot) -> None:
    QLocale.setDefault(QLocale("sv_SE"))  # the office's (and the conftest's) locale
    text = tsv(COLUMNS, [PLACES[0], PLACES[1]])
    assert text == "Name\tFounded\tFee\r\nÖrebro\t1200\t1500,50\r\nZürich\t900\t\r\n"


def test_copy_folds_tabs_and_line_breaks_inside_a_cell(qtbot) -> None:
    text = tsv(COLUMNS[:1], [Place(9, "Two\tparts\nand lines", None, None)])
    assert text.splitlines()[1] == "Two parts and lines"


def test_default_widths_share_the_room_and_keep_their_least() -> None:
    from ui.views.column_widths import fit_widths

    wanted = {0: 300, 1: 80, 2: 200, 3: 60}
    least = {0: 240, 1: 80, 2: 90, 3: 60}
    narrow = fit_widths(wanted, least, {0, 2}, 500)
    assert narrow[1] == 80 and narrow[3] == 60  # numbers keep their width
    assert narrow[0] == 240 and narrow[2] == 120  # the name holds its least; the rest shares
    assert sum(narrow.values()) == 500
    wide = fit_widths(wanted, least, {0, 2}, 840)
    assert (wide[0], wide[2]) == (420, 280) and sum(wide.values()) == 840
