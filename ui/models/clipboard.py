"""Rows as tab-separated text with a header line: what Excel expects from a paste."""

from __future__ import annotations

from collections.abc import Sequence

from ui.models.columns import Column, R


def tsv(columns: Sequence[Column[R]], rows: Sequence[R]) -> str:
    """Numbers in the user's locale without grouping, so Excel reads them as numbers."""
    lines = ["\t".join(_cell(c.header) for c in columns)]
    lines += ["\t".join(_cell(c.clipboard_text(row)) for c in columns) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def _cell(text: str) -> str:
    # A tab or line break inside a cell would split it in Excel: fold it to a space.
    return " ".join(text.replace("\t", " ").splitlines())
