"""Publishing the year's register from the window: save as HTML or PDF, or print.

The report is gathered and written in the background (`ui.tasks.run_task`);
errors take the one error path. Reports are Swedish by default, as published.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QWidget

from app.errors import DatabaseError, RegisterError
from app.files import write_text_whole
from app.i18n import language
from app.progress import Progress
from app.report import gather, print_html, web_html
from app.store import Store
from ui import settings
from ui.errors import show_error
from ui.tasks import Task, run_task


class ReportButtons(QObject):
    """ "Save report…" and "Print report…" for the shown year."""

    saved = Signal(str)  # the path written

    def __init__(self, store: Store, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._parent = parent
        self._year = 0
        self.save_button = QPushButton(self.tr("Save report…"), parent)
        self.save_button.setToolTip(
            self.tr("Save the register of the year as a web page or PDF to publish")
        )
        self.save_button.clicked.connect(self.save_dialog)
        self.print_button = QPushButton(self.tr("Print report…"), parent)
        self.print_button.clicked.connect(self.print_dialog)
        self.task: Task | None = None

    def buttons(self) -> list[QPushButton]:
        return [self.save_button, self.print_button]

    def set_year(self, year: int) -> None:
        self._year = year

    def save_dialog(self) -> None:
        folder = settings.Settings().get(settings.EXPORT_FOLDER)
        name = self.tr("memberships-{0}.html").format(self._year)
        web, pdf = self.tr("Web page (*.html)"), self.tr("PDF (*.pdf)")
        path, chosen = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save report"), str(Path(folder) / name), f"{web};;{pdf}"
        )
        if not path:
            return
        target = Path(path)
        if not target.suffix:
            target = target.with_suffix(".pdf" if chosen == pdf else ".html")
        settings.Settings().set(settings.EXPORT_FOLDER, str(target.parent))
        self.save(target)

    def save(self, path: Path) -> Task:
        """Writes the report in the background: PDF for a .pdf file, else HTML."""
        store, year = self._store, self._year

        def work(progress: Progress) -> str:
            progress.step(0, 2, self.tr("Reading the register of {0}…").format(year))
            data = gather(store, year)
            progress.step(1, 2, self.tr("Writing {0}…").format(path.name))
            if path.suffix.lower() == ".pdf":
                from ui.report_pdf import write_pdf

                write_pdf(print_html(data, language()), path)
            else:
                write_text_whole(path, web_html(data, language()))
            return str(path)

        self.task = run_task(self._parent, self.tr("Saving the report"), work, self.saved.emit)
        return self.task

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("Memberships {0}").format(self._year))
        dialog = QPrintDialog(printer, self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from ui.report_pdf import print_report

        try:
            print_report(print_html(gather(self._store, self._year), language()), printer)
        except (OSError, RegisterError, DatabaseError) as exc:
            show_error(self._parent, exc)
