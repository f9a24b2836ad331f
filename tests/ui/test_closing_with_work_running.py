"""Closing the window while background work runs: the work is stopped, never left running.

A `QThread` dropped while its thread runs aborts the whole program
("QThread: Destroyed while thread is still running", SIGABRT), so closing
must leave no thread running, and nothing the work returns late is shown.
"""

from __future__ import annotations

import gc
import threading
import time

import shiboken6
from PySide6.QtWidgets import QDialog

from app.progress import Progress
from ui import tasks
from ui.tasks import run_task, stop_tasks
from ui.views.overview_view import OverviewView


def test_closing_cancels_work_that_steps(make_window, filled, qtbot) -> None:
    window = make_window(filled[0])
    started, results = threading.Event(), []

    def work(progress: Progress) -> str:
        started.set()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # a long read, step by step
            progress.step(0, 0, "")
            time.sleep(0.01)
        return "read to the end"

    task = run_task(window, "Reading", work, results.append)
    assert started.wait(5)
    began = time.monotonic()
    window.close()
    assert task.thread.isFinished()
    assert time.monotonic() - began < 5  # cancelled at its next step, not read to the end
    qtbot.wait(50)
    assert results == []  # nothing shown in a closed window


def test_closing_waits_for_work_that_cannot_be_cancelled(make_window, filled, qtbot) -> None:
    window = make_window(filled[0])
    started, finished, results = threading.Event(), threading.Event(), []

    def work(_progress: Progress) -> str:
        started.set()
        time.sleep(0.5)  # one long query: no step to cancel it at
        finished.set()
        return "done"

    task = run_task(window, "Reading", work, results.append)
    assert started.wait(5)
    window.close()
    assert finished.is_set() and task.thread.isFinished()
    del task
    qtbot.wait(50)
    gc.collect()  # the thread's objects may go now: with the thread running, an abort
    assert results == []


def test_closing_during_the_overviews_read_of_the_register(make_window, example, qtbot) -> None:
    window = make_window(example, 2007)
    overview = OverviewView(example, window)  # inside the window, as the window hosts it
    overview.set_year(2007)  # a real service read in the background
    task = overview._task
    window.close()
    assert task is not None and task.thread.isFinished()


def test_closing_one_window_leaves_another_windows_work_running(
    make_window, filled, empty_store, qtbot
) -> None:
    closing, staying = make_window(filled[0]), make_window(empty_store)
    release, results = threading.Event(), []
    task = run_task(staying, "Reading", lambda _progress: release.wait(10), results.append)
    closing.close()
    assert task.thread.isRunning()
    release.set()
    qtbot.waitUntil(lambda: results == [True], timeout=5000)


def test_work_outliving_the_dialog_that_started_it_ends_its_thread(qtbot) -> None:
    dialog = QDialog()
    release, results = threading.Event(), []
    task = run_task(dialog, "Testing", lambda _progress: release.wait(10), results.append)
    shiboken6.delete(dialog)  # the dialog, and the task with it, gone while the work runs
    release.set()
    assert task.thread.wait(5000)  # the thread ended with its work: nobody was left to end it
    stop_tasks()  # what the program's end does: nothing is left running, nothing shown
    assert not tasks._running and results == []
