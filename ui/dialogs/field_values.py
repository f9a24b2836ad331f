"""How an editor talks to a field's widget: the signal of an edit, the value in it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ui.dialogs.choice_combo import ChoiceCombo
from ui.dialogs.record_combo import RecordCombo
from ui.dialogs.year_edit import YearEdit


def edit_signal(widget: QWidget) -> SignalInstance:
    """The signal a widget sends when the user changes its value."""
    if isinstance(widget, RecordCombo):  # a typed name counts before it is chosen
        return widget.currentTextChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QAbstractSpinBox):
        return widget.valueChanged  # type: ignore[attr-defined]
    if isinstance(widget, QAbstractButton):
        return widget.toggled
    raise TypeError(f"no edit signal known for {type(widget).__name__}")


def read_value(widget: QWidget) -> Any:
    """The value a field's widget holds, as the services take it."""
    if isinstance(widget, ChoiceCombo | RecordCombo | YearEdit):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    return widget.value()  # type: ignore[attr-defined]  # a spin box


def write_value(widget: QWidget, value: Any) -> None:
    """Shows `value` in a field's widget."""
    if isinstance(widget, ChoiceCombo | RecordCombo | YearEdit):
        widget.set_value(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QAbstractButton):
        widget.setChecked(bool(value))
    else:
        widget.setValue(value)  # type: ignore[attr-defined]
