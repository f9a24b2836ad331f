"""The window's language: Swedish or English, chosen by the user or following the system.

At start-up `install()` loads the program's translation and Qt's own (the
buttons of Qt's dialogs: "Avbryt", "Spara"), sets the default `QLocale` so
numbers and dates read 1 234 567,50 and 2026-11-26, and sets the language of
`app.i18n`, so workbooks and reports written from the window speak it too.
A new choice applies at the next start (the menu says so): widgets translate
their texts once, when they are built.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app import i18n
from ui import settings

SYSTEM = "system"
CHOICES = (SYSTEM, "sv", "en")
_installed: list[QTranslator] = []


def _tr(text: str) -> str:
    return QCoreApplication.translate("language", text)


def language_for(choice: str, system: QLocale | None = None) -> str:
    """'sv' or 'en': the user's choice, or for 'system' the system locale's language."""
    if choice in i18n.LANGUAGES:
        return choice
    system = system or QLocale.system()
    return "sv" if system.language() == QLocale.Language.Swedish else "en"


def install(application: QCoreApplication, store: settings.Settings | None = None) -> str:
    """Apply the chosen language to the application; returns it ('sv' or 'en')."""
    choice = (store or settings.Settings()).get(settings.LANGUAGE)
    language = language_for(choice)
    apply(application, language)
    return language


def apply(application: QCoreApplication, language: str) -> None:
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    if language == "sv":
        _load(application, "membership_register_sv", str(i18n.I18N_DIR))
        _load(
            application, "qtbase_sv", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        )
    QLocale.setDefault(locale_for(language))
    i18n.set_language(language)
    if isinstance(application, QGuiApplication):  # shown after each window's title
        application.setApplicationDisplayName(_tr("Membership Register"))


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """Swedish in Sweden; English with the system's country, so an English window on a
    Swedish computer still writes 1 234,50 and 2026-11-26."""
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, (system or QLocale.system()).territory())


def _load(application: QCoreApplication, name: str, folder: str) -> None:
    translator = QTranslator(application)
    if translator.load(name, folder):
        application.installTranslator(translator)
        _installed.append(translator)


def choice_text(choice: str) -> str:
    """Each language named in its own words, so anyone can find theirs."""
    if choice == SYSTEM:
        return _tr("&Follow the system")
    return {"sv": "&Svenska", "en": "&English"}[choice]


def choose(parent: QWidget | None, store: settings.Settings, choice: str) -> None:
    """Keeps the choice for the next start and says so."""
    if choice == store.get(settings.LANGUAGE):
        return
    store.set(settings.LANGUAGE, choice)
    store.sync()
    QMessageBox.information(
        parent,
        _tr("Language"),
        _tr("The new language is used the next time you start the program."),
    )
