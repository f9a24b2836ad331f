"""A table of records with a search box, filter combos, a column chooser and copy.

The generic part of every list view: the rows come from a service, the columns
and filters from the view's declaration. Selection survives a refresh (kept by
record id); the column layout (order, widths, hidden, sort) is remembered per view.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import formatting
from ui import settings as keys
from ui.models.clipboard import tsv
from ui.models.columns import Column
from ui.models.proxy import RowFilterProxy
from ui.models.table_model import RowTableModel
from ui.settings import Settings
from ui.views.column_widths import fit_columns
from ui.views.filter_combo import FilterCombo
from ui.views.filters import Filter
from ui.views.search_box import SearchBox

Select = QItemSelectionModel.SelectionFlag
SEARCH_PREPARE_DELAY_MS = 100


class TableView(QWidget):
    activated = Signal(int)  # the record id of a double-clicked row
    selection_changed = Signal()

    def __init__(
        self,
        key: str,
        columns: Sequence[Column[Any]],
        filters: Sequence[Filter[Any]],
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key, self.settings = key, settings
        self.filters = list(filters)
        self.model: RowTableModel[Any] = RowTableModel(columns, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = self._search_box()
        self.combos = {f.key: self._filter_combo(f) for f in self.filters}
        self.count = QLabel(self)
        self.count.setObjectName("row_count")
        self.table = self._table()
        self._context_actions: list[QAction] = []
        self._fit_pending = False
        self._search_pending = False  # prepare the search text after the next paint
        self.table.viewport().installEventFilter(self)
        self._lay_out()
        self.restore_layout()
        self.proxy.layoutChanged.connect(self._show_count)
        self.proxy.modelReset.connect(self._show_count)
        self._show_count()

    # --- building ------------------------------------------------------------------

    def _search_box(self) -> QLineEdit:
        box = SearchBox(self)
        box.setObjectName("search")
        box.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        box.setClearButtonEnabled(True)
        box.setMinimumWidth(260)
        box.textChanged.connect(self.proxy.set_search)
        return box

    def _filter_combo(self, spec: Filter[Any]) -> FilterCombo:
        combo = FilterCombo(spec, lambda: self.model.rows, self)
        combo.currentIndexChanged.connect(lambda _i, s=spec, c=combo: self._filter_chosen(s, c))
        return combo

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName(f"table_{self.key}")
        table.setModel(self.proxy)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setCornerButtonEnabled(False)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # constant time for 50,000 rows
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # "Responsible depa…", tip in full
        header.setSortIndicatorClearable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.setSortingEnabled(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._row_menu)
        table.doubleClicked.connect(self._double_clicked)
        table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        return table

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search)
        for combo in self.combos.values():
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_context_actions(self, actions: Sequence[QAction]) -> None:
        self._context_actions = list(actions)

    # --- rows ----------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Shows new rows, keeping the selection and the current row where they remain."""
        selected, current = self.selected_ids(), self.current_id()
        self.model.set_rows(rows)
        self._refill_filters()
        self.select_ids(selected, current)
        self._fit_when_shown()
        self._search_pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Once the rows are painted, prepare the search text while the user reads. A
        # timer started with the rows could fire before the first paint (a window still
        # building when it expires): the user would wait for it (docs/PERFORMANCE.md).
        if self._search_pending and event.type() == QEvent.Type.Paint:
            self._search_pending = False
            QTimer.singleShot(SEARCH_PREPARE_DELAY_MS, self.prepare_search)
        return super().eventFilter(watched, event)

    def prepare_search(self) -> None:
        self.model.search_texts(self.visible_columns())

    def selected_rows(self) -> list[Any]:
        """The selected rows in the order shown."""
        proxy_rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.proxy.row_at(r) for r in proxy_rows]

    def selected_ids(self) -> list[int]:
        return [row.id for row in self.selected_rows()]

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.proxy.row_at(index.row()).id if index.isValid() else None

    def select_ids(self, ids: Sequence[int], current: int | None = None) -> None:
        wanted = set(ids) | ({current} if current is not None else set())
        if not wanted:
            return
        found = {r.id: i for i, r in enumerate(self.proxy.shown_rows()) if r.id in wanted}
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for row in sorted(found[i] for i in ids if i in found):
            selection.select(self.proxy.index(row, 0), self.proxy.index(row, last))
        model = self.table.selectionModel()
        if current in found:
            index = self.proxy.index(found[current], 0)
            model.setCurrentIndex(index, Select.NoUpdate)
            self.table.scrollTo(index)
        model.select(selection, Select.ClearAndSelect | Select.Rows)

    def visible_columns(self) -> list[int]:
        """Logical column numbers as the user sees them: visible, left to right."""
        header = self.table.horizontalHeader()
        order = [header.logicalIndex(v) for v in range(header.count())]
        return [c for c in order if not header.isSectionHidden(c)]

    def copy_selection(self) -> int:
        """Copies the selected rows (all shown rows if none is) for Excel; returns how many."""
        rows = self.selected_rows() or self.proxy.shown_rows()
        columns = [self.model.columns[c] for c in self.visible_columns()]
        QGuiApplication.clipboard().setText(tsv(columns, rows))
        return len(rows)

    # --- filters and search ----------------------------------------------------------

    def _filter_chosen(self, spec: Filter[Any], combo: FilterCombo) -> None:
        value = combo.currentData()
        test = None if value is None else (lambda row, s=spec, v=value: s.test(row, v))
        self.proxy.set_filter(spec.key, test)

    def _refill_filters(self) -> None:
        for combo in self.combos.values():
            combo.rows_changed()

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.proxy.total_rows()
        if shown != total:
            text = (
                self.tr("%1 of %2 rows")
                .replace("%1", formatting.integer(shown))
                .replace("%2", formatting.integer(total))
            )
        else:
            many = self.tr("%n rows").replace("%n", formatting.integer(total))
            text = self.tr("1 row") if total == 1 else many
        self.count.setText(text)

    # --- menus ---------------------------------------------------------------------

    def _row_menu(self, position: QPoint) -> None:
        if not self._context_actions:
            return
        menu = QMenu(self)
        menu.addActions(self._context_actions)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """The column chooser: a checkable entry per column, and a way back to the default."""
        menu = QMenu(self)
        visible = self.visible_columns()
        for column, spec in enumerate(self.model.columns):
            action = menu.addAction(spec.header)
            action.setCheckable(True)
            action.setChecked(column in visible)
            action.setEnabled(not (column in visible and len(visible) == 1))  # keep one
            action.toggled.connect(lambda shown, c=column: self.show_column(c, shown))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_layout)
        return menu

    def _column_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(position))

    def show_column(self, column: int, shown: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not shown)
        self.proxy.set_search_columns(self.visible_columns())
        self.save_layout()

    def _double_clicked(self, index: Any) -> None:
        if index.isValid():
            self.activated.emit(self.proxy.row_at(index.row()).id)

    # --- layout remembered ------------------------------------------------------------

    def save_layout(self) -> None:
        state = self.table.horizontalHeader().saveState()
        self.settings.set(keys.header_state(self.key), state)

    def restore_layout(self) -> None:
        state = self.settings.get(keys.header_state(self.key))
        header = self.table.horizontalHeader()
        if state.isEmpty() or not header.restoreState(state):
            self._default_layout()
        self.proxy.set_search_columns(self.visible_columns())

    def reset_layout(self) -> None:
        header = self.table.horizontalHeader()
        for visual in range(header.count()):
            header.moveSection(header.visualIndex(visual), visual)
        self._default_layout()
        self.proxy.set_search_columns(self.visible_columns())
        self.save_layout()

    def _default_layout(self) -> None:
        header = self.table.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            header.setSectionHidden(column, not spec.visible)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._fit_pending = True
        self._fit_when_shown()

    def _fit_when_shown(self) -> None:
        """Default widths need the rows and the table's width: fit once both are there."""
        if self._fit_pending and self.isVisible() and self.proxy.rowCount() > 0:
            self._fit_pending = False
            fit_columns(self.table, self.proxy, self.visible_columns())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_when_shown()
