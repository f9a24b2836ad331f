"""Translation outside Qt: the same Qt Linguist sources, read without Qt.

The window translates with Qt's `QTranslator`. The command line, the workbook
export and the reports run without Qt, so they read the `.ts` source of the
chosen language directly (it is plain XML) and translate with this module.
Strings in `app/` are marked with `QT_TRANSLATE_NOOP(context, text)`, which
`pyside6-lupdate` extracts like any `tr()` call.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("en", "sv")
UNUSABLE = {"unfinished", "obsolete", "vanished"}
_current = {"language": "en"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation in `context`; translated where it is shown."""
    del context
    return text


def system_language() -> str:
    """'sv' on a Swedish system, else 'en'."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "sv" if value.lower().startswith("sv") else "en"
    code = locale.getlocale()[0] or ""
    return "sv" if code.lower().startswith(("sv", "swedish")) else "en"


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
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            if (
                node is not None
                and node.text
                and node.get("type") not in {"unfinished", "obsolete", "vanished"}
            ):
                entries[(name, source)] = node.text
    return entries
