"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from app.store import Store
from db.session import DatabaseError
from resources import RESOURCES_DIR

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


def open_store_or_explain(target: str) -> Store | None:
    """The register, or None after telling the user in plain words why not."""
    try:
        return Store.open(target)
    except DatabaseError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("launch", "Cannot open the register"),
            QCoreApplication.translate("launch", "The register could not be opened.")
            + "\n\n"
            + str(exc),
        )
        return None


def offer_example_register(store: Store) -> None:
    """On an empty register, offer the example one (the first start)."""
    from app.services.organisations import list_organisations

    if list_organisations(store):
        return
    answer = QMessageBox.question(
        None,
        QCoreApplication.translate("launch", "An empty register"),
        QCoreApplication.translate(
            "launch",
            "The register is empty. Load the example register (Stockholm 2005–2008, "
            "fictional fees and people) to look around?",
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        from app.demo import build_example_register

        build_example_register(store)


def run_window(args: argparse.Namespace) -> int:
    from app.cli import database_target
    from ui.main_window import MainWindow

    application = make_application()
    store = open_store_or_explain(database_target(args))
    if store is None:
        return 2
    offer_example_register(store)
    window = MainWindow(store)
    if os.environ.get(QUIT_AFTER_SHOW) == "1":
        window.installEventFilter(FirstPaint(window))
    window.show()
    try:
        return application.exec()
    finally:
        store.close()
