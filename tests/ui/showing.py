"""Putting a view on screen as the window shows it, for the tests that drive it."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

View = TypeVar("View", bound=QWidget)


def shown_on(qtbot: Any, view: View, year: int) -> View:
    """`view` at the window's usual size, on `year`, shown and exposed; closed after the test."""
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_year(year)  # type: ignore[attr-defined]
    view.show()
    qtbot.waitExposed(view)
    return view
