"""One way to show errors: plain words, the detail folded away, and a log file.

`show_error(parent, exc)` is the single path every failure takes to the user.
`install_excepthook()` routes unexpected exceptions there too, so the window
never dies silently; everything is also written to the log file in the
user's log folder. A hard crash (a fault in Qt or a driver) cannot be shown;
faulthandler writes its Python stack to `crashes.log` beside the log.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import (
    ConflictError,
    DatabaseError,
    InUseError,
    NotFoundError,
    RegisterError,
    ValidationError,
)
from app.paths import log_dir

log = logging.getLogger("membership_register")
LOG_FILE = "membership-register.log"
CRASH_FILE = "crashes.log"
_kept: dict[str, object] = {}  # the crash file and a dialog's application, while running


def log_file() -> Path:
    """The log being written (once set up), else where it will be."""
    path = _kept.get("log file")
    return path if isinstance(path, Path) else log_dir() / LOG_FILE


def crash_file() -> Path:
    return log_dir() / CRASH_FILE


def setup_logging() -> Path:
    """Logs to a rotating file in the user's log folder; returns its path."""
    path = log_dir() / LOG_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        _kept["log file"] = path
    enable_crash_log()
    return log_file()


def enable_crash_log() -> None:
    """Hard crashes write the Python stack of every thread to the crash file.

    A file of its own: the rotating log is renamed while it grows, which Windows
    refuses for a file another handle holds open. Where faulthandler already
    reports elsewhere (python -X faulthandler, pytest), that is left as it is.
    """
    if "crash file" in _kept or faulthandler.is_enabled():
        return
    stream = crash_file().open("a", encoding="utf-8")
    faulthandler.enable(stream, all_threads=True)
    _kept["crash file"] = stream


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def plain_message(exc: BaseException) -> str:
    """What to tell the user, in plain words."""
    if isinstance(exc, ValidationError):
        return "\n".join(p.text() for p in exc.problems)
    if isinstance(exc, ConflictError):
        return _tr(
            "Someone else changed this record after you opened it. "
            "Reload it to see their version, or save again to overwrite it."
        )
    if isinstance(exc, NotFoundError):
        return _tr("The record no longer exists; someone may have deleted it. Refresh the view.")
    if isinstance(exc, InUseError | DatabaseError | RegisterError):
        return str(exc)
    if isinstance(exc, PermissionError):
        return _tr("The file is open in another program or you may not write there: {0}").format(
            exc.filename or exc
        )
    if isinstance(exc, OSError):
        return _tr("The file could not be written or read: {0}").format(exc.strerror or exc)
    return _tr("Something went wrong that the program did not expect.")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Shows the error in plain words; the technical detail is folded away."""
    expected = isinstance(exc, RegisterError | DatabaseError | OSError)
    if expected:
        log.info("shown to the user: %s", exc)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if expected else QMessageBox.Icon.Critical)
    box.setWindowTitle(title or _tr("Membership Register"))
    box.setText(plain_message(exc))
    if not expected:
        box.setInformativeText(_tr("The details are in the log file:\n{0}").format(log_file()))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def install_excepthook() -> None:
    """Unexpected errors are logged and shown; they never end the program silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        if not isinstance(QApplication.instance(), QApplication):
            if sys.stderr is not None or QApplication.instance() is not None:
                log.error("unexpected error", exc_info=(kind, exc, tb))
                sys.__excepthook__(kind, exc, tb)  # a console: the traceback is printed
                return
            # A windowed program has no console: the dialog is the only way to say it.
            _kept["application"] = QApplication(sys.argv[:1])
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
