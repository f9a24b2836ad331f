"""The search text of a table is prepared after its rows are painted, never before:
a window that shows late must not make the user wait for it (docs/PERFORMANCE.md)."""

from __future__ import annotations


def test_search_text_waits_for_the_first_paint_then_is_ready(make_window, filled, qtbot) -> None:
    store, _ = filled
    window = make_window(store, 2007)
    table = window.current_view().table
    window.hide()
    table.set_rows(list(table.model.rows))  # new rows while nothing is painted
    qtbot.wait(table_delay() * 3)
    assert table.model._search == {}  # not prepared while hidden
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: table.model._search != {}, timeout=2000)
    table.search.setText("euro")
    assert table.proxy.rowCount() == 1


def table_delay() -> int:
    from ui.views.table_view import SEARCH_PREPARE_DELAY_MS

    return SEARCH_PREPARE_DELAY_MS
