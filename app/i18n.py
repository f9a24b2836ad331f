"""Translation outside Qt: the same Qt Linguist sources, read without Qt.

The window translates with Qt's `QTranslator` (the compiled `.qm`, see
ui/language.py). The command line, the workbook export and the reports run
without Qt, so they read the `.ts` source of the chosen language directly (it
is plain XML) and translate with this module. Strings in `app/` are marked with
`QT_TRANSLATE_NOOP(context, text)` (usually imported as `N_`), which
`pyside6-lupdate` extracts like any `tr()` call (tools/update_translations.py).
"""

from __future__ import annotations

import configparser
import locale
import os
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("en", "sv")
UNUSABLE = {"unfinished", "obsolete", "vanished"}
# Where the window keeps the user's choice (ui.settings.LANGUAGE, "general/language"
# in QSettings' INI format, which writes the group "general" as "%General").
SETTINGS_FILE, SETTINGS_SECTION, SETTINGS_KEY = "settings.ini", "%General", "language"
_current = {"language": "en"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; translated where it is shown."""
    del context
    return text


@dataclass(frozen=True)
class Message:
    """One text of a `.ts` file and its translation (plural forms for '%n' texts)."""

    context: str
    source: str
    translation: str
    forms: tuple[str, ...]
    state: str  # '' when finished, else 'unfinished', 'vanished' or 'obsolete'

    @property
    def finished(self) -> bool:
        return self.state not in UNUSABLE and bool(self.translation or any(self.forms))


def read_ts(path: Path) -> list[Message]:
    """Every message of a Qt Linguist `.ts` file, in file order."""
    messages: list[Message] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            forms = () if node is None else tuple(f.text or "" for f in node.iter("numerusform"))
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    "" if node is None or forms else node.text or "",
                    forms,
                    "unfinished" if node is None else node.get("type", ""),
                )
            )
    return messages


def system_language() -> str:
    """'sv' on a Swedish system, else 'en'."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    code = locale.getlocale()[0] or ""
    return "sv" if code.lower().startswith(("sv", "swedish")) else "en"


def chosen_language() -> str:
    """The language the user chose in the window ('sv' or 'en'), else the system's."""
    from app.paths import config_dir

    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(config_dir() / SETTINGS_FILE, encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return system_language()
    choice = parser.get(SETTINGS_SECTION, SETTINGS_KEY, fallback="system")
    return choice if choice in LANGUAGES else system_language()


def set_language(language: str) -> None:
    _current["language"] = language if language in LANGUAGES else "en"


def language() -> str:
    return _current["language"]


def translate(context: str, text: str, language_code: str | None = None) -> str:
    code = language_code or _current["language"]
    if code == "en":
        return text
    return _catalogue(code).get((context, text)) or text


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    path = I18N_DIR / f"membership_register_{code}.ts"
    if not path.exists():
        return {}
    return {(m.context, m.source): m.translation for m in read_ts(path) if m.finished}
