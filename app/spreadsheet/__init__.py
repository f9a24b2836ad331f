"""Excel workbooks the register writes (openpyxl)."""
