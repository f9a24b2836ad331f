"""The window's views, one per part of the register; listed in `ui.views.registry`."""
