"""Unexpected errors reach the user with the log file's location; hard crashes leave a stack."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.errors import crash_file, install_excepthook, log_file, setup_logging

ROOT = Path(__file__).resolve().parents[2]


def _close_next_message(texts: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            texts.append(f"{box.text()}\n{box.informativeText()}\n{box.detailedText()}")
            box.reject()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(20, close)


def test_an_unexpected_error_shows_where_the_log_is(qapp, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    path = setup_logging()
    install_excepthook()
    texts: list[str] = []
    _close_next_message(texts)
    try:
        raise KeyError("membership 4711")
    except KeyError as exc:
        sys.excepthook(KeyError, exc, exc.__traceback__)
    assert len(texts) == 1
    assert "Something went wrong that the program did not expect." in texts[0]
    assert str(log_file()) in texts[0] and log_file() == path
    assert "KeyError: 'membership 4711'" in texts[0]  # the folded detail
    assert "KeyError: 'membership 4711'" in path.read_text(encoding="utf-8")


def _python(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MEMBERSHIP_REGISTER_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_a_hard_crash_leaves_its_stack_in_the_crash_file(tmp_path: Path) -> None:
    code = (
        "import faulthandler\n"
        "from ui.errors import setup_logging\n"
        "setup_logging()\n"
        "def open_register():\n"
        "    faulthandler._sigsegv()\n"
        "open_register()\n"
    )
    result = _python(code, tmp_path)
    assert result.returncode != 0
    crashes = (tmp_path / "logs" / "crashes.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in crashes
    assert "open_register" in crashes


def test_a_windowed_program_shows_the_dialog_without_a_console(tmp_path: Path) -> None:
    """No console (sys.stderr is None): the hook makes the application the dialog needs."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import ui.errors\n"
        "def show_error(parent, exc):\n"
        "    kind = type(QApplication.instance()).__name__\n"
        "    print(f'shown in a {kind}: {exc}', file=sys.__stdout__)\n"
        "ui.errors.show_error = show_error\n"
        "ui.errors.install_excepthook()\n"
        "sys.stderr = None\n"
        "raise RuntimeError('no console')\n"
    )
    result = _python(code, tmp_path)
    assert "shown in a QApplication: no console" in result.stdout


def test_the_crash_file_is_beside_the_log(user_home: Path) -> None:
    assert crash_file().parent == user_home / "logs"
