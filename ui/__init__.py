"""The desktop window: PySide6 widgets, item models, dialogs and actions."""
