"""A view built on its own (overview, matrix, review) as a page of the main window.

Such a view takes the store, offers `set_year(int)` and `refresh()`, and may ask
for a record with `open_membership`, `open_department` or `open_organisation`.
It is made when its page is first shown: some start reading as soon as they exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.store import Store
from ui.views.base import RegisterView, ViewContext

REQUESTS = {
    "open_membership": "membership",
    "open_department": "department",
    "open_organisation": "organisation",
}


class HostedView(RegisterView):
    def __init__(
        self,
        context: ViewContext,
        make: Callable[[Store, QWidget], Any],
        key: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setObjectName(f"view_{key}")
        self._make = make
        self.inner: Any = None
        self._shown_year: int | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def refresh(self) -> None:
        # All years has no single year's figures: such a view shows this year then.
        year = self.year or dt.date.today().year
        if self.inner is None:
            self.inner = self._make(self.context.store, self)
            self._layout.addWidget(self.inner)
            for signal, kind in REQUESTS.items():
                if hasattr(self.inner, signal):
                    getattr(self.inner, signal).connect(
                        lambda record_id, k=kind: self.open_record.emit(k, record_id)
                    )
        if year != self._shown_year:
            self._shown_year = year
            self.inner.set_year(year)  # reads the year
        else:
            self.inner.refresh()


def hosted(make: Callable[[Store, QWidget], Any], key: str) -> Callable[..., HostedView]:
    """The factory of a page hosting `make(store, parent)`."""

    def factory(context: ViewContext, parent: QWidget | None = None) -> HostedView:
        return HostedView(context, make, key, parent)

    return factory
