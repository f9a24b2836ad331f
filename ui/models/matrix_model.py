"""The Qt model of a `MatrixTable`'s cells (the totals are in `matrix_totals`).

`MatrixModel` state: `table`, the `MatrixTable` shown (replaced whole by
`set_table`), and `highlight`, the (row, column) of the current cell, whose row
and column get a light tint. A cell is looked up on demand in `table.entries`
by the row's and column's ids (only filled cells exist); nothing per cell is
created up front, and a tooltip is built the first time it is asked for.
`data()` dispatches on the role through a dict, so the roles the matrix does
not serve cost one lookup.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.matrix.entry import Entry
from app.matrix.filters import MatrixFilters
from app.matrix.roles import FILLS, INKS, SYMBOLS, TOTAL_FILL
from app.matrix.table import MatrixTable
from app.matrix.totals import MatrixSummary, Total
from app.vocabulary import (
    CONTACT_ROLES,
    MEMBERSHIP_STATUSES,
)
from ui import formatting
from ui.models.matrix_headers import HeaderMixin

R = Qt.ItemDataRole
Index = QModelIndex | QPersistentModelIndex
MEMBERSHIP_ROLE = int(R.UserRole) + 1  # cell: the membership behind it
VALUE_ROLE = int(R.UserRole) + 2  # totals: the number itself
HIGHLIGHT = QBrush(QColor("#E4EEF8"))  # the current row and column
TOTALS = QBrush(QColor(f"#{TOTAL_FILL}"))
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
NO_CELL = (-1, -1)


def tr_app(text: str) -> str:
    """Text marked in `app/` for translation, translated for the window."""
    return QCoreApplication.translate("app", text) if text else ""


def empty_table() -> MatrixTable:
    return MatrixTable(
        year=0, filters=MatrixFilters(), swapped=False, rows=(), columns=(), entries={},
        row_totals=(), row_total_values=(), column_totals=(), column_total_values=(),
        summary=MatrixSummary(0, 0, 0, Decimal(0)),
    )  # fmt: skip


def total_text(total: Total, value: int | Decimal) -> str:
    return formatting.amount(value) if total.money else formatting.integer(int(value))


def role_text(entry: Entry) -> str:
    return entry.role.label()


class MatrixModel(HeaderMixin, QAbstractTableModel):
    highlight_moved = Signal(int, int, int, int)  # old row, old column, new row, new column

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.table = empty_table()
        self.highlight = NO_CELL
        self._keys: tuple[list[int], list[int], bool] = ([], [], False)
        self._tooltips: dict[tuple[int, int], str] = {}
        self._fills = {role: QBrush(QColor(f"#{FILLS[role]}")) for role in FILLS}
        self._inks = {role: QBrush(QColor(f"#{INKS[role]}")) for role in INKS}
        self._bold = QFont()
        self._bold.setBold(True)
        # Each role: (entry or None, row, column) -> value.
        self._roles: dict[int, Callable[[Entry | None, int, int], Any]] = {
            int(R.DisplayRole): lambda e, r, c: None if e is None else SYMBOLS[e.role],
            int(R.BackgroundRole): self._background,
            int(R.ForegroundRole): lambda e, r, c: None if e is None else self._inks[e.role],
            int(R.ToolTipRole): self._tooltip,
            int(R.TextAlignmentRole): lambda e, r, c: CENTRE,
            int(R.AccessibleTextRole): lambda e, r, c: "" if e is None else role_text(e),
            MEMBERSHIP_ROLE: lambda e, r, c: None if e is None else e.membership_id,
        }

    def set_table(self, table: MatrixTable) -> None:
        self.beginResetModel()
        self.table = table
        self._keys = ([h.id for h in table.rows], [h.id for h in table.columns], table.swapped)
        self.highlight = NO_CELL
        self._tooltips.clear()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        handler = self._roles.get(role)
        if handler is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        row_ids, column_ids, swapped = self._keys
        key = (column_ids[column], row_ids[row]) if swapped else (row_ids[row], column_ids[column])
        return handler(self.table.entries.get(key), row, column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        headers = self.table.columns if horizontal else self.table.rows
        if role == R.FontRole and section == (
            self.highlight[1] if horizontal else self.highlight[0]
        ):
            return self._bold
        return self._header(headers, section, role)

    def set_highlight(self, row: int, column: int) -> None:
        """Tints the current cell's row and column (and repaints the old ones)."""
        old = self.highlight
        if old == (row, column):
            return
        self.highlight = (row, column)
        for r, c in {old, self.highlight}:
            self._repaint_cross(r, c)
        self.highlight_moved.emit(*old, row, column)

    def _repaint_cross(self, row: int, column: int) -> None:
        rows, columns = self.rowCount(), self.columnCount()
        roles = [R.BackgroundRole]
        if 0 <= row < rows and columns:
            self.dataChanged.emit(self.index(row, 0), self.index(row, columns - 1), roles)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, row, row)
        if 0 <= column < columns and rows:
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column), roles)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def _background(self, entry: Entry | None, row: int, column: int) -> QBrush | None:
        if entry is not None:
            return self._fills[entry.role]
        if row == self.highlight[0] or column == self.highlight[1]:
            return HIGHLIGHT
        return None

    def _tooltip(self, entry: Entry | None, row: int, column: int) -> str | None:
        if entry is None:
            return None
        text = self._tooltips.get((row, column))
        if text is None:
            text = self._tooltips[(row, column)] = self._describe(entry, row, column)
        return text

    def _describe(self, entry: Entry, row: int, column: int) -> str:
        department, organisation = self.table.rows[row], self.table.columns[column]
        if self.table.swapped:
            department, organisation = organisation, department
        lines = [f"{organisation.name} — {department.name}", role_text(entry)]
        if entry.contacts:
            people = ", ".join(
                f"{name} ({CONTACT_ROLES.label(role)})" if role else name
                for name, role in entry.people
            )
            lines.append(self.tr("Contacts: {0}").format(people))
        lines.append(self._fee_line(entry.fee_amount, entry.fee_currency, entry.fee_sek))
        status = MEMBERSHIP_STATUSES.label(entry.status)
        lines.append(self.tr("Status: {0}").format(status))
        lines.append(self.tr("Double-click to open the membership."))
        return "\n".join(lines)

    def _fee_line(self, amount: Decimal | None, currency: str, sek: Decimal | None) -> str:
        year = formatting.year(self.table.year)
        if amount is None:
            return self.tr("No fee recorded for {0}").format(year)
        fee = formatting.money(amount, currency)
        if currency != "SEK" and sek is not None:
            fee += f" ({formatting.money(sek)})"
        return self.tr("Fee {0}: {1}").format(year, fee)
