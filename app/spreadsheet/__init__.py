"""Spreadsheets written with openpyxl."""
