"""Excel workbooks in and out: the register's export, any view's export, imports.

Export (`export_register`, `export_table`) writes real numbers and dates with
number formats through openpyxl's write-only mode and moves the finished file
into place. Import (`app.spreadsheet.importer`) reads the program's own
export and legacy lists, previews what it would do and writes all or nothing.
"""

from __future__ import annotations

from app.spreadsheet.table import export_table
from app.spreadsheet.workbook import ExportResult, export_register

__all__ = ["ExportResult", "export_register", "export_table"]
