"""One-click export: the register of the selected year as an Excel workbook.

The workbook goes to the folder chosen last time, else the user's Documents
folder, under a dated name ("Memberships 2007 (2026-11-26).xlsx"); an earlier
file of the same name is never overwritten. The work runs off the GUI thread
with progress, then the user is offered to open the workbook or its folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.i18n import language
from app.spreadsheet import ExportResult, export_register
from app.store import Store
from ui.settings import EXPORT_FOLDER, Settings
from ui.tasks import Task, run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("export", text)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def export_folder(settings: Settings) -> Path:
    """The folder chosen last time while it exists, else the user's Documents folder."""
    chosen = settings.get(EXPORT_FOLDER)
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    return documents_folder()


def unused_name(folder: Path, stem: str, suffix: str = ".xlsx") -> Path:
    """`stem.xlsx`, or `stem 2.xlsx`, `stem 3.xlsx`, ... where that exists already."""
    path = folder / f"{stem}{suffix}"
    number = 2
    while path.exists():
        path = folder / f"{stem} {number}{suffix}"
        number += 1
    return path


def offer_to_open(parent: QWidget | None, path: Path, text: str) -> None:
    """Says where the file is and offers to open it or show its folder."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Exported"))
    box.setText(text)
    box.setInformativeText(str(path))
    open_button = box.addButton(_tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton(_tr("Show folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif box.clickedButton() is folder_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def ask_workbook_path(
    parent: QWidget | None, title: str, suggested: Path, settings: Settings
) -> Path | None:
    """Where to save a workbook, asked with `suggested` filled in; None when cancelled.
    The name gets ".xlsx" when it lacks it; the folder is remembered for the next export."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), _tr("Excel workbooks (*.xlsx)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    settings.set(EXPORT_FOLDER, str(path.parent))
    return path


class WorkbookExport(QObject):
    """Exports the register of a year; `exported` carries the workbook's path."""

    exported = Signal(Path)

    def __init__(self, parent: QWidget, store: Store, settings: Settings) -> None:
        super().__init__(parent)
        self.window, self.store, self.settings = parent, store, settings
        self.task: Task | None = None

    def file_stem(self, year: int, today: dt.date | None = None) -> str:
        day = (today or dt.date.today()).isoformat()
        return self.tr("Memberships {year} ({date})").format(year=year, date=day)

    def target(self, year: int) -> Path:
        return unused_name(export_folder(self.settings), self.file_stem(year))

    def export(self, year: int) -> Task:
        """One click: the dated workbook in the usual folder."""
        return self._run(year, self.target(year))

    def export_as(self, year: int) -> Task | None:
        """Asks where to save; the folder chosen is remembered for the next export."""
        title = self.tr("Export the register of {year}").format(year=year)
        path = ask_workbook_path(self.window, title, self.target(year), self.settings)
        return None if path is None else self._run(year, path)

    def _run(self, year: int, path: Path) -> Task:
        chosen_language = language()

        def work(progress: object) -> ExportResult:
            return export_register(
                self.store, year, path, language=chosen_language, progress=progress
            )

        title = self.tr("Exporting the register of {year}…").format(year=year)
        self.task = run_task(self.window, title, work, self._done)
        return self.task

    def _done(self, result: ExportResult) -> None:
        self.task = None
        self.exported.emit(result.path)
        text = self.tr("The register of {year} is saved as {name}.").format(
            year=result.year, name=result.path.name
        )
        offer_to_open(self.window, result.path, text)
