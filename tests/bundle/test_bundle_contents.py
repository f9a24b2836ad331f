"""What the spec puts into the bundle: checked without building it."""

from __future__ import annotations

import ast
import importlib.util
import re
import struct
from pathlib import Path

import pytest

from app import __version__
from build_spec import bundle

ROOT = bundle.ROOT


def test_every_data_file_is_there_and_lands_where_the_program_reads_it() -> None:
    files = {
        Path(source).relative_to(ROOT).as_posix(): folder for source, folder in bundle.data_files()
    }
    assert files["db/migrations/env.py"] == "db/migrations"
    assert files["db/migrations/script.py.mako"] == "db/migrations"
    versions = sorted(ROOT.glob("db/migrations/versions/0*.py"))
    assert versions and all(
        files[p.relative_to(ROOT).as_posix()] == "db/migrations/versions" for p in versions
    )
    assert files["resources/example/stockholm.json"] == "resources/example"
    assert files["resources/icons/app.ico"] == "resources/icons"
    for source, folder in files.items():
        assert Path(source).parent.as_posix() == folder  # the same layout as the source tree


def test_a_missing_required_file_stops_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "DATA", (("db/migrations/nothing-*.py", "db/migrations"),))
    with pytest.raises(FileNotFoundError, match="nothing"):
        bundle.data_files()


def test_every_hidden_import_exists_and_has_its_reason() -> None:
    import psycopg  # noqa: F401 - psycopg_binary refuses to be found before it

    for name, reason in bundle.HIDDEN_IMPORTS.items():
        assert importlib.util.find_spec(name) is not None, name
        assert len(reason) > 10, name


def test_the_commands_are_collected() -> None:
    pytest.importorskip("PyInstaller")
    names = bundle.hidden_imports()
    for command in ("app.commands.demo", "app.commands.summary", "app.commands.check"):
        assert command in names


def _qt_modules_in_use() -> set[str]:
    used: set[str] = set()
    for folder in ("app", "db", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return used


def test_no_qt_module_the_program_uses_is_left_out() -> None:
    used = _qt_modules_in_use()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    excluded = {name.split(".", 1)[1] for name in bundle.EXCLUDES if name.startswith("PySide6.")}
    assert not used & excluded
    assert used <= set(bundle.QT_USED), "a new Qt module: list it in QT_USED"


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\translations\\qtbase_pt_BR.qm", False),
        ("resources/i18n/membership_register_sv.qm", True),
        ("resources/example/stockholm.json", True),
    ],
)
def test_only_swedish_and_english_qt_translations(destination: str, kept: bool) -> None:
    assert bundle.keep_data(destination) is kept


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("libgtk-3.so.0", True),  # only dropped when nothing kept needs it
        ("PySide6\\opengl32sw.dll", False),
    ],
)
def test_unused_qt_plugins_stay_out(destination: str, kept: bool) -> None:
    assert bundle.keep_binary(destination) is kept


def _calls(tree: ast.AST) -> dict[str, list[ast.Call]]:
    found: dict[str, list[ast.Call]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            found.setdefault(node.func.id, []).append(node)
    return found


def test_version_information_comes_from_the_program() -> None:
    """PyInstaller evaluates the file with its versioninfo classes (importable on Windows
    only): the text must be an expression of those classes with the program's version."""
    spec = importlib.util.find_spec("PyInstaller")
    if spec is None or spec.origin is None:
        pytest.skip("PyInstaller is not installed")
    classes = Path(spec.origin).parent / "utils" / "win32" / "versioninfo.py"
    text = bundle.version_file_text("1.2.3")
    calls = _calls(ast.parse(text, mode="eval"))
    for name in calls:
        assert f"class {name}" in classes.read_text(encoding="utf-8"), name
    (fixed,) = calls["FixedFileInfo"]
    values = {k.arg: ast.literal_eval(k.value) for k in fixed.keywords if k.arg != "mask"}
    assert values["filevers"] == values["prodvers"] == (1, 2, 3, 0)
    strings = dict(ast.literal_eval(ast.Tuple(c.args, ast.Load())) for c in calls["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "MembershipRegister.exe"
    assert bundle.version_tuple(__version__)[:3] == tuple(
        int(n) for n in __version__.split(".")[:3]
    )
    assert bundle.version_tuple("2.0rc1") == (2, 0, 1, 0)


def test_the_icon_holds_every_size_windows_asks_for() -> None:
    data = bundle.ICON.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for index in range(count):
        side, _h, _c, _r, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add(side or 256)
    assert {16, 24, 32, 48, 256} <= sizes
    png = (ROOT / "resources" / "icons" / "app.png").read_bytes()
    assert struct.unpack(">II", png[16:24]) == (256, 256)
