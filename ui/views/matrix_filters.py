"""The matrix's filters and row order, above the matrix."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.collation import swedish_key
from app.matrix.filters import MatrixFilters
from app.matrix.table import MatrixTable
from app.vocabulary import MEMBERSHIP_STATUSES, ORGANISATION_KINDS, SCOPES, THEMES
from ui.models.matrix_model import tr_app


class MatrixFilterBar(QWidget):
    """Year, kind, scope, theme and status; the two "only" filters; the row order.

    `year_changed` asks for the year's data; `changed` for a new layout of the
    data already read.
    """

    year_changed = Signal(int)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = QComboBox(self)
        self.kind = self._choices([(label, k) for k, label in ORGANISATION_KINDS.choices()])
        self.scope = self._choices([])
        self.theme = self._choices([])
        self.status = self._choices([(label, k) for k, label in MEMBERSHIP_STATUSES.choices()])
        self.no_membership = QCheckBox(self.tr("Only departments with no membership"), self)
        self.single_department = QCheckBox(
            self.tr("Only memberships with a single department"), self
        )
        self.sort = QComboBox(self)
        # Narrow boxes keep the bar within a small window; the lists open wide enough.
        widths = ((self.year, 4), (self.kind, 9), (self.scope, 8), (self.theme, 10))
        widths += ((self.status, 9), (self.sort, 10))
        for box, characters in widths:
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(characters)
            _fit_popup(box)
        self.year.setObjectName("matrix_year")
        self.year.currentIndexChanged.connect(self._year_chosen)
        for box in (self.kind, self.scope, self.theme, self.status, self.sort):
            box.currentIndexChanged.connect(self.changed)
        for check in (self.no_membership, self.single_department):
            check.toggled.connect(self.changed)
        self._lay_out()

    def _choices(self, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox(self)
        box.addItem(self.tr("All"), None)
        for text, value in items:
            box.addItem(text, value)
        return box

    def _lay_out(self) -> None:
        """Two lines: the choices, then the "only" filters and the order. The view adds
        its buttons at the end of each (`first_line`, `second_line`)."""
        self.first_line, self.second_line = QHBoxLayout(), QHBoxLayout()
        for line in (self.first_line, self.second_line):
            line.setContentsMargins(0, 0, 0, 0)
        labelled = (
            (self.tr("&Year"), self.year), (self.tr("&Kind"), self.kind),
            (self.tr("S&cope"), self.scope), (self.tr("&Theme"), self.theme),
            (self.tr("Stat&us"), self.status),
        )  # fmt: skip
        for text, box in labelled:
            self._add_labelled(self.first_line, text, box)
        self.first_line.addStretch(1)
        self.second_line.addWidget(self.no_membership)
        self.second_line.addWidget(self.single_department)
        self.second_line.addStretch(1)
        self._add_labelled(self.second_line, self.tr("S&ort rows by"), self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.first_line)
        layout.addLayout(self.second_line)

    def _add_labelled(self, line: QHBoxLayout, text: str, box: QComboBox) -> None:
        label = QLabel(text, self)
        label.setBuddy(box)
        line.addWidget(label)
        line.addWidget(box)
        line.addSpacing(6)

    def filters(self) -> MatrixFilters:
        return MatrixFilters(
            kind=self.kind.currentData(),
            scope=self.scope.currentData(),
            theme=self.theme.currentData(),
            status=self.status.currentData(),
            departments_without_membership=self.no_membership.isChecked(),
            single_department_memberships=self.single_department.isChecked(),
            sort_by=self.sort.currentData() or "name",
        )

    def current_year(self) -> int | None:
        value = self.year.currentData()
        return None if value is None else int(value)

    def set_years(self, years: list[int], current: int) -> None:
        """Offers `years` (and `current`, even outside them) and selects `current`."""
        with QSignalBlocker(self.year):
            self.year.clear()
            for year in sorted({*years, current}, reverse=True):
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(self.year.findData(current))

    def set_year(self, year: int) -> None:
        index = self.year.findData(year)
        if index < 0:
            self.set_years([int(self.year.itemData(i)) for i in range(self.year.count())], year)
            self.year_changed.emit(year)
        else:
            self.year.setCurrentIndex(index)

    def offer(self, table: MatrixTable) -> None:
        """The scopes, themes and row orders the table's year and orientation offer."""
        scopes = [(SCOPES.label(s), s) for s in table.scopes]
        _refill(self.scope, scopes, self.tr("All"))
        themes = sorted(
            ((THEMES.label(t), t) for t in table.themes),
            key=lambda pair: swedish_key(pair[0]),
        )
        _refill(self.theme, themes, self.tr("All"))
        orders = [(self.tr("Name"), "name")]
        orders += [(tr_app(t.label), t.key) for t in table.row_totals]
        _refill(self.sort, orders, None)

    def _year_chosen(self) -> None:
        year = self.current_year()
        if year is not None:
            self.year_changed.emit(year)


def _refill(box: QComboBox, items: list[tuple[str, str]], everything: str | None) -> None:
    """New choices, keeping the chosen one where it is still there; no signal."""
    chosen = box.currentData()
    wanted = [(everything, None)] if everything is not None else []
    wanted += items
    if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] == wanted:
        return
    with QSignalBlocker(box):
        box.clear()
        for text, value in wanted:
            box.addItem(text, value)
        index = box.findData(chosen) if chosen is not None else 0
        box.setCurrentIndex(max(index, 0))
    _fit_popup(box)


def _fit_popup(box: QComboBox) -> None:
    """The list opens as wide as its longest choice, however narrow the box."""
    box.view().setMinimumWidth(box.view().sizeHintForColumn(0) + 24)
