"""The views of the main window, in the order of the navigation. Adding a view is one line.

Each entry names the view (its key in the settings), its tab's title and the
factory `(ViewContext, parent) -> RegisterView`; `hosted(...)` makes a page of a
view built on its own (taking the store, with `set_year` and `refresh`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_
from ui.views.base import RegisterView, ViewContext
from ui.views.departments import departments_view
from ui.views.hosted import hosted
from ui.views.matrix_view import MatrixView
from ui.views.memberships import memberships_view
from ui.views.organisations import organisations_view
from ui.views.overview_view import OverviewView
from ui.views.people import people_view
from ui.views.review_view import ReviewView

Factory = Callable[[ViewContext, QWidget | None], RegisterView]


@dataclass(frozen=True)
class ViewEntry:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("views", ...)
    factory: Factory


VIEWS: list[ViewEntry] = [
    ViewEntry("memberships", N_("views", "Memberships"), memberships_view),
    ViewEntry("organisations", N_("views", "Organisations and networks"), organisations_view),
    ViewEntry("departments", N_("views", "Departments and companies"), departments_view),
    ViewEntry("people", N_("views", "People"), people_view),
    ViewEntry("matrix", N_("views", "Matrix"), hosted(MatrixView, "matrix")),
    ViewEntry("review", N_("views", "Review"), hosted(ReviewView, "review")),
    ViewEntry("overview", N_("views", "Overview"), hosted(OverviewView, "overview")),
]
