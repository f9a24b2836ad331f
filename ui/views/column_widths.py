"""First-time column widths: what the texts need, shared out to fill the table's width.

Used until the user sizes the columns themselves (their layout is remembered).
Text columns give and take the room; numbers, years and short codes keep theirs.
"""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QTableView

from ui.models.columns import Kind
from ui.models.proxy import RowFilterProxy

SAMPLE_ROWS = 300  # enough to see typical lengths, few enough to stay instant
PADDING = 14
MOST = 340  # no column starts wider than this
LEAST_TEXT = 90  # a text column shrinks no further
MOST_TITLE = 120  # nor below its header, unless the header is longer than this
NAME_LEAST = 240  # the first column names the record: it keeps this much where it can
# Room for values other years may hold, though the rows shown now do not.
TYPICAL = {Kind.TEXT: "", Kind.NUMBER: "0 000 000", Kind.YEAR: "0000"}


def fit_widths(
    wanted: dict[int, int], least: dict[int, int], flexible: set[int], available: int
) -> dict[int, int]:
    """Widths for `wanted`, the flexible columns scaled alike to fill `available`.

    Scaling alike keeps the long names (organisations) the widest; no column goes
    below its least width, so a very narrow window scrolls instead.
    """
    widths = dict(wanted)
    scaled = set(flexible)
    while scaled:  # columns held at their least width leave the rest to share the room
        room = available - sum(w for c, w in widths.items() if c not in scaled)
        scale = room / sum(wanted[c] for c in scaled)
        held = {c for c in scaled if wanted[c] * scale < least[c]}
        for column in scaled:
            widths[column] = least[column] if column in held else int(wanted[column] * scale)
        if not held:
            break
        scaled -= held
    return widths


def fit_columns(table: QTableView, proxy: RowFilterProxy, columns: list[int]) -> None:
    """Sizes the visible `columns` of `table` to their texts and the table's width."""
    header = table.horizontalHeader()
    metrics, header_metrics = table.fontMetrics(), header.fontMetrics()
    model = proxy.sourceModel()
    specs = model.columns  # type: ignore[attr-defined]
    sample = [proxy.row_at(r) for r in range(min(proxy.rowCount(), SAMPLE_ROWS))]
    wanted, least, flexible = {}, {}, set()
    for column in columns:
        spec = specs[column]
        title = header_metrics.horizontalAdvance(spec.header) + PADDING + 12  # sort arrow
        texts = [metrics.horizontalAdvance(spec.display(row)) for row in sample]
        content = max([*texts, metrics.horizontalAdvance(TYPICAL[spec.kind])]) + PADDING
        wanted[column] = min(max(title, content), MOST)
        least[column] = max(min(title, MOST_TITLE), LEAST_TEXT)  # the header stays readable
        if column == columns[0]:
            least[column] = max(least[column], min(content, NAME_LEAST))
        if spec.kind is Kind.TEXT and content > title and wanted[column] > LEAST_TEXT:
            flexible.add(column)
    available = table.viewport().width() - 2
    rows_height = proxy.rowCount() * table.verticalHeader().defaultSectionSize()
    if not table.verticalScrollBar().isVisible() and rows_height > table.viewport().height():
        # The rows were just set: the scroll bar that will take its share is not there yet.
        available -= table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    for column, width in fit_widths(wanted, least, flexible, available).items():
        header.resizeSection(column, width)
