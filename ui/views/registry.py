"""The views of the main window, in the order of the navigation. Adding a view is one line.

Each entry names the view (its key in the settings), its tab's title and the
factory `(ViewContext, parent) -> RegisterView`; `hosted(...)` makes a page of a
view built on its own (taking the store, with `set_year` and `refresh`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.store import Store
from ui.views import departments, memberships, organisations, people
from ui.views.base import RegisterView, ViewContext
from ui.views.hosted import hosted

Factory = Callable[[ViewContext, QWidget | None], RegisterView]


@dataclass(frozen=True)
class ViewEntry:
    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("views", ...)
    factory: Factory


def hosted_later(key: str, path: str) -> Factory:
    """A page hosting the view class at `path` ("module.Class" in ui.views), imported
    when the page is first shown: keeps the matrix (and openpyxl with its export),
    the review and the overview off the start-up path (docs/PERFORMANCE.md)."""
    module, name = path.rsplit(".", 1)

    def make(store: Store, parent: QWidget) -> Any:
        return getattr(importlib.import_module(f"ui.views.{module}"), name)(store, parent)

    return hosted(make, key)


VIEWS: list[ViewEntry] = [
    ViewEntry("memberships", N_("views", "Memberships"), memberships.SPEC.make_view),
    ViewEntry(
        "organisations", N_("views", "Organisations and networks"), organisations.SPEC.make_view
    ),
    ViewEntry("departments", N_("views", "Departments and companies"), departments.SPEC.make_view),
    ViewEntry("people", N_("views", "People"), people.SPEC.make_view),
    # Built on their own, imported when first shown.
    ViewEntry("matrix", N_("views", "Matrix"), hosted_later("matrix", "matrix_view.MatrixView")),
    ViewEntry("review", N_("views", "Review"), hosted_later("review", "review_view.ReviewView")),
    ViewEntry(
        "overview", N_("views", "Overview"), hosted_later("overview", "overview_view.OverviewView")
    ),
]
