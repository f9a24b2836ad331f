"""The rows a table shows: sorted by a column, filtered by the search and the filters.

Why not QSortFilterProxyModel: it asks Python once per comparison and once per
row. Measured on 50,000 rows, sorting through a Python `lessThan` took 2 s and
re-filtering through `filterAcceptsRow` 0.3 s. Here the work is done on whole
Python lists instead (sort keys and search texts precomputed by the model), and
the view is told with one layout change: sorting takes tens of milliseconds.

State: `_sorted` is every source row in sort order; `_order` the ones that pass
the filters (proxy row -> source row); `_position` the inverse (-1: filtered
out). Selection and current index survive sorting and filtering through the
persistent indexes updated in `_show`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import compress, repeat
from operator import contains
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, Qt

from ui.models.table_model import DISPLAY, ROLES, ROOT, Index, RowTableModel

Role = Qt.ItemDataRole
RowTest = Callable[[Any], bool]


class RowFilterProxy(QAbstractProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._model: RowTableModel[Any] | None = None
        self._sorted: list[int] = []
        self._order: list[int] = []
        self._count = 0  # source rows
        self._position: list[int] | None = None  # built when first asked for
        self._sort_column, self._sort_order = -1, Qt.SortOrder.AscendingOrder
        self._terms: list[str] = []
        self._search_columns: tuple[int, ...] = ()
        self._filters: dict[str, RowTest] = {}

    # --- the source ----------------------------------------------------------------

    def setSourceModel(self, model: RowTableModel[Any]) -> None:  # type: ignore[override]
        self.beginResetModel()
        if self._model is not None:
            self._model.modelAboutToBeReset.disconnect(self.beginResetModel)
            self._model.modelReset.disconnect(self._source_reset)
            self._model.dataChanged.disconnect(self._source_data_changed)
        super().setSourceModel(model)
        self._model = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._source_reset)
        model.dataChanged.connect(self._source_data_changed)
        self._search_columns = tuple(range(model.columnCount()))
        self._rebuild()
        self.endResetModel()

    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _source_data_changed(self, *_: object) -> None:
        if self._order:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._order) - 1, last))

    def _rebuild(self) -> None:
        """After new rows: the current sort and filters applied afresh."""
        count = self._model.rowCount() if self._model is not None else 0
        self._sorted = self._sorted_rows(list(range(count)))
        self._order = self._passing(self._sorted)
        self._count, self._position = count, None

    # --- sorting, searching, filtering -----------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self._sorted = self._sorted_rows(self._sorted)
        self._show(self._passing(self._sorted))

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def set_search(self, text: str) -> None:
        """Rows whose visible text holds every word of `text`, ignoring case."""
        terms = text.casefold().split()
        if terms == self._terms:
            return
        narrower = all(any(old in new for new in terms) for old in self._terms)
        self._terms = terms
        # Typing on narrows the rows already shown: search those, not all of them.
        self._show(self._passing(self._order if narrower else self._sorted))

    def set_search_columns(self, columns: Sequence[int]) -> None:
        if tuple(columns) != self._search_columns:
            self._search_columns = tuple(columns)
            if self._terms:
                self._show(self._passing(self._sorted))

    def set_filter(self, key: str, test: RowTest | None) -> None:
        """Adds (or with None removes) a named test every shown row must pass."""
        if test is None and key not in self._filters:
            return
        if test is None:
            del self._filters[key]
        else:
            self._filters[key] = test
        self._show(self._passing(self._sorted))

    def _sorted_rows(self, rows: list[int]) -> list[int]:
        if self._model is None or self._sort_column < 0:
            return sorted(rows)
        keys = self._model.sort_keys(self._sort_column)
        filled = [r for r in rows if keys[r] is not None]
        filled.sort(key=keys.__getitem__, reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        return filled + [r for r in rows if keys[r] is None]  # empty cells last, either way

    def _passing(self, rows: list[int]) -> list[int]:
        if self._model is None:
            return []
        # compress/map keep the per-row loop in C: 3-5 times faster than a comprehension.
        data = self._model.rows
        for test in self._filters.values():
            rows = list(compress(rows, map(test, map(data.__getitem__, rows))))
        if self._terms:
            texts = self._model.search_texts(self._search_columns)
            for term in self._terms:
                rows = _containing(rows, texts, term)
        return rows

    def _show(self, order: list[int]) -> None:
        """Shows `order` with one layout change, keeping selection and current row."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [(self._order[p.row()], p.column()) for p in persistent]
        self._order, self._position = order, None
        moved = [self._proxy_index(row, column) for row, column in sources]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def _proxy_index(self, source_row: int, column: int) -> QModelIndex:
        if self._position is None:
            self._position = _positions(self._order, self._count)
        position = self._position[source_row]
        return self.createIndex(position, column) if position >= 0 else QModelIndex()

    # --- what is shown -------------------------------------------------------------

    def source_row(self, row: int) -> int:
        return self._order[row]

    def row_at(self, row: int) -> Any:
        """The service row shown at proxy row `row`."""
        assert self._model is not None
        return self._model.rows[self._order[row]]

    def shown_rows(self) -> list[Any]:
        """Every row passing the filters, in the order shown."""
        rows = self._model.rows if self._model is not None else []
        return [rows[r] for r in self._order]

    def total_rows(self) -> int:
        return self._count

    # --- Qt proxy interface --------------------------------------------------------

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or self._model is None:
            return QModelIndex()
        return self._model.index(self._order[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        return self._proxy_index(index.row(), index.column())

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if parent.isValid() or not (
            0 <= row < len(self._order) and 0 <= column < self.columnCount()
        ):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = ROOT) -> int:
        if parent.isValid() or self._model is None:
            return 0
        return self._model.columnCount()

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and bool(self._order)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role not in ROLES or not index.isValid() or self._model is None:
            return None  # font, colour, check box, icon: Qt asks for each cell painted
        return self._model.cell(self._order[index.row()], index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical or self._model is None:
            return section + 1 if role == Role.DisplayRole else None
        return self._model.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._model is None:
            return Qt.ItemFlag.NoItemFlags
        return self._model.flags(self._model.index(self._order[index.row()], index.column()))


def _containing(rows: list[int], texts: list[str], term: str) -> list[int]:
    """The rows whose text holds `term`, in the order of `rows`."""
    if len(rows) * 4 < len(texts):  # a few rows left: test just those
        return list(compress(rows, map(contains, map(texts.__getitem__, rows), repeat(term))))
    # Most rows: scan the texts in memory order (sorted order jumps about and misses
    # the CPU cache: four times slower at 50,000 rows), then pick out `rows`.
    found = list(map(contains, texts, repeat(term)))
    return list(compress(rows, map(found.__getitem__, rows)))


def _positions(order: list[int], count: int) -> list[int]:
    position = [-1] * count
    for proxy_row, source_row in enumerate(order):
        position[source_row] = proxy_row
    return position
