"""The menu bar and the toolbars, all built here from the action registry in `ui.actions`.

`MENUS` is the menu bar: each menu's title and its entries in order. An entry is
an `ActionId`, None for a separator, or a `Place` the window fills with what it
contributes: `VIEWS`, an entry per view (Ctrl+1, Ctrl+2, …), and `LANGUAGE`, the
language submenu. `TOOLBAR` is the main toolbar, `REVIEW_TOOLBAR` the review
view's own, `ROW_MENU` a list view's right-click menu. Nothing else adds to
the menu bar or a toolbar, so a command's place is read here, once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_
from ui import language
from ui.actions import ActionId, Actions
from ui.settings import LANGUAGE, Settings


class Place(Enum):
    """A place in a menu the window fills with entries of its own."""

    VIEWS = auto()
    LANGUAGE = auto()


A = ActionId
Entry = ActionId | Place | None
FILE = N_("menus", "&File")
EDIT = N_("menus", "&Edit")
VIEW = N_("menus", "&View")
HELP = N_("menus", "&Help")
MENUS: list[tuple[str, list[Entry]]] = [
    (FILE, [A.IMPORT, A.EXPORT_WORKBOOK, A.EXPORT_WORKBOOK_AS, A.EXPORT_VIEW, None,
            A.LOAD_EXAMPLE, None, A.CONNECTION, A.BACKUP_NOW, A.RESTORE_BACKUP, None, A.QUIT]),
    (EDIT, [A.UNDO, None, A.NEW, A.EDIT, A.DELETE, None, A.COPY, A.FIND]),
    (VIEW, [A.CHANGE_LOG, A.REFRESH, None, Place.VIEWS, None, Place.LANGUAGE]),
    (HELP, [A.ABOUT]),
]  # fmt: skip
TOOLBAR: list[Entry] = [A.NEW, A.EDIT, A.DELETE, None, A.UNDO, A.REFRESH, None,
                        A.EXPORT_WORKBOOK]  # fmt: skip
REVIEW_TOOLBAR: list[Entry] = [
    A.REVIEW_PREVIOUS, A.REVIEW_NEXT, A.REVIEW_NEXT_UNDECIDED, A.REVIEW_EDIT_ASSESSMENT, None,
    A.REVIEW_DETAILS, A.REVIEW_CLOSE, A.REVIEW_REOPEN, A.REVIEW_MINUTES_PDF,
    A.REVIEW_MINUTES_HTML,
]  # fmt: skip


ROW_MENU: list[ActionId] = [A.EDIT, A.DELETE, A.COPY]  # a list view's right-click menu


def _tr(text: str) -> str:
    return QCoreApplication.translate("menus", text)


def build_menus(
    window: QMainWindow, actions: Actions, *, views: Sequence[QAction], settings: Settings
) -> dict[str, QMenu]:
    """The menu bar; returns the menus by their English title."""
    places: dict[Place, Sequence[QAction] | QMenu] = {
        Place.VIEWS: views,
        Place.LANGUAGE: language_menu(window, settings),
    }
    menus = {}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(_tr(title))
        menu.setObjectName("menu_" + title.strip("&").lower())
        for entry in entries:
            if isinstance(entry, Place):
                _add_place(menu, places[entry])
            else:
                _add(menu, actions, entry)
        menus[title] = menu
    return menus


def build_toolbar(window: QMainWindow, actions: Actions, year_selector: QWidget) -> QToolBar:
    bar = QToolBar(_tr("Main toolbar"), window)
    bar.setObjectName("main_toolbar")  # named, so saveState can restore it
    bar.setMovable(False)
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        _add(bar, actions, entry)
    bar.addSeparator()
    bar.addWidget(year_selector)
    window.addToolBar(bar)
    return bar


def view_toolbar(
    view: QWidget, actions: Mapping[ActionId, QAction], entries: Sequence[Entry]
) -> QToolBar:
    """A view's own toolbar of its own actions (`ActionSpec.view`)."""
    bar = QToolBar(view)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in entries:
        _add(bar, actions, entry)
    return bar


def language_menu(parent: QWidget | None, store: Settings) -> QMenu:
    """'Language' with the system's, Swedish and English; a choice applies at the next start."""
    menu = QMenu(_tr("&Language"), parent)
    menu.setObjectName("language_menu")
    group = QActionGroup(menu)
    current = store.get(LANGUAGE)
    for choice in language.CHOICES:
        action = QAction(language.choice_text(choice), group)
        action.setObjectName(f"language_{choice}")
        action.setCheckable(True)
        action.setChecked(choice == current)
        action.setData(choice)
        menu.addAction(action)
    group.triggered.connect(lambda action: language.choose(parent, store, str(action.data())))
    return menu


def _add(
    target: QMenu | QToolBar, actions: Actions | Mapping[ActionId, QAction], entry: Entry
) -> None:
    if entry is None:
        target.addSeparator()
    else:
        target.addAction(actions[entry])  # type: ignore[index]


def _add_place(menu: QMenu, contributed: Sequence[QAction] | QMenu) -> None:
    if isinstance(contributed, QMenu):
        menu.addMenu(contributed)
    else:
        menu.addActions(list(contributed))
