"""The overview (ui.views.overview_view) as a page of the main window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.views.base import RegisterView, ViewContext
from ui.views.overview_view import OverviewView


class OverviewPage(RegisterView):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.setObjectName("view_overview")
        self.overview = OverviewView(context.store, self)
        self.overview.open_membership.connect(lambda i: self.open_record.emit("membership", i))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.overview)

    def refresh(self) -> None:
        # All years has no single year's figures: the overview shows this year then.
        self.overview.set_year(self.year or dt.date.today().year)  # reads in the background


def overview_page(context: ViewContext, parent: QWidget | None = None) -> OverviewPage:
    return OverviewPage(context, parent)
