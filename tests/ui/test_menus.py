"""The menu bar as `ui.menus` builds it: every entry translated, every key used once."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui import language
from ui.actions import SPECS, ActionId, create_action
from ui.menus import MENUS, REVIEW_TOOLBAR, TOOLBAR, Place
from ui.sharing import Sharing

# Each language is named in its own words, the same in every language.
SAME_IN_EVERY_LANGUAGE = {"language_sv", "language_en"}


def menu_entries(menu: QMenu) -> list[QAction]:
    """Every entry of `menu` and of its submenus, separators left out."""
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if action.menu() is not None:
            found += menu_entries(action.menu())
    return found


def entries_by_name(window) -> dict[str, QAction]:  # type: ignore[no-untyped-def]
    entries = {}
    for top in window.menuBar().actions():
        for action in [top, *menu_entries(top.menu())]:
            name = action.objectName() or (action.menu().objectName() if action.menu() else "")
            assert name, f"the menu entry {action.text()!r} has no object name"
            entries[name] = action
    return entries


def test_every_menu_entry_is_translated(make_window, filled, qapp: QCoreApplication) -> None:  # type: ignore[no-untyped-def]
    english = {name: a.text() for name, a in entries_by_name(make_window(filled[0])).items()}
    language.apply(qapp, "sv")
    try:
        window = make_window(filled[0])
        Sharing(window)
        swedish = {name: a.text() for name, a in entries_by_name(window).items()}
    finally:
        language.apply(qapp, "en")
    assert swedish.keys() == english.keys()
    assert all(text.replace("&", "").strip() for text in english.values())
    untranslated = {
        name: text
        for name, text in swedish.items()
        if text == english[name] and name not in SAME_IN_EVERY_LANGUAGE
    }
    assert untranslated == {}
    assert "action_connection" in swedish and "action_change_log" in swedish  # shared use
    assert "language_menu" in swedish and "action_show_memberships" in swedish  # places


def test_every_key_reaches_one_command(make_window, filled, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's and the views' own actions: no key is bound twice."""
    window = make_window(filled[0])
    owner = QWidget()
    qtbot.addWidget(owner)
    view_actions = [create_action(owner, i) for i in ActionId if SPECS[i].view]
    window_actions = list(entries_by_name(window).values())
    keys = Counter(
        key.toString() for action in window_actions + view_actions for key in action.shortcuts()
    )
    assert {key: n for key, n in keys.items() if n > 1} == {}
    assert keys["Ctrl+E"] == keys["Ctrl+1"] == keys["Ctrl+J"] == 1  # a sample of each kind


def test_every_command_has_one_place_and_views_keep_theirs() -> None:
    in_menus = [e for _title, entries in MENUS for e in entries if isinstance(e, ActionId)]
    assert len(in_menus) == len(set(in_menus))
    window_commands = {i for i in ActionId if not SPECS[i].view}
    assert set(in_menus) == window_commands  # each window command is in a menu
    assert {e for e in TOOLBAR if e is not None} <= window_commands
    view_commands = {e for e in REVIEW_TOOLBAR if isinstance(e, ActionId)}
    review_commands = {i for i in ActionId if SPECS[i].view == "review"}
    # Saving a decision is the decision panel's button (and Ctrl+Enter), not the toolbar's.
    assert view_commands == review_commands - {ActionId.REVIEW_SAVE_DECISION}
    places = [e for _title, entries in MENUS for e in entries if isinstance(e, Place)]
    assert sorted(p.name for p in places) == sorted(p.name for p in Place)
