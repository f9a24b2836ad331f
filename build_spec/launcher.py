"""The frozen program's entry point: logging and the error dialog first, then the CLI.

A windowed Windows executable has no console: whatever goes wrong from here on is
written to the log file in the user's log folder (hard crashes too, through
faulthandler) and shown in a dialog that says where that file is.
"""

from __future__ import annotations

import sys


def main() -> int:
    from ui.errors import install_excepthook, setup_logging

    setup_logging()
    install_excepthook()
    from app.cli import main as run_program

    return run_program()


if __name__ == "__main__":
    sys.exit(main())
