"""Progress and cancellation for long work, without Qt.

Long use cases (export, import, large queries) take a `Progress` and call
`step()` as they go; the window shows it and may cancel, which makes the next
`step()` raise `Cancelled`. The command line passes `Progress()`, which does
nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from app.errors import RegisterError


class Cancelled(RegisterError):  # noqa: N818 - reads as the event it is
    def __init__(self) -> None:
        super().__init__("Cancelled; nothing was changed.")


class Progress:
    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def step(self, done: int, total: int, text: str = "") -> None:
        """Reports how far the work is; raises `Cancelled` once cancel was asked for."""
        if self._cancelled:
            raise Cancelled
        if self._report is not None:
            self._report(done, total, text)
