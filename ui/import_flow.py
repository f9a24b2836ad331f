"""Importing a spreadsheet from the window: file, mapping, preview, write.

Each step that touches the file or the register runs off the GUI thread with
progress (`run_task`); the dialogs come between them. Nothing is written
before the user presses Import in the preview, and then all in one
transaction. `imported` tells the window to read the register again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from app.progress import Progress
from app.spreadsheet.importer import (
    ImportPlan,
    ImportResult,
    ImportSource,
    apply_import,
    open_source,
    plan_import,
)
from app.spreadsheet.plan import ENTITY_LABELS
from app.store import Store
from ui.dialogs.import_mapping import MappingDialog
from ui.dialogs.import_preview import BACK, PreviewDialog
from ui.dialogs.import_text import tr_import
from ui.export_actions import documents_folder
from ui.settings import IMPORT_FOLDER, Settings
from ui.tasks import Task, run_task


class ImportFlow(QObject):
    imported = Signal(object)  # the ImportResult

    def __init__(self, parent: QWidget, store: Store, settings: Settings) -> None:
        super().__init__(parent)
        self.window, self.store, self.settings = parent, store, settings
        self.source: ImportSource | None = None
        self.task: Task | None = None

    def start(self, path: Path | None = None) -> Task | None:
        """Reads the workbook (asking for it when no path is given)."""
        path = path or self._choose()
        if path is None:
            return None
        self.settings.set(IMPORT_FOLDER, str(path.parent))

        def read(progress: Progress) -> ImportSource:
            return open_source(path, progress)

        title = self.tr("Reading {name}…").format(name=path.name)
        self.task = run_task(self.window, title, read, self.map_columns)
        return self.task

    def _choose(self) -> Path | None:
        folder = self.settings.get(IMPORT_FOLDER) or str(documents_folder())
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a spreadsheet"),
            folder,
            self.tr("Excel workbooks (*.xlsx);;All files (*)"),
        )
        return Path(chosen) if chosen else None

    def map_columns(self, source: ImportSource) -> None:
        self.source = source
        dialog = MappingDialog(source, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        year = dialog.chosen_year()

        def plan(progress: Progress) -> ImportPlan:
            return plan_import(self.store, source, year=year, progress=progress)

        self.task = run_task(self.window, self.tr("Checking the spreadsheet…"), plan, self.preview)

    def preview(self, plan: ImportPlan) -> None:
        dialog = PreviewDialog(plan, self.window)
        answer = dialog.exec()
        if answer == BACK and self.source is not None:
            self.map_columns(self.source)
            return
        if answer != QDialog.DialogCode.Accepted:
            return
        skip = dialog.skip_bad_rows()

        def write(progress: Progress) -> ImportResult:
            return apply_import(self.store, plan, skip_bad_rows=skip, progress=progress)

        self.task = run_task(self.window, self.tr("Importing…"), write, self._done)

    def _done(self, result: ImportResult) -> None:
        self.task = None
        self.imported.emit(result)
        lines = [
            self.tr("{what}: {create} new, {update} updated").format(
                what=tr_import(ENTITY_LABELS[name]), create=c.create, update=c.update
            )
            for name, c in result.counts.items()
            if c.create or c.update
        ]
        text = self.tr("The register of {year} is imported.").format(year=result.year)
        QMessageBox.information(self.window, self.tr("Imported"), "\n".join([text, *lines]))
