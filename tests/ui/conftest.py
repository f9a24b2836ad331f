"""The review view on the example register, shown at 1280x800 and active."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import build_example_register
from app.store import Store
from tests.support.dialogs import activate, settle


@pytest.fixture
def example(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "register.db", actor="tester")
    build_example_register(store)
    yield store
    store.close()


@pytest.fixture
def view(qtbot, example: Store):
    from ui.views.review_view import ReviewView

    shown = ReviewView(example)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.set_year(2007)
    shown.show()
    qtbot.waitExposed(shown)
    settle(qtbot, shown)
    activate(qtbot, shown)
    yield shown
    settle(qtbot, shown)  # no load may outlive the view
