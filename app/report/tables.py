"""Accessible HTML tables: a caption, column headers, row headers, numbers aligned.

On the web a table scrolls sideways in its own focusable region (named by its
caption) rather than widening the page on a phone; for print it carries the
border attributes Qt's rich text needs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    html: str  # already escaped
    kind: str = "text"  # text / num / row (a row header)


def num(html: str) -> Cell:
    return Cell(html, "num")


def row_header(html: str) -> Cell:
    return Cell(html, "row")


def _cell(cell: Cell | str) -> str:
    if isinstance(cell, str):
        return f"<td>{cell}</td>"
    if cell.kind == "row":
        return f'<th scope="row">{cell.html}</th>'
    if cell.kind == "num":
        return f'<td class="num">{cell.html}</td>'
    return f"<td>{cell.html}</td>"


def _head(cell: Cell | str, width: str = "") -> str:
    html, kind = (cell, "text") if isinstance(cell, str) else (cell.html, cell.kind)
    css = ' class="num"' if kind == "num" else ""
    width_attr = f' width="{width}"' if width else ""
    return f'<th scope="col"{css}{width_attr}>{html}</th>'


def table(
    ident: str,
    caption: str,
    head: list[Cell | str],
    rows: list[list[Cell | str]],
    *,
    foot: list[Cell | str] | None = None,
    css: str = "",
    for_print: bool = False,
    first_width: str = "",
) -> str:
    """`first_width` (e.g. "35%") keeps the first column wide in print, where Qt
    would otherwise squeeze it."""
    css_attr = f' class="{css}"' if css else ""
    if for_print:
        opening = (
            f'<table{css_attr} border="1" cellspacing="0" cellpadding="2" width="100%" '
            'style="border-collapse: collapse">'
        )
    else:
        opening = f"<table{css_attr}>"
    parts = [opening, f'<caption id="{ident}">{caption}</caption>']
    widths = [first_width if for_print else ""] + [""] * (len(head) - 1)
    heads = "".join(_head(c, w) for c, w in zip(head, widths, strict=True))
    parts.append(f"<thead><tr>{heads}</tr></thead>")
    parts.append("<tbody>")
    parts += ["<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows]
    parts.append("</tbody>")
    if foot:
        parts.append("<tfoot><tr>" + "".join(_cell(c) for c in foot) + "</tr></tfoot>")
    parts.append("</table>")
    html = "\n".join(parts)
    if for_print:
        return html
    return (
        f'<div class="scroll" role="region" tabindex="0" aria-labelledby="{ident}">\n{html}\n</div>'
    )
