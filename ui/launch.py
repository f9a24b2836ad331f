"""Starting the window: logging, the error hook, the Qt application, the database."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from resources import RESOURCES_DIR
from ui import language
from ui.errors import install_excepthook, setup_logging

APP_ICON = RESOURCES_DIR / "icons" / "app.png"  # drawn by build_spec/make_icon.py

# Set to 1 by the start-up benchmark: print the moment of the first paint, then quit.
QUIT_AFTER_SHOW = "MEMBERSHIP_REGISTER_QUIT_AFTER_SHOW"


class FirstPaint(QObject):
    """Prints `shown <time.perf_counter()>` once the window has painted, then quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The window's children paint in the same pass: report once it is done.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"shown {time.perf_counter():.6f}", flush=True)
        QCoreApplication.quit()


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    application = QApplication(argv if argv is not None else sys.argv[:1])
    application.setApplicationDisplayName(APP_NAME)
    application.setWindowIcon(QIcon(str(APP_ICON)))
    return application


def run_window(args: argparse.Namespace) -> int:
    from ui import opening
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.sharing import Sharing
    from ui.tasks import stop_tasks

    setup_logging()
    application = make_application()
    language.install(application)
    install_excepthook()
    settings = Settings()
    # The command line, else the connection chosen in the settings; a damaged file,
    # a share and a missing password are asked about there.
    store = opening.open_store_or_explain(opening.chosen_target(args, settings), settings)
    if store is None:
        return 2
    window = MainWindow(store, settings)
    Sharing(window)
    if os.environ.get(QUIT_AFTER_SHOW) == "1":
        window.installEventFilter(FirstPaint(window))
    window.show()
    try:
        return application.exec()
    finally:
        stop_tasks()  # no thread may outlive the program's end: that aborts it
        store.close()
        for other in application.topLevelWidgets():  # another register opened meanwhile
            if isinstance(other, MainWindow):
                other.store.close()
