"""The views of the main window, in the order of the navigation. Adding a view is one line.

Each entry names the view (its key in the settings), its title in the
navigation, a standard icon and the factory `(ViewContext, parent) -> RegisterView`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QStyle, QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_
from ui.views.base import RegisterView, ViewContext
from ui.views.departments import departments_view
from ui.views.memberships import memberships_view
from ui.views.organisations import organisations_view
from ui.views.overview_page import overview_page
from ui.views.people import people_view

SP = QStyle.StandardPixmap
Factory = Callable[[ViewContext, QWidget | None], RegisterView]


@dataclass(frozen=True)
class ViewEntry:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("views", ...)
    factory: Factory
    icon: QStyle.StandardPixmap = SP.SP_FileDialogListView


VIEWS: list[ViewEntry] = [
    ViewEntry("memberships", N_("views", "Memberships"), memberships_view),
    ViewEntry("organisations", N_("views", "Organisations and networks"), organisations_view),
    ViewEntry("departments", N_("views", "Departments and companies"), departments_view),
    ViewEntry("people", N_("views", "People"), people_view),
    ViewEntry("overview", N_("views", "Overview"), overview_page),
]
