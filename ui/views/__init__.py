"""The main window's views: one module per view, listed in `ui.views.registry`."""
