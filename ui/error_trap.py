"""Errors that do not surface as exceptions of a self-test step, caught all the same."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class ErrorTrap:
    """Records exceptions from Qt slots and error dialogs, instead of showing them.

    A modal dialog (the program's error message) would wait for a click that
    never comes: the trap closes it and records its text.
    """

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.program_hook = sys.excepthook  # the program's own: logs and shows a dialog
        self._timer: QTimer | None = None

    def __enter__(self) -> ErrorTrap:
        self.program_hook = sys.excepthook
        sys.excepthook = self._record
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.excepthook = self.program_hook
        if self._timer is not None:
            self._timer.stop()

    def clear(self) -> None:
        self.errors.clear()
        if self._timer is None and QApplication.instance() is not None:
            self._timer = QTimer()
            self._timer.timeout.connect(self._close_dialogs)
            self._timer.start(50)

    def take_errors(self) -> list[str]:
        taken, self.errors = self.errors, []
        return taken

    def raise_first(self) -> None:
        if self.errors:
            raise RuntimeError(self.errors[0])

    def _record(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        from ui.errors import log

        log.error("self-test: unexpected error", exc_info=(kind, exc, tb))
        self.errors.append(f"{kind.__name__}: {exc}")

    def _close_dialogs(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        if isinstance(dialog, QMessageBox):
            self.errors.append(f"a message appeared: {dialog.text()}\n{dialog.informativeText()}")
        else:
            self.errors.append(f"a dialog appeared: {dialog.windowTitle()}")
        dialog.reject()
