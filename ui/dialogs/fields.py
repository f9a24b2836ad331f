"""Form fields the editors share: a field with its error beneath, years, pickers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QRegularExpression, QStringListModel, Qt, SignalInstance
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import Problem

ERROR_STYLE = "color: #b3261e;"  # a red that stays readable on light and grey backgrounds


def plain_problem(field: str, text: str) -> Problem:
    """A problem found by the window, its text already translated and shown as is."""
    return Problem(field, text.replace("{", "{{").replace("}", "}}"))


def error_label(parent: QWidget | None = None) -> QLabel:
    """A red message in plain words; hidden while there is nothing to say."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_messages(label: QLabel, messages: Sequence[str]) -> None:
    label.setText("\n".join(messages))
    label.setVisible(bool(messages))


class FieldRow(QWidget):
    """The widget of one field, any buttons beside it, and its error message beneath."""

    def __init__(self, widget: QWidget, extras: Sequence[QWidget] = ()) -> None:
        super().__init__()
        self.widget = widget
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if extras:
            line = QHBoxLayout()
            line.setSpacing(6)
            line.addWidget(widget, 1)
            for extra in extras:
                line.addWidget(extra)
            column.addLayout(line)
        else:
            column.addWidget(widget)
        self.error = error_label(self)
        column.addWidget(self.error)

    def show_messages(self, messages: Sequence[str]) -> None:
        show_messages(self.error, messages)


class YearEdit(QLineEdit):
    """A year, or nothing: four digits at most, empty meaning 'not given'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), self))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000000"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, year: int | None) -> None:
        self.setText("" if year is None else str(year))


class ChoiceCombo(QComboBox):
    """One of a fixed set of values, shown by their translated labels."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value, text in choices:
            self.addItem(text, value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        index = self.findData(value)
        if index < 0:  # a value this version does not know: show it rather than lose it
            self.addItem(value, value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class RecordCombo(QComboBox):
    """Picks a record by typing part of its name; `value()` is its id or None.

    Editable, so a long list (5,000 organisations) is searched by typing: the
    completer matches anywhere in the name. Text that names no record gives
    None, which the dialog treats like an empty field. The names sit in one
    QStringListModel, filled with one call however long the list.
    """

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, unknown: str = ""
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.unknown = unknown  # what to say when the text names no record
        self._ids: list[int] = []
        self._rows: dict[int, int] = {}  # record id -> row in the list
        self._names = QStringListModel(self)
        self.setModel(self._names)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        completer = QCompleter(self._names, self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def set_records(self, records: Sequence[tuple[int, str]]) -> None:
        """Replaces the choices, keeping the chosen record where it is still there."""
        chosen = self.value()
        self._ids = [record_id for record_id, _ in records]
        self._rows = {record_id: row for row, record_id in enumerate(self._ids)}
        self.blockSignals(True)
        self._names.setStringList([text for _, text in records])
        self.blockSignals(False)
        self.set_value(chosen)

    def value(self) -> int | None:
        text = self.currentText().strip()
        if not text:
            return None
        row = self.currentIndex()
        if row < 0 or self.itemText(row) != text:
            row = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return None if row < 0 else self._ids[row]

    def names_nothing(self) -> bool:
        """True when text is typed that matches no record."""
        return bool(self.currentText().strip()) and self.value() is None

    def set_value(self, record_id: int | None) -> None:
        row = -1 if record_id is None else self._rows.get(record_id, -1)
        self.setCurrentIndex(row)
        if row < 0:
            self.setEditText("")


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
