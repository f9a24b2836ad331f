"""The header data the matrix's three models share (the cells and both totals).

A row's or column's label, its tooltip (name, kind, scope, themes), the id behind
it (`ID_ROLE`), and the networks' green tint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.matrix.header import DEPARTMENT, NETWORK
from app.matrix.header import Header as MatrixHeader
from app.matrix.roles import NETWORK_FILL
from app.matrix.table import MatrixTable
from app.vocabulary import DEPARTMENT_KINDS, ORGANISATION_KINDS, SCOPES, THEMES

R = Qt.ItemDataRole
ID_ROLE = int(R.UserRole)  # header: the department's or organisation's id
NETWORK_HEADER = QBrush(QColor(f"#{NETWORK_FILL}"))


def header_tooltip(header: MatrixHeader) -> str:
    name = f"{header.name} ({header.short})" if header.short else header.name
    kinds = DEPARTMENT_KINDS if header.entity == DEPARTMENT else ORGANISATION_KINDS
    lines = [name, kinds.label(header.kind)]
    if header.scope:
        lines[1] += " · " + SCOPES.label(header.scope)
    if header.themes:
        lines.append(
            QCoreApplication.translate("MatrixModel", "Themes: {0}").format(
                ", ".join(THEMES.label(t) for t in header.themes)
            )
        )
    lines.append(QCoreApplication.translate("MatrixModel", "Double-click to open."))
    return "\n".join(lines)


class HeaderMixin:
    """Header data shared by the three models."""

    table: MatrixTable

    def _header(self, headers: tuple[MatrixHeader, ...], section: int, role: int) -> Any:
        if not 0 <= section < len(headers):
            return None
        if role == R.DisplayRole:
            return headers[section].label
        if role == R.ToolTipRole:
            return header_tooltip(headers[section])
        if role == ID_ROLE:
            return headers[section].id
        if role == R.BackgroundRole and headers[section].kind == NETWORK:
            return NETWORK_HEADER
        return None
