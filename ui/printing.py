"""Printing HTML documents (the review minutes) to PDF through Qt's text layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument


def write_pdf(html: str, path: Path, title: str = "") -> None:
    """Lays `html` out on A4 pages and writes them to `path` as a PDF.

    QPdfWriter does not report a file it cannot write, so the file is opened
    first: a folder without write access raises PermissionError, as elsewhere.
    """
    with open(path, "wb"):
        pass
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
    writer.setResolution(300)
    writer.setTitle(title)
    writer.setCreator("Membership Register")
    document = QTextDocument()
    document.setHtml(html)
    document.setDocumentMargin(0)
    document.print_(writer)
    if path.stat().st_size == 0:
        raise OSError(f"The PDF could not be written to {path}.")
