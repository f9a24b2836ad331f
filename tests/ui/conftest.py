"""Window test fixtures: Swedish formats, registers, modal answers, the window, the views."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from app.demo import build_example_register
from app.store import Store
from tests.support.builders import SmallRegister, small_register
from tests.support.dialogs import activate, settle
from tests.support.modal import Modal
from tests.ui.showing import shown_on
from ui import language


@pytest.fixture(autouse=True)
def swedish_locale(qapp: object) -> Iterator[None]:
    """The office's locale: amounts read and shown as 12 500,50."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def swedish(qapp: QCoreApplication) -> Iterator[None]:
    """The program started in Swedish; English again afterwards for the other tests."""
    before = QLocale()
    language.apply(qapp, "sv")
    yield
    language.apply(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def modal(qapp: object) -> Iterator[Modal]:
    """Answers message boxes and dialogs opened by the widgets under test."""
    answering = Modal()
    answering.start()
    yield answering
    answering.stop()
    assert not answering.unexpected, f"unexpected message boxes: {answering.unexpected}"
    assert not answering.answers, f"boxes expected but never shown: {answering.answers}"


@pytest.fixture
def reg(sqlite_store: object) -> SmallRegister:
    return small_register(sqlite_store)  # type: ignore[arg-type]


@pytest.fixture
def settings(tmp_path: Path):
    from ui.settings import Settings

    return Settings(str(tmp_path / "settings.ini"))


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "empty.db", actor="tester")
    yield opened
    opened.close()


@pytest.fixture
def filled(tmp_path: Path) -> Iterator[tuple[Store, SmallRegister]]:
    opened = Store.open(tmp_path / "filled.db", actor="tester")
    yield opened, small_register(opened)
    opened.close()


@pytest.fixture
def make_window(qtbot, settings) -> Callable[..., object]:
    """Opens a main window on a register (with the test's settings file) and shows it."""
    from ui.main_window import MainWindow

    def make(store: Store, year: int | None = 2007) -> MainWindow:
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.set_year(year)
        return window

    return make


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "register.db", actor="tester")
    build_example_register(store)
    yield store
    store.close()


@pytest.fixture
def view(qtbot, example: Store):
    from ui.views.review_view import ReviewView

    shown = shown_on(qtbot, ReviewView(example), 2007)
    settle(qtbot, shown)
    activate(qtbot, shown)
    yield shown
    settle(qtbot, shown)  # no load may outlive the view
