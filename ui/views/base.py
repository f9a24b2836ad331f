"""What every view of the main window offers, and what it is given.

A view is a QWidget made by a factory `(ViewContext, parent) -> RegisterView`,
listed once in `ui.views.registry`. The main window sends it the year, asks it
to refresh, and routes the shared actions (New, Edit, Delete, Copy, Find) to
the current view where it `handles` them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from app.store import Store
from ui.actions import ActionId, Actions
from ui.settings import Settings
from ui.undo import UndoStack


@dataclass
class ViewContext:
    store: Store
    settings: Settings
    actions: Actions
    undo: UndoStack


class RegisterView(QWidget):
    changed = Signal()  # this view changed the register: the others refresh
    selection_changed = Signal()
    message = Signal(str)  # a short note for the status bar
    open_record = Signal(str, int)  # kind and id: the window shows it in its own view

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.year: int | None = None

    def set_year(self, year: int | None) -> None:
        """The register is shown as of `year` (None: all years)."""
        self.year = year

    def refresh(self) -> None:
        """Reads the register again."""

    def handles(self, action: ActionId) -> bool:
        """Whether `action` applies here now (e.g. Edit needs a selected row)."""
        return False

    def perform(self, action: ActionId) -> None:
        """Does what `action` means in this view."""

    def save_state(self) -> None:
        """Remembers the view's layout in the settings."""

    def lists(self, kind: str) -> bool:
        """Whether this view lists records of `kind` (organisation, membership, ...)."""
        return False

    def show_record(self, kind: str, record_id: int) -> None:
        """Selects the record, and opens it where an editor exists."""
