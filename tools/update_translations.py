"""Update the translation sources from the code and compile them.

    python -m tools.update_translations          # lupdate, then lrelease
    python -m tools.update_translations --check  # exit 1 if a text lacks its translation

`pyside6-lupdate` reads every Python file of app/, db/ and ui/: `self.tr()` (context:
the class), `QCoreApplication.translate(context, ...)` and `QT_TRANSLATE_NOOP(context,
...)`, also when imported as `N_`. Many modules translate through a short wrapper,
`_tr(text)` returning `QCoreApplication.translate("context", text)`, which lupdate cannot
follow: it reads a copy of such a module with each `_tr("...")` spelled out
(`wrappers.py`). The `.ts` keeps no line numbers, so it changes only when the texts do.
`pyside6-lrelease` compiles each `.ts` into the `.qm` the window loads; the `.qm` is
committed (docs/TRANSLATION.md says why) and a test keeps it current.

A text that moves to another context (or another branch's copy of the `.ts`, named
with `--carry-from`) keeps its translation: after lupdate, an unfinished text whose
source had exactly one translation before, in any context, gets that one. A source
translated two ways ("Change": the verb or the noun) is left for a person to decide.
`--fill FILE` sets translations from a tab-separated file: context, source, translation.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import PySide6

from tools.wrappers import expand_wrappers

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCE_FOLDERS = ("app", "db", "ui")
TRANSLATED = {"sv": "sv_SE"}  # the languages besides the English of the sources
ALIAS = "QT_TRANSLATE_NOOP+=N_"  # app/ imports the marker under the short name N_


def ts_path(language: str) -> Path:
    return I18N / f"membership_register_{language}.ts"


def qm_path(language: str) -> Path:
    return ts_path(language).with_suffix(".qm")


def source_files() -> list[Path]:
    files = (p for folder in SOURCE_FOLDERS for p in (ROOT / folder).rglob("*.py"))
    return sorted(p for p in files if "__pycache__" not in p.parts)


def qt_tool(name: str) -> str:
    """The Qt tool shipped inside PySide6 (the pyside6-* scripts merely start it)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return str(Path(PySide6.__file__).resolve().parent / f"{name}{suffix}")


def lupdate(ts: Path, language: str) -> str:
    """Merge the code's texts into `ts` (created if missing); returns lupdate's summary."""
    with tempfile.TemporaryDirectory() as folder:
        files = [str(spelled_out(p, Path(folder))) for p in source_files()]
        command = [qt_tool("lupdate"), *files, "-tr-function-alias", ALIAS, "-no-obsolete"]
        command += ["-locations", "none", "-source-language", "en_GB"]
        command += ["-target-language", TRANSLATED[language], "-ts", str(ts.resolve())]
        return _run(command)


def spelled_out(path: Path, folder: Path) -> Path:
    """`path`, or a copy in `folder` with its `_tr("...")` wrapper calls spelled out."""
    text = path.read_text(encoding="utf-8")
    rewritten = expand_wrappers(text)
    if rewritten == text:
        return path
    copy = folder / path.relative_to(ROOT)
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_text(rewritten, encoding="utf-8")
    return copy


def known_translations(paths: list[Path]) -> dict[str, str]:
    """Source -> translation, for every source all `paths` translate one way only."""
    from app.i18n import read_ts

    found: dict[str, set[str]] = {}
    for path in paths:
        for m in read_ts(path):
            if m.finished and not m.forms:
                found.setdefault(m.source, set()).add(m.translation)
    return {source: next(iter(t)) for source, t in found.items() if len(t) == 1}


def fill(ts: Path, translation_of: Callable[[str, str], str | None]) -> int:
    """Gives each unfinished text of `ts` the translation `translation_of(context,
    source)` names, if any; returns how many were filled. lupdate rewrites the file
    in its own layout afterwards."""
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") != "unfinished" or message.get("numerus"):
                continue
            text = translation_of(name, message.findtext("source", ""))
            if text:
                node.text = text
                del node.attrib["type"]
                filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def read_fill_file(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation from a tab-separated file ('\\n' for newlines)."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            context, source, translation = line.replace("\\n", "\n").split("\t")
            found[(context, source)] = translation
    return found


def update(language: str, carry_from: list[Path], chosen: dict[tuple[str, str], str]) -> None:
    """lupdate, then the translations carried over or chosen, then lrelease."""
    ts = ts_path(language)
    before = known_translations([ts, *carry_from])
    print(lupdate(ts, language).strip())
    filled = fill(ts, lambda context, source: chosen.get((context, source)) or before.get(source))
    if filled:
        print(f"{filled} texts took a known translation")
        lupdate(ts, language)  # back to lupdate's own layout
    print(lrelease(ts, qm_path(language)).strip())
    for text in unfinished(ts):
        print(f"untranslated [{language}] {text}")


def lrelease(ts: Path, qm: Path) -> str:
    return _run([qt_tool("lrelease"), "-nounfinished", str(ts), "-qm", str(qm)])


def _run(command: list[str]) -> str:
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")
    return done.stdout


def unfinished(ts: Path) -> list[str]:
    """The texts of `ts` without a finished translation, as 'context: source'."""
    from app.i18n import read_ts

    return [f"{m.context}: {m.source}" for m in read_ts(ts) if not m.finished]


def check() -> int:
    """Exit status 1 when a text of the code has no translation in a committed .ts."""
    missing: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        for language in TRANSLATED:
            copy = Path(folder) / ts_path(language).name
            shutil.copyfile(ts_path(language), copy)
            lupdate(copy, language)
            missing += [f"[{language}] {text}" for text in unfinished(copy)]
    print("\n".join(missing) or "Every text is translated.")
    return 1 if missing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    parser.add_argument(
        "--carry-from", type=Path, action="append", default=[],
        help="another .ts whose translations unfinished texts may take",
    )  # fmt: skip
    parser.add_argument("--fill", type=Path, help="tab-separated context, source, translation")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    chosen = read_fill_file(args.fill) if args.fill else {}
    for language in TRANSLATED:
        update(language, args.carry_from, chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main())
