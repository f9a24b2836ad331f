"""Writing a file whole or not at all: the one home of the temporary-file rule.

Every file the program writes (workbooks, reports, PDFs, chart images, the
self-test's log) is written to a temporary file in the target's own folder and
moved over the target with `os.replace`, atomic on one file system: the target
is either the old file or the whole new one, never half of either. A failure
removes the temporary file. The two permission errors that need different
advice are told apart by type.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path


class FolderReadOnlyError(PermissionError):
    """No file can be made in the target's folder."""


class TargetLockedError(PermissionError):
    """The finished file could not replace the target (on Windows: open in another program)."""


# The permissions a file made the usual way gets; mkstemp's own are owner-only.
_UMASK = os.umask(0o022)
os.umask(_UMASK)
USUAL_MODE = 0o666 & ~_UMASK


def refuse_protected(path: Path) -> None:
    """A folder or a write-protected file in the target's place is not replaced."""
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    if path.exists() and not path.stat().st_mode & stat.S_IWUSR:
        raise TargetLockedError(errno.EACCES, os.strerror(errno.EACCES), str(path))


@contextmanager
def written_whole(path: Path) -> Iterator[Path]:
    """Yields a temporary path beside `path`; it replaces `path` once the block succeeds.

    The finished file is flushed to the disk and given the usual permissions
    before it takes the target's place."""
    refuse_protected(path)
    try:
        handle, name = tempfile.mkstemp(prefix=".~", suffix=f"{path.suffix}.part", dir=path.parent)
    except PermissionError as exc:
        raise FolderReadOnlyError(exc.errno, exc.strerror, str(path.parent)) from exc
    except FileNotFoundError as exc:  # named by the folder, not by the temporary file
        raise FileNotFoundError(exc.errno, exc.strerror, str(path.parent)) from exc
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _settle(temporary)
        try:
            os.replace(temporary, path)
        except PermissionError as exc:
            raise TargetLockedError(exc.errno, exc.strerror, str(path)) from exc
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise


def _settle(temporary: Path) -> None:
    os.chmod(temporary, USUAL_MODE)
    with open(temporary, "rb+") as written:
        os.fsync(written.fileno())


def write_text_whole(path: Path, text: str) -> None:
    """Writes UTF-8 text to `path` whole or not at all."""
    with written_whole(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
