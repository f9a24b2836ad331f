"""Noticing colleagues' changes: the window asks the register's stamp now and then.

`RegisterWatcher` reads `app.services.changelog.register_stamp` (one indexed
query) when the application becomes active again and every few seconds while
it is, and emits `changed` when the stamp moved on. The window then reloads
its views. Polling rather than PostgreSQL's LISTEN/NOTIFY: one way for the
register file and the server alike, no connection held open for listening
(which would have to be watched for breaks and reconnected after a sleep or
a network change), and a few small queries a minute cost nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from app.errors import DatabaseError
from app.services.changelog import actors_since, register_stamp
from app.store import Store
from ui.errors import log


class RegisterWatcher(QObject):
    changed = Signal()

    def __init__(self, store: Store, seconds: float = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.paused = False  # e.g. while an editor is open: reload after it closes
        self.by_others = False  # whether the last news came from someone else
        self._stamp = self._read()
        self._pending = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        if seconds > 0:
            self.timer.start(int(seconds * 1000))
        application = QApplication.instance()
        if isinstance(application, QApplication):
            application.applicationStateChanged.connect(self._on_state)

    def mark_seen(self) -> None:
        """The window has just reloaded: what is there now counts as seen."""
        self._stamp = self._read()
        self._pending = False

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        self._emit_pending()

    @Slot()
    def check(self) -> bool:
        """True when someone wrote since last time; `changed` follows once nothing is open.

        While paused or while a modal dialog (an editor, a question) is open, the
        reload waits: the views must not change under an open editor.
        """
        stamp = self._read()
        moved = stamp is not None and stamp != self._stamp
        if moved:
            self.by_others = self.by_others or self._others_since(self._stamp)
            self._stamp = stamp
            self._pending = True
        self._emit_pending()
        return moved

    def _emit_pending(self) -> None:
        if self._pending and not self.paused and QApplication.activeModalWidget() is None:
            self._pending = False
            self.changed.emit()
            self.by_others = False

    def _others_since(self, seen: tuple[int, int] | None) -> bool:
        try:
            after = seen[0] if seen else 0
            return bool(actors_since(self.store, after) - {self.store.actor})
        except DatabaseError:
            return True

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def _read(self) -> tuple[int, int] | None:
        try:
            return register_stamp(self.store)
        except DatabaseError as exc:  # busy or unreachable: ask again next time
            log.info("could not read the register's stamp: %s", exc)
            return None
