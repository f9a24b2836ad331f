"""The window's undo list: each step a description and what puts the change back.

Steps are pushed by the views after a change made from a table (through
`app.services.undo`); Ctrl+Z runs the newest. A step that fails (someone else
changed the record since) is dropped and the error shown by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

LIMIT = 30


@dataclass(frozen=True)
class UndoStep:
    text: str  # translated, e.g. "Undo delete of Eurocities"
    run: Callable[[], None]


class UndoStack(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[UndoStep] = []

    def push(self, text: str, run: Callable[[], None]) -> None:
        self._steps = [*self._steps[-(LIMIT - 1) :], UndoStep(text, run)]
        self.changed.emit()

    def can_undo(self) -> bool:
        return bool(self._steps)

    def text(self) -> str:
        return self._steps[-1].text if self._steps else ""

    def undo(self) -> None:
        """Runs the newest step; it is gone afterwards even if it fails."""
        if not self._steps:
            return
        step = self._steps.pop()
        self.changed.emit()
        step.run()

    def clear(self) -> None:
        self._steps.clear()
        self.changed.emit()
