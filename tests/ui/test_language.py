"""The window in Swedish: its own texts, Qt's buttons, numbers and dates, and the choice."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from app import i18n
from tests.support.modal import Modal
from ui import formatting, language, settings
from ui.menus import language_menu
from ui.sharing import Sharing

SWEDEN = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
NBSP = "\u00a0"


def test_the_system_decides_unless_the_user_chose() -> None:
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert language.language_for("system", SWEDEN) == "sv"
    assert language.language_for("system", english) == "en"
    assert language.language_for("en", SWEDEN) == "en"
    assert language.language_for("sv", english) == "sv"


@pytest.mark.usefixtures("swedish")
def test_the_window_speaks_swedish(make_window, filled) -> None:  # type: ignore[no-untyped-def]
    window = make_window(filled[0], 2006)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&Arkiv", "&Redigera", "&Visa", "&Hjälp"]
    assert [a.text() for a in menus["&Redigera"].actions() if a.text()][:3] == [
        "&Ångra", "&Ny…", "&Redigera…"
    ]  # fmt: skip
    assert "S&pråk" in [a.text() for a in menus["&Visa"].actions()]
    tabs = [window.navigation.tabText(i) for i in range(window.navigation.count())]
    assert tabs[:4] == ["Medlemskap", "Organisationer och nätverk", "Förvaltningar och bolag",
                        "Personer"]  # fmt: skip
    table = window.current_view().table
    headers = [table.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(table.model.columnCount())]  # fmt: skip
    assert headers[:3] == ["Organisation", "Förkortning", "Typ"]
    assert "Ansvarig förvaltning" in headers and "Avgift i kr" in headers
    assert window.status.summary.text().startswith("2006: 2 organisationer · 1 nätverk")
    assert f"avgifter 180{NBSP}375 kr" in window.status.summary.text()
    assert window.windowTitle() == QApplication.applicationDisplayName() == "Medlemskapsregistret"
    assert i18n.language() == "sv"  # workbooks and reports from the window follow


@pytest.mark.usefixtures("swedish")
def test_each_menu_has_one_key_per_command(make_window, filled) -> None:  # type: ignore[no-untyped-def]
    """Alt+letter must reach one command: Swedish words need their own letters."""
    window = make_window(filled[0])
    Sharing(window)  # the connection, backups and the change log behind their entries
    bars = [window.menuBar(), *(a.menu() for a in window.menuBar().actions())]
    for menu in bars:
        letters = [
            text[text.index("&") + 1].lower()
            for text in (a.text().replace("&&", "") for a in menu.actions())
            if "&" in text
        ]
        assert len(letters) == len(set(letters)), [a.text() for a in menu.actions()]


@pytest.mark.usefixtures("swedish")
def test_qts_own_buttons_speak_swedish(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    box.setStandardButtons(
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(box)
    texts = {b: box.button(b).text().replace("&", "") for b in box.standardButtons()}
    assert texts[QMessageBox.StandardButton.Cancel] == "Avbryt"
    assert texts[QMessageBox.StandardButton.Yes] == "Ja"
    assert texts[QMessageBox.StandardButton.No] == "Nej"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text().replace("&", "") == "Spara"


@pytest.mark.usefixtures("swedish")
def test_swedish_numbers_amounts_and_dates() -> None:
    assert QLocale().name() == "sv_SE"
    assert formatting.amount(Decimal("1234567.50"), 2) == f"1{NBSP}234{NBSP}567,50"
    assert formatting.money(Decimal("1234567.50"), "SEK", 2) == f"1{NBSP}234{NBSP}567,50{NBSP}kr"
    assert formatting.money(Decimal("12500"), "EUR") == f"12{NBSP}500 EUR"
    assert formatting.integer(1301257) == f"1{NBSP}301{NBSP}257"
    assert formatting.year(2026) == "2026"
    assert formatting.date(dt.date(2026, 11, 26)) == "2026-11-26"


@pytest.mark.usefixtures("swedish")
@pytest.mark.parametrize(
    "typed", ["1 234 567,50", f"1{NBSP}234{NBSP}567,50", "1\u202f234\u202f567,50", "1234567,5"]
)
def test_amounts_read_as_a_swedish_user_types_them(typed: str) -> None:
    assert formatting.parse_amount(typed) == Decimal("1234567.50")


@pytest.mark.usefixtures("swedish")
def test_a_comma_is_the_decimal_mark_in_swedish() -> None:
    assert formatting.parse_amount("12,5") == Decimal("12.5")
    assert formatting.parse_amount("12 500 kr") == Decimal("12500")
    with pytest.raises(ValueError):
        formatting.parse_amount("tolv")


def test_english_on_a_swedish_computer_keeps_swedish_formats(qapp: QCoreApplication) -> None:
    english_in_sweden = language.locale_for("en", SWEDEN)
    assert english_in_sweden.name() == "en_SE"
    assert english_in_sweden.toString(1234.5, "f", 2) == f"1{NBSP}234,50"
    before = QLocale()
    try:
        language.apply(qapp, "en")
        assert QLocale().language() == QLocale.Language.English
        assert i18n.language() == "en"
    finally:
        QLocale.setDefault(before)


def test_the_menu_keeps_the_choice_for_the_next_start(qtbot: QtBot, modal: Modal) -> None:
    store = settings.Settings()
    menu = language_menu(None, store)
    qtbot.addWidget(menu)
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["language_system"].isChecked()
    assert actions["language_sv"].text() == "&Svenska"
    assert actions["language_en"].text() == "&English"
    modal.answer("OK")
    actions["language_sv"].trigger()
    qtbot.waitUntil(lambda: not modal.answers)
    assert "next time" in modal.last
    assert settings.Settings().get(settings.LANGUAGE) == "sv"
    assert i18n.chosen_language() == "sv"  # the command line follows the same choice


def test_the_command_line_follows_the_system_without_a_choice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LC_ALL", "sv_SE.UTF-8")
    assert i18n.chosen_language() == "sv"
    store = settings.Settings()
    store.set(settings.LANGUAGE, "en")
    store.sync()
    assert i18n.chosen_language() == "en"
