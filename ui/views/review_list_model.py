"""The review's list of memberships: decided mark, organisation, cost and rating.

State: `items`, the review items in the order shown (already filtered and
sorted by the app's `filter_items`/`sort_items`, so the window and the
command line agree on what "undecided" or "by cost" means). The model never
queries: the view hands it a new list after every change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.services.review_items import ReviewItem, SortKey
from app.vocabulary import DECISIONS, RECOMMENDATIONS
from ui import formatting

Index = QModelIndex
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# A compact mark per decision, so the list shows the outcome at a glance.
MARKS = {
    "keep": ("✔", "#2e7d32"),
    "leave": ("✖", "#c62828"),
    "change": ("↻", "#1565c0"),
    "postpone": ("…", "#ef6c00"),
    "": ("○", "#9e9e9e"),
}


@dataclass(frozen=True)
class Column:
    header: str  # marked with QT_TRANSLATE_NOOP("review", ...)
    value: Callable[[ReviewItem], str]
    sort_key: SortKey | None = None
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _decision(item: ReviewItem) -> str:
    return item.decision.decision if item.decision else ""


def _mark(item: ReviewItem) -> str:
    return MARKS.get(_decision(item), MARKS[""])[0]


COLUMNS = (
    Column("", _mark),
    Column(N_("review", "Organisation"), lambda i: i.organisation, SortKey.ORGANISATION),
    Column(N_("review", "Cost (SEK)"), lambda i: formatting.amount(i.cost_sek), SortKey.COST,
           ALIGN_RIGHT),
    Column(N_("review", "Rating"), lambda i: str(i.rating or ""), SortKey.RATING, ALIGN_RIGHT),
)  # fmt: skip
MEMBERSHIP_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[ReviewItem] = []

    def set_items(self, items: Sequence[ReviewItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def row_of(self, membership_id: int) -> int | None:
        return next(
            (row for row, item in enumerate(self.items) if item.membership_id == membership_id),
            None,
        )

    def rowCount(self, parent: Index = Index()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = Index()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item, column = self.items[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(item)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return QBrush(QColor(MARKS.get(_decision(item), MARKS[""])[1]))
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return _tooltip(item)
        if role == MEMBERSHIP_ID_ROLE:
            return item.membership_id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            header = COLUMNS[section].header
            return QCoreApplication.translate("review", header) if header else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section].alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort_key == SortKey.COST:
            return QCoreApplication.translate(
                "review", "The year's fee and other costs (travel and the like), in SEK"
            )
        return None


def _tooltip(item: ReviewItem) -> str:
    if item.decision:
        decision = DECISIONS.label(item.decision.decision)
    else:
        decision = QCoreApplication.translate("review", "Not decided yet")
    recommendation = QCoreApplication.translate("review", "Recommendation: {0}")
    decided = QCoreApplication.translate("review", "Decision: {0}")
    return "\n".join(
        (
            item.organisation,
            item.responsible_department,
            recommendation.format(RECOMMENDATIONS.label(item.recommendation)),
            decided.format(decision),
        )
    )
