"""The Swedish translation is complete, current and compiled, and the code's texts reach it.

lupdate runs over the code into a copy of the committed `.ts`: a text added to the
code without its translation, or one whose translation would vanish, fails here
with its context and words. `python -m tools.update_translations` fixes the files.
"""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app.i18n import Message, read_ts, translate
from tools import update_translations as tool
from tools.wrappers import expand_wrappers

LANGUAGES = list(tool.TRANSLATED)
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%[0-9n]")
MNEMONIC = re.compile(r"&(?!&)\S")


def committed(language: str) -> list[Message]:
    return read_ts(tool.ts_path(language))


@pytest.fixture(scope="module")
def from_the_code(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Message]]:
    """Per language: the committed `.ts` updated by lupdate from today's code."""
    found = {}
    for language in LANGUAGES:
        copy = tmp_path_factory.mktemp(language) / tool.ts_path(language).name
        shutil.copyfile(tool.ts_path(language), copy)
        tool.lupdate(copy, language)
        found[language] = read_ts(copy)
    return found


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_of_the_code_is_translated(
    language: str, from_the_code: dict[str, list[Message]]
) -> None:
    untranslated = [f"{m.context}: {m.source}" for m in from_the_code[language] if not m.finished]
    assert not untranslated, "run python -m tools.update_translations and translate:\n" + (
        "\n".join(untranslated)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_translation_is_current(
    language: str, from_the_code: dict[str, list[Message]]
) -> None:
    """Nothing new in the code that the .ts lacks, nothing in the .ts the code dropped."""
    fresh = {(m.context, m.source, m.translation, m.forms) for m in from_the_code[language]}
    kept = {(m.context, m.source, m.translation, m.forms) for m in committed(language)}
    assert fresh == kept, "run python -m tools.update_translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_contexts_are_the_names_the_code_translates_with(language: str) -> None:
    """lupdate 6.11 files a `self.tr()` after `QCoreApplication.translate()` in the same
    function under 'QCoreApplication.self', where the window never looks."""
    odd = {m.context for m in committed(language) if not m.context.isidentifier()}
    assert not odd, f"texts under a context no code uses: {odd}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_shortcut_keys(language: str) -> None:
    wrong = []
    for m in committed(language):
        for text in m.forms or (m.translation,):
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source)):
                wrong.append(f"placeholders differ: {m.source!r} -> {text!r}")
            if bool(MNEMONIC.search(m.source)) != bool(MNEMONIC.search(text)):
                wrong.append(f"shortcut key (&) differs: {m.source!r} -> {text!r}")
            if m.source.endswith("…") != text.endswith("…"):
                wrong.append(f"a command that asks for more ends in '…': {m.source!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_translation_is_current(language: str) -> None:
    """The committed .qm says what the .ts says, message by message."""
    translator = QTranslator()
    assert translator.load(str(tool.qm_path(language)))
    stale = []
    for m in committed(language):
        if m.forms:
            shown = [translator.translate(m.context, m.source, None, n) for n in (1, 2)]
            expected = list(m.forms[:2]) if len(m.forms) > 1 else [m.forms[0]] * 2
        else:
            shown, expected = [translator.translate(m.context, m.source)], [m.translation]
        if shown != expected:
            stale.append(f"{m.context}: {m.source!r} -> {shown} (the .ts: {expected})")
    assert not stale, "run python -m tools.update_translations:\n" + "\n".join(stale)


def test_the_command_line_reads_the_same_translation() -> None:
    assert translate("vocabulary", "Notice given", "sv") == "Uppsagt"
    assert translate("vocabulary", "Notice given", "en") == "Notice given"
    assert translate("app", "A text nobody translated", "sv") == "A text nobody translated"


def test_wrappers_are_spelled_out_for_lupdate() -> None:
    source = (
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("delete", text)\n'
        'x = _tr("Ta bort") + _tr(variable)\n'
        'y = [_tr("a"), _tr(\n    "b")]\n'
    )
    expanded = expand_wrappers(source)
    assert 'x = translate("delete", "Ta bort") + _tr(variable)' in expanded
    assert 'y = [translate("delete", "a"), translate("delete", \n    "b")]' in expanded
    assert expanded.count("\n") == source.count("\n")
    nested = (
        "def kind_text() -> str:\n"
        "    def tr(text: str) -> str:\n"
        '        return QCoreApplication.translate("BackupDialog", text)\n'
        '    return tr("Daily, at start-up")\n'
    )
    assert 'return translate("BackupDialog", "Daily, at start-up")' in expand_wrappers(nested)


# --- the code hands lupdate words it can read --------------------------------------

TRANSLATORS = {"tr", "translate", "QT_TRANSLATE_NOOP", "N_", "_tr"}
# Qt calls that show their text arguments to the user.
SHOWS_TEXT = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setPlaceholderText",
    "addMenu", "setTitle", "setHeaderLabels", "setHorizontalHeaderLabels", "addTab",
    "addRow", "setLabelText",
    "showMessage", "setWhatsThis", "setAccessibleName", "setSpecialValueText",
    "setSuffix", "setPrefix", "setTabText", "setInformativeText", "QLabel",
    "QPushButton", "QCheckBox", "QGroupBox", "QAction", "QRadioButton", "QToolButton",
    "getSaveFileName", "getOpenFileName", "setNameFilter", "addButton", "QMenu",
}  # fmt: skip
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
SAME_IN_EVERY_LANGUAGE = {"https://"}  # a web address begins so in any language


def python_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((tool.ROOT / folder).rglob("*.py"))]


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _words_of(node: ast.Call) -> ast.expr | None:
    """The argument of a translation call that holds the words."""
    index = 0 if _name(node.func) in {"tr", "_tr"} else 1
    return node.args[index] if len(node.args) > index else None


def _is_text(nodes: list[ast.expr]) -> bool:
    return bool(nodes) and isinstance(nodes[0], ast.Constant) and isinstance(nodes[0].value, str)


def _translations_in_fstrings(tree: ast.Module) -> list[ast.Call]:
    """lupdate does not look inside f-strings: f"<th>{self.tr('Fee')}</th>" stays English."""
    return [
        call
        for fstring in ast.walk(tree)
        if isinstance(fstring, ast.JoinedStr)
        for call in ast.walk(fstring)
        if isinstance(call, ast.Call) and _name(call.func) in TRANSLATORS
    ]


def test_translated_texts_are_written_out() -> None:
    """lupdate reads literal words only: `tr(f"...")` or `tr("a" + b)` is never translated.
    Format after translating: `self.tr("Overview of {0}").format(year)`. Only `self.tr()`
    has the context lupdate gives it (the class)."""
    wrong = []
    for path in python_files("app", "ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrong += [f"{path.relative_to(tool.ROOT)}:{n.lineno}: inside an f-string: {ast.unparse(n)}"
                  for n in _translations_in_fstrings(tree)]  # fmt: skip
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in TRANSLATORS:
                continue
            if _name(node.func) == "translate" and not _is_text(node.args[:1]):
                continue  # QPainter.translate(x, y)
            words = _words_of(node)
            computed = isinstance(words, ast.JoinedStr | ast.BinOp) or (
                isinstance(words, ast.Call) and _name(words.func) == "format"
            )
            method_tr = isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
            # `dialog.tr()` translates in the context "QDialog", lupdate files it under "dialog".
            not_self = method_tr and ast.unparse(node.func.value) != "self"
            if computed or not_self or (method_tr and not isinstance(words, ast.Constant)):
                wrong.append(f"{path.relative_to(tool.ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert not wrong, "\n".join(wrong)


def _untranslated(node: ast.expr) -> list[str]:
    """Literal words in an argument, unless they pass through a translation."""
    if any(isinstance(n, ast.Call) and _name(n.func) in TRANSLATORS for n in ast.walk(node)):
        return []
    if isinstance(node, ast.List | ast.Tuple):
        return [text for element in node.elts for text in _untranslated(element)]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if re.search(r"[A-Za-z]{2}", node.value) else []
    if isinstance(node, ast.JoinedStr):
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        words = re.sub(r"\.[a-z]{2,4}\b", "", words)  # a file's suffix: report.pdf
        return [words] if re.search(r"[A-Za-z]{2}", words) else []
    return []


def _shows_text(func: ast.expr) -> bool:
    if _name(func) in MESSAGE_BOXES:  # QMessageBox.warning, not log.warning
        return isinstance(func, ast.Attribute) and _name(func.value) == "QMessageBox"
    return _name(func) in SHOWS_TEXT


def test_the_window_shows_no_untranslated_words() -> None:
    found = []
    for path in python_files("ui"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _shows_text(node.func):
                arguments = [*node.args, *(k.value for k in node.keywords if k.arg != "objectName")]
                texts = [t for a in arguments for t in _untranslated(a)]
                found += [
                    f"{path.relative_to(tool.ROOT)}:{node.lineno}: {t!r}"
                    for t in texts
                    if t not in SAME_IN_EVERY_LANGUAGE
                ]
    assert not found, "pass these through self.tr() or translate():\n" + "\n".join(found)
