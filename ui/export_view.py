"""Export this view: exactly the rows, order and visible columns a table shows.

Works with any table model. Where the model is the window's row model (it
has `columns` with `value`, `kind` and `display`, and `rows`), numbers and
years are exported as real numbers and everything else as the text shown
(a status as "Active", not its stored code); otherwise as the text shown.
Sorting and filtering proxies are followed back to the source rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractProxyModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView, QWidget

from app.i18n import language
from app.spreadsheet import export_table
from app.validation import is_plausible_year
from ui.export_actions import ask_workbook_path, export_folder, offer_to_open, unused_name
from ui.settings import Settings
from ui.tasks import Task, run_task

Horizontal = Qt.Orientation.Horizontal
Display = Qt.ItemDataRole.DisplayRole


def visible_columns(view: QTableView) -> list[int]:
    """The model columns the view shows, in the order it shows them."""
    header = view.horizontalHeader()
    logical = [header.logicalIndex(visual) for visual in range(header.count())]
    return [column for column in logical if not header.isSectionHidden(column)]


def _source(model: QAbstractItemModel) -> tuple[QAbstractItemModel, list[QAbstractProxyModel]]:
    proxies = []
    while isinstance(model, QAbstractProxyModel) and model.sourceModel() is not None:
        proxies.append(model)
        model = model.sourceModel()
    return model, proxies


def _to_source(index: QModelIndex, proxies: list[QAbstractProxyModel]) -> QModelIndex:
    for proxy in proxies:
        index = proxy.mapToSource(index)
    return index


def _real_values(source: QAbstractItemModel) -> bool:
    columns = getattr(source, "columns", None)
    return bool(columns) and hasattr(source, "rows") and hasattr(columns[0], "value")


def view_contents(
    model: QAbstractItemModel, columns: Sequence[int]
) -> tuple[list[str], list[list[Any]], list[str]]:
    """(headers, rows, kinds) of the given columns, rows in the model's order."""
    headers = [str(model.headerData(c, Horizontal, Display) or "") for c in columns]
    source, proxies = _source(model)
    real = _real_values(source)
    rows: list[list[Any]] = []
    for row in range(model.rowCount()):
        if real:
            origin = _to_source(model.index(row, 0), proxies).row()
            record = source.rows[origin]  # type: ignore[attr-defined]
            specs = source.columns  # type: ignore[attr-defined]
            rows.append([_shown_value(specs[_to_source(model.index(row, c), proxies).column()],
                                      record) for c in columns])  # fmt: skip
        else:
            rows.append([model.data(model.index(row, c), Display) for c in columns])
    return headers, rows, [_kind([r[i] for r in rows]) for i in range(len(columns))]


def _shown_value(spec: Any, record: Any) -> Any:
    """A number as the number; text, and numbers shown in words, as the words shown."""
    kind = getattr(getattr(spec, "kind", None), "value", "text")
    if kind == "text" or getattr(spec, "text", None) is not None:
        return spec.display(record) if hasattr(spec, "display") else spec.value(record)
    return spec.value(record)


def _kind(values: Sequence[Any]) -> str:
    """The export kind that fits a column's values."""
    present = [v for v in values if v is not None and v != ""]
    if not present:
        return "text"
    if all(isinstance(v, tuple | list) for v in present):
        return "list"
    if all(isinstance(v, dt.date) for v in present):
        return "date"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        years = all(is_plausible_year(v) for v in present)
        return "year" if years else "integer"
    if all(isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in present):
        return "number"
    return "text"


def _tr(text: str) -> str:
    # A plain class: `self.parent.tr()` would translate in the parent's context.
    return QCoreApplication.translate("ExportView", text)


class ViewExport:
    """Asks where to save, writes the view's rows off the GUI thread, offers to open."""

    def __init__(self, parent: QWidget, settings: Settings) -> None:
        self.parent, self.settings = parent, settings
        self.task: Task | None = None

    def export(self, view: QTableView, title: str, path: Path | None = None) -> Task | None:
        headers, rows, kinds = view_contents(view.model(), visible_columns(view))
        path = path or self._ask(title)
        if path is None:
            return None
        chosen_language = language()

        def work(_progress: object) -> Path:
            return export_table(path, title, headers, rows, kinds, language=chosen_language)

        self.task = run_task(self.parent, _tr("Exporting {title}…").format(title=title), work,
                             lambda written: self._done(written, len(rows)))  # fmt: skip
        return self.task

    def _ask(self, title: str) -> Path | None:
        stem = f"{title} ({dt.date.today().isoformat()})"
        suggested = unused_name(export_folder(self.settings), stem)
        return ask_workbook_path(self.parent, _tr("Export this view"), suggested, self.settings)

    def _done(self, path: Path, count: int) -> None:
        self.task = None
        text = QCoreApplication.translate("ExportView", "%n row(s) exported.", "", count)
        offer_to_open(self.parent, path, text)
