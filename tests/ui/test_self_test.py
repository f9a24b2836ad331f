"""`--self-test` from source: every step runs, failures are caught and counted."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.cli import main
from ui import self_test
from ui.self_test import Outcome, Run, Step, run_steps
from ui.self_test_steps import view_steps


def test_self_test_passes_and_writes_its_result(
    qapp, user_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--self-test"]) == 0
    printed = capsys.readouterr().out.splitlines()
    result = user_home / "logs" / self_test.RESULT_FILE
    assert result.read_text(encoding="utf-8").splitlines() == printed
    steps = [line for line in printed if line[:4] in {"ok  ", "FAIL"}]
    names = [line[5:].split(" (")[0] for line in steps]
    for name in ("create database", "migrate database", "load example register"):
        assert name in names
    assert "build main window" in names and "export workbook" in names
    assert any(name.startswith("show") for name in names)
    assert "read workbook back" in names and "preview its import" in names
    assert all(line.startswith("ok   ") for line in steps), printed
    assert printed[-2].startswith("self-test passed")
    assert printed[-1] == f"result written to {result}"


def test_the_users_register_and_settings_are_left_alone(qapp, user_home: Path) -> None:
    assert main(["--self-test"]) == 0
    written = {p.relative_to(user_home).as_posix() for p in user_home.rglob("*") if p.is_file()}
    assert written <= {"logs/self-test.txt", "logs/membership-register.log", "logs/crashes.log"}
    assert "logs/self-test.txt" in written
    assert os.environ["MEMBERSHIP_REGISTER_HOME"] == str(user_home)


def test_a_failing_step_fails_the_run_and_skips_the_rest(qapp, tmp_path: Path) -> None:
    def broken(_run: Run) -> None:
        raise ValueError("the database is on fire")

    entries = [Step("first", lambda _r: "fine"), Step("second", broken), Step("third", print)]
    outcomes = list(run_steps(Run(tmp_path), entries))
    assert [(o.name, o.status) for o in outcomes] == [
        ("first", "ok"),
        ("second", "FAIL"),
        ("third", "FAIL"),
    ]
    assert outcomes[1].note == "ValueError: the database is on fire"
    assert outcomes[2].note == "skipped"


def test_an_error_in_a_qt_slot_fails_its_step(qapp, tmp_path: Path) -> None:
    def slot_fails(_run: Run) -> None:
        QTimer.singleShot(0, lambda: 1 / 0)
        qapp.processEvents()

    (outcome,) = run_steps(Run(tmp_path), [Step("slot", slot_fails)])
    assert outcome.status == "FAIL"
    assert "ZeroDivisionError" in outcome.note


def test_an_error_dialog_is_closed_and_fails_its_step(qapp, tmp_path: Path) -> None:
    def dialog(_run: Run) -> None:
        QMessageBox.warning(None, "Membership Register", "The file could not be written.")

    (outcome,) = run_steps(Run(tmp_path), [Step("dialog", dialog)])
    assert outcome.status == "FAIL"
    assert "The file could not be written." in outcome.note


def test_view_steps_follow_the_window(qapp, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow, QWidget

    window = QMainWindow()
    window.views = {"memberships": QWidget(), "people": QWidget()}  # type: ignore[attr-defined]
    run = Run(tmp_path)
    run["window"] = window
    names = [step.name for step in view_steps(run)]
    assert names == ["show view memberships", "show view people"]


def test_outcome_lines() -> None:
    assert Outcome("migrate database", "ok", 0.123).line() == "ok   migrate database (0.12 s)"
    assert Outcome("export workbook", "FAIL", 1.5, "disk full").line() == (
        "FAIL export workbook (1.50 s): disk full"
    )


@pytest.mark.skipif(sys.platform != "linux", reason="displays are told by DISPLAY on Linux")
def test_offscreen_only_without_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    self_test.use_offscreen_without_display()
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.delenv("DISPLAY")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    self_test.use_offscreen_without_display()
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    self_test.use_offscreen_without_display()
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
