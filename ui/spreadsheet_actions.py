"""The window's spreadsheet commands in one place: Export to Excel (Ctrl+E), Export to
Excel as… (Ctrl+Shift+E), Export this view and Import spreadsheet. The window creates
one `SpreadsheetActions`, telling it how to find the year shown, the table shown and
how to read the register again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableView, QWidget

from app.store import Store
from ui.actions import ActionId, Actions
from ui.export_actions import WorkbookExport
from ui.export_view import ViewExport
from ui.import_flow import ImportFlow
from ui.settings import Settings

CurrentTable = Callable[[], tuple[QTableView, str] | None]  # the table shown and its title


class SpreadsheetActions(QObject):
    def __init__(
        self,
        window: QWidget,
        actions: Actions,
        store: Store,
        settings: Settings,
        *,
        year: Callable[[], int],
        current_table: CurrentTable,
        refresh: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self.year, self.current_table = year, current_table
        self.workbook = WorkbookExport(window, store, settings)
        self.view = ViewExport(window, settings)
        self.flow = ImportFlow(window, store, settings)
        self.flow.imported.connect(lambda _result: refresh())
        wiring = {
            ActionId.EXPORT_WORKBOOK: lambda: self.workbook.export(self.year()),
            ActionId.EXPORT_WORKBOOK_AS: lambda: self.workbook.export_as(self.year()),
            ActionId.EXPORT_VIEW: self.export_view,
            ActionId.IMPORT: lambda: self.flow.start(),
        }
        for action_id, slot in wiring.items():
            actions[action_id].triggered.connect(lambda _checked=False, run=slot: run())
            actions[action_id].setEnabled(True)
        self.actions = actions

    def export_view(self) -> None:
        shown = self.current_table()
        if shown is not None:
            self.view.export(*shown)

    def update(self) -> None:
        """Export this view only where a table is shown (call when the view changes)."""
        self.actions[ActionId.EXPORT_VIEW].setEnabled(self.current_table() is not None)
