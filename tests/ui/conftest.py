"""Fixtures for the window's tests: registers, a throwaway settings file, the window."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.store import Store
from tests.support.builders import SmallRegister, small_register


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
