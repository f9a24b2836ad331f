"""The register of a year as a report to publish: an HTML page (and, through the
window's Qt printing in `ui.report_pdf`, a PDF). No Qt in this package."""

from __future__ import annotations

from pathlib import Path

from app.files import write_text_whole
from app.report.content import ReportData, gather
from app.report.html import PrintReport, print_html, web_html
from app.store import Store

__all__ = [
    "PrintReport", "ReportData", "gather", "print_html", "web_html", "write_html",
]  # fmt: skip


def write_html(store: Store, year: int, path: Path, language: str = "sv") -> Path:
    write_text_whole(path, web_html(gather(store, year), language))
    return path
