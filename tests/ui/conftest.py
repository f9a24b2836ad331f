"""Fixtures of the window tests: Swedish number formats, a small register, modal answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from tests.support.builders import SmallRegister, small_register
from tests.support.modal import Modal


@pytest.fixture(autouse=True)
def swedish_locale(qapp: object) -> Iterator[None]:
    """The office's locale: amounts read and shown as 12 500,50."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
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
