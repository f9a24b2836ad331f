"""Long work off the GUI thread, with a progress dialog and Cancel.

`run_task(parent, title, work, on_done)` runs `work(progress)` in a worker
thread; `work` calls `progress.step(done, total, text)`. The result goes to
`on_done` on the GUI thread; an error goes to `show_error`, the one error path.
The work opens its own short database sessions: nothing crosses threads but
plain values.

A thread still running when Python drops its `QThread` aborts the program, so
every running task is kept here until its thread has ended, and closing a
window stops its tasks first (`stop_tasks`): each is cancelled at its next
step, waited for, and nothing it returns is shown any more.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.progress import Cancelled, Progress
from ui.errors import show_error


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.progress = Progress(self.progressed.emit)

    @Slot()
    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # every error crosses back to the GUI thread
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:  # the thread ends with its work, even where no one is left to end it
            QThread.currentThread().quit()


_running: set[Task] = set()


class Task(QObject):
    """A running piece of work; kept alive until it ends."""

    done = Signal(object)
    error = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any]) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick work shows no dialog at all
        self.dialog.canceled.connect(self.worker.progress.cancel)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self._stopped = False

    def start(self) -> None:
        _running.add(self)
        self.thread.start()

    def stop(self) -> None:
        """Cancels the work at its next step and waits for it; its result is dropped."""
        self._stopped = True
        self.worker.progress.cancel()
        self.thread.quit()
        self.thread.wait()
        _running.discard(self)
        if shiboken6.isValid(self.dialog):  # gone with its window, where that went first
            self.dialog.reset()
            self.dialog.close()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self._stopped:  # a step sent before the stop: the dialog stays closed
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _end(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.thread.quit()
        self.thread.wait()
        _running.discard(self)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if self._stopped:  # the window that asked for it is closing
            return
        self._end()
        self.done.emit(result)
        self.deleteLater()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self._stopped:
            return
        self._end()
        self.error.emit(exc)
        if not isinstance(exc, Cancelled):
            show_error(self.parent() if isinstance(self.parent(), QWidget) else None, exc)
        self.deleteLater()


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
) -> Task:
    task = Task(parent, title, work)
    if on_done is not None:
        task.done.connect(on_done)
    task.start()
    return task


def stop_tasks(window: QWidget | None = None) -> None:
    """Stops the running tasks started for `window` or a widget inside it (None: all)."""
    for task in list(_running):
        if window is None or _belongs_to(task, window):
            task.stop()


def _belongs_to(task: Task, window: QWidget) -> bool:
    if not shiboken6.isValid(task):  # its widget went first: only its thread is left
        return True
    owner = task.parent()
    while owner is not None:  # up through dialogs too, which are windows of their own
        if owner is window:
            return True
        owner = owner.parent()
    return False
