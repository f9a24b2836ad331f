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
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
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
    args = parser.parse_args(argv)
    if args.check:
        return check()
    for language in TRANSLATED:
        print(lupdate(ts_path(language), language).strip())
        print(lrelease(ts_path(language), qm_path(language)).strip())
        for text in unfinished(ts_path(language)):
            print(f"untranslated [{language}] {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
