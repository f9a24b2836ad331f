"""One way to show errors: plain words, the detail folded away, and a log file.

`show_error(parent, exc)` is the single path every failure takes to the user.
`install_excepthook()` routes unexpected exceptions there too, so the window
never dies silently; everything is also written to the log file in the
user's log folder.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import ConflictError, InUseError, NotFoundError, RegisterError, ValidationError
from app.paths import log_dir
from db.session import DatabaseError

log = logging.getLogger("membership_register")
LOG_FILE = "membership-register.log"


def log_file() -> Path:
    return log_dir() / LOG_FILE


def setup_logging() -> Path:
    """Logs to a rotating file in the user's log folder; returns its path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    return path


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
        if QApplication.instance() is None:
            log.error("unexpected error", exc_info=(kind, exc, tb))
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
