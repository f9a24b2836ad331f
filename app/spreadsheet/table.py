"""`export_table`: exactly the rows and columns a view shows, as a workbook.

Every table view's "Export this view" comes here with its visible columns in
their order and its rows as sorted and filtered; values stay real numbers and
dates, each column formatted by its kind.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from app.spreadsheet.book import write_workbook
from app.spreadsheet.writer import Column, Kind, SheetStyles, new_sheet, write_table
from app.store import default_actor


def export_table(
    path: str | os.PathLike[str],
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    column_kinds: Sequence[Kind | str],
    *,
    language: str = "en",
    creator: str | None = None,
) -> Path:
    """Writes one sheet named `title`: `headers` over `rows`, each column of its kind.

    Kinds are `app.spreadsheet.writer.Kind` members or their values ("text",
    "list", "integer", "year", "sek", "money", "date", "rate"); a "money" value
    is an (amount, currency) pair.
    """
    if len(headers) != len(column_kinds):
        raise ValueError("every column needs a header and a kind")
    columns = [Column(h, Kind(k)) for h, k in zip(headers, column_kinds, strict=True)]

    def fill(book: Workbook, styles: SheetStyles) -> None:
        write_table(new_sheet(book, title, styles), styles, columns, [list(r) for r in rows])

    return write_workbook(path, title, creator or default_actor(), language, fill)
