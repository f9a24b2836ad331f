"""The menus and the toolbar, built from the action registry in `ui.actions`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_
from ui.actions import ActionId, Actions

A = ActionId
MENUS: list[tuple[str, list[ActionId | None]]] = [
    (
        N_("menus", "&File"),
        [A.IMPORT, A.EXPORT_WORKBOOK, A.EXPORT_VIEW, None, A.LOAD_EXAMPLE, None, A.QUIT],
    ),
    (N_("menus", "&Edit"), [A.UNDO, None, A.NEW, A.EDIT, A.DELETE, None, A.COPY, A.FIND]),
    (N_("menus", "&View"), [A.REFRESH]),
    (N_("menus", "&Help"), [A.ABOUT]),
]
TOOLBAR: list[ActionId | None] = [A.NEW, A.EDIT, A.DELETE, None, A.UNDO, A.REFRESH, None,
                                  A.EXPORT_WORKBOOK]  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("menus", text)


def build_menus(window: QMainWindow, actions: Actions) -> dict[str, QMenu]:
    """The menu bar; returns the menus by their English title (views add to &View)."""
    menus = {}
    for title, entries in MENUS:
        menu = window.menuBar().addMenu(_tr(title))
        menu.setObjectName("menu_" + title.strip("&").lower())
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[entry])
        menus[title] = menu
    return menus


def build_toolbar(window: QMainWindow, actions: Actions, year_selector: QWidget) -> QToolBar:
    bar = QToolBar(_tr("Main toolbar"), window)
    bar.setObjectName("main_toolbar")  # named, so saveState can restore it
    bar.setMovable(False)
    bar.setIconSize(QSize(18, 18))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for entry in TOOLBAR:
        if entry is None:
            bar.addSeparator()
        else:
            bar.addAction(actions[entry])
    bar.addSeparator()
    bar.addWidget(year_selector)
    window.addToolBar(bar)
    return bar
