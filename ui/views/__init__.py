"""The window's views, one per part of the register."""
