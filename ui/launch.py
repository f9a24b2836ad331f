"""Starting the window: the Qt application, the database, the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_ID, APP_NAME, ORG_NAME, __version__
from app.store import Store


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setApplicationVersion(__version__)
    application = QApplication(argv if argv is not None else sys.argv[:1])
    application.setApplicationDisplayName(APP_NAME)
    return application


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
    from ui.main_window import MainWindow
    from ui.opening import chosen_target, open_store_or_explain
    from ui.settings import Settings

    application = make_application()
    settings = Settings()
    store = open_store_or_explain(chosen_target(args, settings), settings)
    if store is None:
        return 2
    offer_example_register(store)
    window = MainWindow(store)
    window.show()
    try:
        return application.exec()
    finally:
        store.close()
