"""A record picked in an editor by typing part of its name."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget


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
