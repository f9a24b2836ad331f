"""What goes into the Windows bundle, kept apart from the spec so tests can check it.

`membership_register.spec` reads these lists; `tests/bundle/test_bundle_contents.py`
checks that every data pattern matches files, every hidden import imports,
and that the Qt modules the program uses are not excluded.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "MembershipRegister"  # the executable and the bundle folder
ICON = ROOT / "resources" / "icons" / "app.ico"
QT_LANGUAGES = ("sv", "en")  # the program's languages; Qt's other translations stay out

# (glob relative to the project, folder in the bundle). Alembic reads the migrations
# as files (env.py, versions/*.py), never from the frozen archive; the rest is read
# as files by app.i18n, app.demo and the window.
DATA: tuple[tuple[str, str], ...] = (
    ("db/migrations/env.py", "db/migrations"),
    ("db/migrations/script.py.mako", "db/migrations"),
    ("db/migrations/versions/*.py", "db/migrations/versions"),
    ("resources/example/*.json", "resources/example"),
    ("resources/icons/*.png", "resources/icons"),
    ("resources/icons/*.ico", "resources/icons"),
    ("resources/i18n/*.qm", "resources/i18n"),
    ("resources/i18n/*.ts", "resources/i18n"),
)
# Patterns that may match nothing (none now: the Swedish translation is required).
OPTIONAL_DATA: set[str] = set()

# Imports PyInstaller's analysis cannot see, each with the reason.
HIDDEN_IMPORTS: dict[str, str] = {
    # Alembic loads env.py and versions/*.py from files at run time; what they import
    # must be in the archive.
    "alembic.op": "imported by the migration scripts, which Alembic loads from files",
    "alembic.context": "imported by db/migrations/env.py, loaded from a file",
    "alembic.runtime.migration": "used by env.py's context.run_migrations",
    "alembic.ddl.sqlite": "Alembic picks its SQLite implementation by dialect name",
    "alembic.ddl.postgresql": "Alembic picks its PostgreSQL implementation by dialect name",
    "mako.template": "Alembic's script directory imports Mako's templates",
    # SQLAlchemy imports the driver by name when a URL is opened.
    "sqlalchemy.dialects.sqlite.pysqlite": "the driver of sqlite+pysqlite URLs",
    "sqlalchemy.dialects.postgresql.psycopg": "the driver of postgresql+psycopg URLs",
    "psycopg": "imported by SQLAlchemy's psycopg dialect only when a server URL is opened",
    "psycopg_binary.pq": "psycopg's compiled libpq wrapper, chosen at import time",
    "psycopg_binary._psycopg": "imported from compiled code, invisible to the analysis",
    # keyring finds its backends through entry points at run time.
    "keyring.backends.Windows": "the Windows Credential Manager backend (shared use's password)",
    "keyring.backends.fail": "keyring's fallback when no credential store is available",
    "keyring.backends.null": "the backend keyring uses when told not to store",
    # The command line imports its commands by name (app.cli.COMMANDS).
    "app.commands": "app.cli imports each command module with importlib",
    "ui.views": "the matrix, review and overview pages are imported by name when first shown",
}
# Modules whose every submodule is imported by name somewhere.
COLLECT_SUBMODULES = ("app.commands", "ui.views")

# Never used by the program; left out to keep the bundle small (the window uses
# QtCore, QtGui, QtWidgets, QtPrintSupport and QtSvg).
EXCLUDES = (
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSerialPort",
)
# Qt modules the program imports: never to be excluded.
QT_USED = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg")

# Qt plugins by folder: the names kept (None: all of that folder). Folders not listed
# (touch input, EGL full-screen devices, network information, TLS) stay out, and so
# does the GTK theme, which would bring GTK and its libraries along.
QT_PLUGINS: dict[str, tuple[str, ...] | None] = {
    "platforms": ("qwindows", "qxcb", "qwayland", "qoffscreen", "qcocoa"),  # offscreen: self-test
    "platformthemes": ("qxdgdesktopportal",),
    "styles": None,  # the Windows 11 style
    "imageformats": ("qico", "qsvg"),  # PNG is built into QtGui
    "iconengines": None,
    "printsupport": None,
    "platforminputcontexts": None,  # dead keys and input methods: typing å, ä, ö
    "xcbglintegrations": None,
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
_QT_PLUGIN = re.compile(r"[\\/]plugins[\\/]([^\\/]+)[\\/](?:lib)?([^\\/.]+)[^\\/]*$")
_QT_TRANSLATION = re.compile(r"[\\/]translations[\\/][a-z_]+?_([a-z]{2})(_[A-Z]{2})?\.qm$")


def data_files() -> list[tuple[str, str]]:
    """(source file, bundle folder) for every data file; a missing required file fails."""
    found: list[tuple[str, str]] = []
    for pattern, folder in DATA:
        matches = sorted(ROOT.glob(pattern))
        if not matches and pattern not in OPTIONAL_DATA:
            raise FileNotFoundError(f"no file matches {pattern}: the bundle would be broken")
        found += [(str(path), folder) for path in matches]
    return found


def hidden_imports() -> list[str]:
    from PyInstaller.utils.hooks import collect_submodules

    names = list(HIDDEN_IMPORTS)
    for package in COLLECT_SUBMODULES:
        names += collect_submodules(package)
    return names


def keep_data(destination: str) -> bool:
    """False for Qt's translations of languages the program does not speak."""
    match = _QT_TRANSLATION.search(destination)
    return match is None or match.group(1) in QT_LANGUAGES


# Mesa's software OpenGL (20 MB on Windows): only OpenGL and Qt Quick need it; widgets
# painted with QPainter never do.
DROPPED_LIBRARIES = ("opengl32sw.dll",)


def keep_binary(destination: str) -> bool:
    """False for the Qt plugins and libraries the program does without."""
    if Path(destination.replace("\\", "/")).name.lower() in DROPPED_LIBRARIES:
        return False
    match = _QT_PLUGIN.search(destination)
    if match is None or "PySide6" not in destination:
        return True
    folder, name = match.groups()
    if folder not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[folder]
    return names is None or name in names


def prune_qt_plugins(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The binaries without the unused Qt plugins, nor the libraries only they needed."""
    dropped = [entry for entry in binaries if not keep_binary(entry[0])]
    kept = [entry for entry in binaries if keep_binary(entry[0])]
    by_name = {Path(entry[0]).name: entry for entry in binaries}
    candidates = _needed_by(dropped, by_name)
    still_needed = _needed_by([e for e in kept if Path(e[0]).name not in candidates], by_name)
    unused = candidates - still_needed
    return [entry for entry in kept if Path(entry[0]).name not in unused]


def _needed_by(entries: list[tuple[str, str, str]], by_name: dict) -> set[str]:
    """Names of the bundled libraries `entries` link to, directly or through others."""
    from PyInstaller.depend.bindepend import get_imports

    seen: set[str] = set()
    pending = list(entries)
    while pending:
        _dest, source, _kind = pending.pop()
        for name, _path in get_imports(source):
            name = Path(name).name
            if name in by_name and name not in seen:
                seen.add(name)
                pending.append(by_name[name])
    return seen


def version_tuple(version: str) -> tuple[int, int, int, int]:
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def version_file_text(version: str, name: str = NAME) -> str:
    """Windows version information (PyInstaller's text form) for app.__version__."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "City of Stockholm, international office",
        "FileDescription": "Membership Register",
        "FileVersion": version,
        "InternalName": name,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{name}.exe",
        "ProductName": "Membership Register",
        "ProductVersion": version,
    }
    entries = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('041D04B0', [
{entries}
    ])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200, 0x0409, 1200])])
  ]
)
"""
