"""Answering the modal message boxes and dialogs a widget opens while a test drives it.

A modal `exec()` blocks the test until someone answers, so `Modal` polls with
a timer: the next QMessageBox gets the next queued answer (the button with that
text is clicked, as a user would), the next dialog of a queued type gets the
queued action. A box nobody expected is recorded and closed, so a test fails
with its text instead of hanging.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


@dataclass
class Modal:
    answers: list[str] = field(default_factory=list)
    dialog_actions: list[tuple[type, Callable[[QDialog], None]]] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # texts of the boxes answered
    unexpected: list[str] = field(default_factory=list)
    timer: QTimer = field(default_factory=QTimer)

    def start(self) -> None:
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def answer(self, *buttons: str) -> None:
        """Queues answers to the next message boxes: the texts of the buttons to click."""
        self.answers.extend(buttons)

    def when(self, kind: type, action: Callable[[QDialog], None]) -> None:
        """Queues what to do in the next dialog of `kind` that opens."""
        self.dialog_actions.append((kind, action))

    @property
    def last(self) -> str:
        return self.seen[-1] if self.seen else ""

    def _poll(self) -> None:
        active = QApplication.activeModalWidget() or _visible_box()
        if active is None:
            return
        if isinstance(active, QMessageBox):
            self._answer_box(active)
        elif self.dialog_actions and isinstance(active, self.dialog_actions[0][0]):
            _, action = self.dialog_actions.pop(0)
            action(active)  # type: ignore[arg-type]

    def _answer_box(self, box: QMessageBox) -> None:
        text = f"{box.text()}\n{box.informativeText()}".strip()
        if not self.answers:
            self.unexpected.append(text)
            box.reject()
            return
        wanted = self.answers.pop(0)
        for button in box.buttons():
            if button.text().replace("&", "") == wanted:
                self.seen.append(text)
                button.click()
                return
        labels = [b.text() for b in box.buttons()]
        self.unexpected.append(f"no button {wanted!r} among {labels}: {text}")
        box.reject()


def _visible_box() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def hide(widget: QWidget) -> None:
    """Before pytest-qt closes a dialog a test left changed: close it without the question."""
    widget.hide()
