"""The user guide's screenshots, taken offscreen from the real window.

    python docs/screenshots.py [FOLDER]

builds the example register in a temporary folder, opens the main window at
1280x800 on the register of 2007 and saves each view, the welcome page and the
membership editor as PNG files to FOLDER (default docs/images). The editors'
own screenshots come from docs/dialog_screenshots.py.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from app.demo import build_example_register
from app.services.register import memberships_for_year
from app.store import Store
from ui.dialogs.membership_dialog import MembershipDialog
from ui.main_window import MainWindow
from ui.settings import Settings

SIZE = (1280, 800)
YEAR = 2007


def settle(application: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        application.processEvents()


def save(widget: QWidget, application: QApplication, path: Path) -> None:
    settle(application)
    widget.grab().save(str(path))
    print(f"saved {path}")


def take_all(folder: Path, home: Path, application: QApplication) -> None:
    empty = Store.open(home / "empty.db", actor="screenshots")
    welcome = MainWindow(empty, Settings(str(home / "welcome.ini")))
    welcome.resize(*SIZE)
    welcome.show()
    save(welcome, application, folder / "welcome.png")
    welcome.close()
    empty.close()
    store = Store.open(home / "register.db", actor="screenshots")
    build_example_register(store)
    window = MainWindow(store, Settings(str(home / "settings.ini")))
    window.resize(*SIZE)
    window.show()
    window.set_year(YEAR)
    for key in window.views:
        window.show_view(key)
        settle(application, 200)  # the matrix, review and overview read in the background
        save(window, application, folder / f"view-{key}.png")
    eurocities = next(r for r in memberships_for_year(store, YEAR) if r.acronym == "EC" or
                      r.organisation.startswith("Eurocities"))  # fmt: skip
    dialog = MembershipDialog(store, eurocities.id, window, YEAR)
    dialog.show()
    save(dialog, application, folder / "membership-editor.png")
    dialog.reject()
    window.close()
    store.close()


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("images")
    folder.mkdir(parents=True, exist_ok=True)
    application = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    with tempfile.TemporaryDirectory() as home:
        os.environ["MEMBERSHIP_REGISTER_HOME"] = home
        take_all(folder, Path(home), application)  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
