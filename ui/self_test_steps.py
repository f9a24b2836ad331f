"""The steps of `--self-test`, listed in `steps()`, and how they wait.

Each step takes the shared `Run`, does one thing the program does for its
users, checks the outcome and returns a short note, or raises. Errors that
do not surface as exceptions of the step itself (an exception in a Qt slot,
a dialog popping up with an error) are caught by `ui.error_trap.ErrorTrap` and fail the
step in which they happened.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QApplication

from ui.error_trap import ErrorTrap
from ui.self_test_run import Entry, Run, Step

DATABASE = "register.db"
SETTLE_SECONDS = 60.0  # the longest a view may read in the background
EXPORT_YEAR = 2007  # the example register's year of the council paper


# --- the steps ---------------------------------------------------------------------


def steps() -> list[Entry]:
    return [
        Step("create database", create_database),
        Step("migrate database", migrate_database),
        Step("load example register", load_example),
        Step("load translations", load_translations),
        Step("build main window", build_main_window),
        view_steps,  # one step per view in the window's navigation
        Step("report an unexpected error", report_unexpected_error),
        Step("export workbook", export_workbook),
        Step("read workbook back", read_workbook),
        Step("preview its import", preview_import),
        Step("close window and database", close_all),
    ]


def create_database(run: Run) -> str:
    """A new register at the first schema revision: what an old version left behind."""
    from app.upgrade import FIRST_REVISION, old_register

    revision = old_register(run.folder / DATABASE)
    if revision != FIRST_REVISION:
        raise RuntimeError(f"the new database is at {revision}, not {FIRST_REVISION}")
    return f"schema {revision}"


def migrate_database(run: Run) -> str:
    """As on an upgrade: a backup first, then the migrations up to this build's schema."""
    from app.upgrade import CURRENT_REVISION, upgrade_register

    upgraded = upgrade_register(run.folder / DATABASE, run.folder / "backups", actor="self-test")
    run["store"] = upgraded.store
    if upgraded.revision != CURRENT_REVISION:
        raise RuntimeError(f"migrated to {upgraded.revision}, not {CURRENT_REVISION}")
    if not upgraded.backups:
        raise RuntimeError("no backup was made before migrating")
    return f"schema {upgraded.revision}, backup made"


def load_example(run: Run) -> str:
    from app.demo import build_example_register

    summary = build_example_register(run["store"])
    return f"{summary.organisations} organisations, {summary.memberships} memberships"


def load_translations(_run: Run) -> str:
    """Qt's Swedish and the program's compiled translations load from where they were put."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from app.i18n import I18N_DIR

    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    files = [("qtbase_sv", qt_folder)] + [(p.stem, str(p.parent)) for p in I18N_DIR.glob("*.qm")]
    for name, folder in files:
        if not QTranslator().load(name, folder):
            raise RuntimeError(f"{name}.qm does not load from {folder}")
    return ", ".join(name for name, _folder in files)


def build_main_window(run: Run) -> str:
    from ui.launch import make_application
    from ui.main_window import MainWindow
    from ui.settings import Settings

    application = make_application()
    window = MainWindow(run["store"], Settings(str(run.folder / "settings.ini")))
    run["window"] = window
    window.show()
    settle(application, window)
    window.grab()  # paints the whole window, as the first show does
    settle(application, window)
    return f"Qt platform {application.platformName()}"


def view_steps(run: Run) -> list[Step]:
    """One step per view of the main window's navigation (`ui.views.registry.VIEWS`)."""
    return [
        Step(f"show view {key}", lambda r, k=key: show_view(r, k)) for key in run["window"].views
    ]


def show_view(run: Run, key: str) -> str:
    """Shows the view as a click in the navigation does, waits for its reading, paints it."""
    window = run["window"]
    window.show_view(key)
    view = window.views[key]
    application = QApplication.instance()
    settle(application, window)
    view.grab()  # paints it: errors in painting show up here
    settle(application, window)
    return ""


def report_unexpected_error(run: Run) -> str:
    """An error nobody expected is logged and shown in a dialog naming the log file."""
    from ui.errors import log_file

    trap: ErrorTrap = run["trap"]
    marker = "a deliberate error raised by the self-test"
    try:
        raise RuntimeError(marker)
    except RuntimeError as exc:
        trap.program_hook(RuntimeError, exc, exc.__traceback__)
    shown = trap.take_errors()
    if not any(str(log_file()) in text for text in shown):
        raise RuntimeError(f"no dialog named the log file {log_file()}: {shown}")
    if marker not in log_file().read_text(encoding="utf-8"):
        raise RuntimeError(f"the error is not in the log file {log_file()}")
    return f"logged in {log_file()}"


def export_workbook(run: Run) -> str:
    from app.spreadsheet import export_register

    path = run.folder / "export.xlsx"
    result = export_register(run["store"], EXPORT_YEAR, path, language="sv")
    run["export"] = result
    return f"{result.memberships} memberships in {len(result.sheets)} sheets"


def read_workbook(run: Run) -> str:
    """The file opens in an independent reader, with every sheet and membership in it."""
    from openpyxl import load_workbook

    result = run["export"]
    book = load_workbook(result.path, read_only=True, data_only=True)
    try:
        names = tuple(book.sheetnames)
        rows = max(_filled_rows(sheet) for sheet in book.worksheets)
    finally:
        book.close()
    if names != tuple(result.sheets):
        raise RuntimeError(f"the workbook has sheets {names}, expected {result.sheets}")
    if rows <= result.memberships:
        raise RuntimeError(f"no sheet holds all {result.memberships} memberships")
    return f"{len(names)} sheets read"


def preview_import(run: Run) -> str:
    """The import reads the workbook back (python-calamine) and plans it, writing nothing:
    the register's own export changes none of its memberships."""
    from app.spreadsheet.importer import open_source, plan_import

    result = run["export"]
    plan = plan_import(run["store"], open_source(result.path))
    if not plan.own_export or plan.errors:
        raise RuntimeError(f"the export reads back with problems: {plan.errors[:3]}")
    if len(plan.memberships) != result.memberships:
        raise RuntimeError(f"{len(plan.memberships)} of {result.memberships} memberships read")
    return f"{len(plan.memberships)} memberships read, no problems"


def _filled_rows(sheet) -> int:  # type: ignore[no-untyped-def]
    """Rows holding a value (a streamed workbook may not state its dimensions)."""
    return sum(1 for row in sheet.iter_rows(values_only=True) if any(v is not None for v in row))


def close_all(run: Run) -> str:
    window = run.objects.pop("window", None)
    if window is not None:
        window.close()
        window.deleteLater()
        settle(QApplication.instance(), None)
    store = run.objects.pop("store", None)
    if store is not None:
        store.close()
    return ""


# --- waiting and catching ------------------------------------------------------------


def settle(application: QCoreApplication, root: QObject | None) -> None:
    """Processes events until the background work started under `root` has ended."""
    from ui.tasks import Task

    deadline = time.monotonic() + SETTLE_SECONDS
    while True:
        application.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        busy = (root is not None and root.findChildren(Task)) or (
            QThreadPool.globalInstance().activeThreadCount() > 0
        )
        if not busy:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"background work still running after {SETTLE_SECONDS:.0f} s")
        time.sleep(0.01)
