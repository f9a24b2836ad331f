"""The main window's views, each a QWidget the window places and connects."""
