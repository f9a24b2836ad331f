"""Putting a finished workbook in place, or saying plainly why it could not be.

The workbook is written whole or not at all (`app.files.written_whole`). On
Windows a workbook open in Excel cannot be replaced (a permission error);
that, a read-only folder and a full disk each get a message naming the file
and what to do, and the temporary file is removed.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from app.errors import RegisterError
from app.files import FolderReadOnlyError, TargetLockedError, written_whole
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate

NO_FOLDER = N_("export", "The folder {folder} does not exist. Choose another folder.")
FOLDER_READ_ONLY = N_(
    "export",
    "You may not write to the folder {folder}, so {name} was not saved. "
    "Choose another folder, for example your Documents folder.",
)
TARGET_LOCKED = N_(
    "export",
    "{path} could not be replaced: it is open in another program (Excel?) or write-protected. "
    "Close it and export again, or choose another file name.",
)
DISK_FULL = N_(
    "export",
    "The disk is full, so {path} was not saved. Free some space or choose another folder.",
)
NOT_WRITTEN = N_("export", "{path} could not be written: {reason}.")
NOT_XLSX = N_("export", "{name} does not end in .xlsx; Excel workbooks do.")
IS_FOLDER = N_("export", "{path} is a folder; name the workbook to write.")


class SpreadsheetWriteError(RegisterError):
    """A workbook could not be written; the message says what to do."""

    def __init__(self, template: str, language: str | None = None, **params: object) -> None:
        self.template, self.params = template, params
        super().__init__(translate("export", template, language).format(**params))


def check_target(path: Path, language: str | None = None) -> None:
    if path.suffix.lower() != ".xlsx":
        raise SpreadsheetWriteError(NOT_XLSX, language, name=path.name)
    if not path.parent.is_dir():
        raise SpreadsheetWriteError(NO_FOLDER, language, folder=path.parent)
    if path.is_dir():
        raise SpreadsheetWriteError(IS_FOLDER, language, path=path)


@contextmanager
def plain_write_errors(path: Path, language: str | None = None) -> Iterator[None]:
    """Turns a full disk or another OS error while writing into a plain message."""
    try:
        yield
    except (SpreadsheetWriteError, FolderReadOnlyError, TargetLockedError):
        raise  # said already, or said by the caller, which knows the advice
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise SpreadsheetWriteError(DISK_FULL, language, path=path) from exc
        reason = exc.strerror or str(exc)
        raise SpreadsheetWriteError(NOT_WRITTEN, language, path=path, reason=reason) from exc


def save_atomically(save: Callable[[str], None], path: Path, language: str | None = None) -> None:
    """Calls `save(temporary_path)`, then moves the result over `path` (app.files)."""
    check_target(path, language)
    try:
        with plain_write_errors(path, language), written_whole(path) as temporary:
            save(str(temporary))
    except FolderReadOnlyError as exc:
        folder = path.parent
        raise SpreadsheetWriteError(
            FOLDER_READ_ONLY, language, folder=folder, name=path.name
        ) from exc
    except TargetLockedError as exc:
        raise SpreadsheetWriteError(TARGET_LOCKED, language, path=path) from exc
