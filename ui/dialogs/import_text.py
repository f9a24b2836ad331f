"""Texts marked in app/ in the "import" context, translated for the import's dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr_import(text: str) -> str:
    return QCoreApplication.translate("import", text)
