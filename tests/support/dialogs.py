"""Answering the modal dialogs a test opens, as a user would."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def answer_next_dialog(handler: Callable[[QWidget], None], *, tries: int = 500) -> list[QWidget]:
    """Calls `handler` with the next modal dialog once it is shown; returns the dialogs seen.

    Set this up before the click that opens the dialog: `exec()` blocks the test
    until `handler` has accepted or rejected it.
    """
    seen: list[QWidget] = []

    def look(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            seen.append(dialog)
            handler(dialog)
        elif left > 0:
            QTimer.singleShot(10, lambda: look(left - 1))

    QTimer.singleShot(0, lambda: look(tries))
    return seen


def activate(qtbot: object, widget: QWidget) -> None:
    """Makes `widget` the active window, as a click on it would. Offscreen, a closed
    dialog does not hand the activation back, and shortcuts answer only in the
    active window."""
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)  # type: ignore[attr-defined]


def settle(qtbot: object, view: QWidget) -> None:
    """Waits until a view that loads off the GUI thread shows what is stored."""
    qtbot.waitUntil(lambda: not view.loading, timeout=30_000)  # type: ignore[attr-defined]


def reload(qtbot: object, view: QWidget) -> None:
    view.refresh()  # type: ignore[attr-defined]
    settle(qtbot, view)
