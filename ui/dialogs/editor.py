"""What every editor dialog does: load, check, save, and never lose or overwrite silently.

A subclass builds its form of `FormField`s with `open_form` (or `add_form`
and `add_fields`, where the form is not all of its content), names the service
calls that load and save its record (`calls`) and says how to fill and collect
the form; this class does the rest:

- `version` is the record's version as loaded; saving passes it on, so a change
  someone else saved meanwhile raises ConflictError, and the user chooses to
  reload theirs or overwrite it with theirs replaced (never silently).
- `_clean` is a snapshot of the form as loaded; while the form differs from it,
  closing (Cancel, Esc, the window's close button) asks first.
- Problems from the services appear beneath the field they concern
  (`Problem.field` names it), together with cheap checks made as the user types;
  a field's problem from the last save is dropped as soon as that field is edited.
- Save stays disabled while a required field is empty; Enter or Ctrl+S saves.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.conflicts import differences
from app.errors import (
    ConflictError,
    DatabaseError,
    NotFoundError,
    Problem,
    RegisterError,
    ValidationError,
)
from app.store import Store
from ui.dialogs.field_values import edit_signal, read_value, write_value
from ui.dialogs.fields import FieldRow, error_label, plain_problem, show_messages
from ui.dialogs.questions import ask_conflict, ask_deleted, ask_discard
from ui.dialogs.record_combo import RecordCombo
from ui.errors import show_error


@dataclass(frozen=True)
class RecordCalls:
    """The service functions an editor loads and saves its record with."""

    get: Callable[[Store, int], Any]
    create: Callable[[Store, Any], Any]
    update: Callable[..., Any]  # (store, record_id, data, version=...)


@dataclass(frozen=True)
class EditorWords:
    """An editor's titles, marked with QT_TRANSLATE_NOOP in the editor's context."""

    new: str  # "New organisation or network"
    named: str  # "Organisation: {0}", {0} the record's name
    this: str  # "this organisation", the record in a sentence


class FormField(NamedTuple):
    """One row of an editor's form; `EditorDialog.add_field` says what each part does."""

    label: str
    field: str
    widget: QWidget
    extras: Sequence[QWidget] = ()
    bound: bool = True


class EditorDialog(QDialog):
    """Edits one record; see the module's description for its state."""

    entity = ""  # the record's table, for its history in the change log
    calls: RecordCalls  # set by each subclass
    words: EditorWords  # each subclass's, marked in its own translation context

    def __init__(self, store: Store, record_id: int | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.record_id = record_id
        self.version: int | None = None
        self.saved_id: int | None = None
        self._rows: dict[str, FieldRow] = {}
        self._bound: dict[str, QWidget] = {}  # fields read and shown by their widget
        self._server_problems: list[Problem] = []
        self._clean: object = None
        self._loading = False
        self._gone_at_open: NotFoundError | None = None
        self._layout = QVBoxLayout(self)
        self.general_error = error_label(self)
        self.general_error.setObjectName("general_error")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.history_button = self.buttons.addButton(
            self.tr("&History…"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.history_button.setToolTip(self.tr("Who changed this record, and when"))
        self.history_button.clicked.connect(self.show_history)
        for key in (QKeySequence.StandardKey.Save, QKeySequence("Ctrl+Return")):
            QShortcut(QKeySequence(key), self, self._save_if_enabled)

    # --- what a subclass provides -------------------------------------------------

    def fetch(self, record_id: int) -> Any:
        return self.calls.get(self.store, record_id)

    def create(self, data: Any) -> Any:
        return self.calls.create(self.store, data)

    def update(self, record_id: int, data: Any, version: int | None) -> Any:
        return self.calls.update(self.store, record_id, data, version=version)

    def fill(self, row: Any | None) -> None:
        """Shows `row` in the form; None: the defaults of a new record."""
        raise NotImplementedError

    def collect(self) -> Any:
        """The form's data for the service; ValidationError for what cannot be read."""
        raise NotImplementedError

    def title(self, row: Any | None) -> str:
        """The window's title: the new record's, or the record's with its name."""
        if row is None:
            return self._word(self.words.new)
        return self._word(self.words.named).format(row.name)

    def this_record(self) -> str:
        """The record in a sentence: 'this organisation'."""
        return self._word(self.words.this)

    def _word(self, text: str) -> str:
        """One of `words`, translated in the subclass's context, where it is marked."""
        return QCoreApplication.translate(type(self).__name__, text)

    def missing_required(self) -> list[str]:
        """Labels of the required fields still empty: the name, where it has one."""
        name = getattr(self, "name", None)
        if isinstance(name, QLineEdit) and not name.text().strip():
            return [self.tr("Name")]
        return []

    def live_problems(self) -> list[Problem]:
        """Cheap checks made as the user types."""
        return []

    def snapshot(self) -> object:
        """The form's state, compared to tell whether anything changed."""
        typed = tuple(w.currentText() for w in self._bound.values() if isinstance(w, RecordCombo))
        try:
            return (self.collect(), typed)
        except ValidationError as exc:
            return ("unreadable", str(exc), typed)

    # --- the fields bound to the record's data ------------------------------------

    def show_fields(self, data: Any) -> None:
        """Shows each bound field's value from the record's data (a dataclass)."""
        for field, widget in self._bound.items():
            write_value(widget, getattr(data, field))

    def field_values(self) -> dict[str, Any]:
        """The bound fields' values by field; ValidationError where a picker's text
        names no record (never saved as "none" by mistake)."""
        if unknown := self.unknown_names():
            raise ValidationError(unknown)
        return {field: read_value(widget) for field, widget in self._bound.items()}

    def unknown_names(self) -> list[Problem]:
        """A problem for each picker whose typed text names no record."""
        return [
            plain_problem(field, widget.unknown or self.tr("Nothing has that name."))
            for field, widget in self._bound.items()
            if isinstance(widget, RecordCombo) and widget.names_nothing()
        ]

    # --- building the form --------------------------------------------------------

    def set_content(self, content: QWidget) -> None:
        self._layout.addWidget(content, 1)
        self._layout.addWidget(self.general_error)
        self._layout.addSpacing(6)
        self._layout.addWidget(self.buttons)

    def add_form(self) -> QFormLayout:
        """A form as the dialog's content, to `add_field` its rows to."""
        content = QWidget()
        form = QFormLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        self.set_content(content)
        return form

    def add_field(
        self,
        form: QFormLayout,
        label: str,
        field: str,
        widget: QWidget,
        extras: Sequence[QWidget] = (),
        changed: SignalInstance | None = None,
        bound: bool = True,
    ) -> FieldRow:
        """Adds a labelled field whose problems show beneath it. The widget is named
        after the field (tests and the self-test find it so); an edit is the widget's
        usual change signal unless `changed` says otherwise. A bound field is shown and
        read by `show_fields` and `field_values` as the data's attribute of its name."""
        if not widget.objectName():
            widget.setObjectName(field)
        if bound:
            self._bound[field] = widget
        self.watch(field, changed or edit_signal(widget))
        row = FieldRow(widget, extras)
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, row)
        self.add_error_row(field, row)
        return row

    def add_fields(self, form: QFormLayout, fields: Iterable[FormField]) -> None:
        for row in fields:
            self.add_field(form, row.label, row.field, row.widget, row.extras, bound=row.bound)

    def open_form(self, fields: Iterable[FormField], width: int, height: int | None = None) -> None:
        """The end of a form editor's __init__: `fields` as the dialog's form, the dialog
        `width` wide and as high as the form needs (unless `height`), the record loaded."""
        self.add_fields(self.add_form(), fields)
        self.resize(width, height or self.sizeHint().height())
        self.start()

    def add_error_row(self, field: str, row: FieldRow) -> None:
        self._rows[field] = row

    def watch(self, field: str, changed: SignalInstance) -> None:
        changed.connect(lambda *_: self.edited(field))

    def start(self) -> None:
        """Loads the record (or a new one's defaults); call at the end of __init__."""
        if self.record_id is None:
            self.load(None)
            return
        try:
            row = self.fetch(self.record_id)
        except NotFoundError as exc:
            self._gone_at_open = exc
            return
        self.load(row)

    def load(self, row: Any | None) -> None:
        self._loading = True
        try:
            self.fill(row)
        finally:
            self._loading = False
        self.version = None if row is None else row.version
        self.history_button.setVisible(bool(self.entity) and self.record_id is not None)
        self._server_problems = []
        self.setWindowTitle(self.title(row) + "[*]")
        self._clean = self.snapshot()
        self.refresh()

    def show_history(self) -> None:
        if self.entity and self.record_id is not None:
            from ui.views.changelog_view import show_record_history

            show_record_history(self, self.store, self.entity, self.record_id)

    # --- state ----------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self.snapshot() != self._clean

    def edited(self, field: str) -> None:
        if self._loading:
            return
        self._server_problems = [p for p in self._server_problems if p.field != field]
        self.refresh()

    def refresh(self) -> None:
        """Shows the current problems, enables Save, marks the title when changed."""
        problems = self._server_problems + self.live_problems()
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            texts = by_field.setdefault(problem.field if problem.field in self._rows else "", [])
            if problem.text() not in texts:
                texts.append(problem.text())
        for field, row in self._rows.items():
            row.show_messages(by_field.get(field, []))
        show_messages(self.general_error, by_field.get("", []))
        self._mark_tabs({f for f in by_field if f})
        missing = self.missing_required()
        self.save_button.setEnabled(not missing)
        self.save_button.setToolTip(
            self.tr("Fill in first: {0}").format(", ".join(missing)) if missing else ""
        )
        self.setWindowModified(self.is_dirty())

    def error_text(self, field: str) -> str:
        """The problem shown beside `field` ('' for the one beneath the form), if shown."""
        label = self._rows[field].error if field else self.general_error
        return "" if label.isHidden() else label.text()

    def _mark_tabs(self, fields: set[str]) -> None:
        """A warning sign on each tab holding a field with a problem."""
        marked: dict[QTabWidget, set[int]] = {}
        for field, row in self._rows.items():
            for tabs, index in _tabs_holding(row):
                marked.setdefault(tabs, set())
                if field in fields:
                    marked[tabs].add(index)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for tabs, indexes in marked.items():
            for index in range(tabs.count()):
                tabs.setTabIcon(index, warning if index in indexes else QIcon())

    def reveal(self, field: str) -> None:
        """Brings the field into view (its tab) and puts the cursor in it."""
        row = self._rows.get(field)
        if row is None:
            return
        for tabs, index in _tabs_holding(row):
            tabs.setCurrentIndex(index)
        row.widget.setFocus()

    # --- saving ---------------------------------------------------------------------

    def _save_if_enabled(self) -> None:
        if self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        """Saves and closes; on a problem, shows it and stays open. True when saved."""
        if self.missing_required():
            return False
        try:
            data = self.collect()
        except ValidationError as exc:
            return self._refused(exc)
        return self._store(data, self.record_id)

    def _store(self, data: Any, record_id: int | None) -> bool:
        try:
            if record_id is None:
                row = self.create(data)
            else:
                row = self.update(record_id, data, self.version)
        except ValidationError as exc:
            return self._refused(exc)
        except ConflictError as exc:
            return self._on_conflict(data, exc.current)
        except NotFoundError:
            return self._on_deleted(data)
        except (RegisterError, DatabaseError) as exc:
            show_error(self, exc)
            return False
        self.saved_id = self.record_id = row.id
        self.version = row.version
        self._clean = self.snapshot()
        self.accept()
        return True

    def _refused(self, exc: ValidationError) -> bool:
        self._server_problems = list(exc.problems)
        self.refresh()
        if exc.problems:
            self.reveal(exc.problems[0].field)
        return False

    def _on_conflict(self, data: Any, theirs: Any = None) -> bool:
        answer = ask_conflict(self, self.this_record(), self._differences(data, theirs))
        if answer == "cancel" or self.record_id is None:
            return False
        try:
            latest = self.fetch(self.record_id)
        except NotFoundError:
            return self._on_deleted(data)
        if answer == "reload":
            self.load(latest)
            return False
        self.version = latest.version  # overwrite: mine, on top of the latest version
        return self._store(data, self.record_id)

    def _differences(self, mine: Any, theirs: Any) -> list[tuple[str, str, str]]:
        """Their saved version beside the user's: (field, yours, theirs) per difference."""
        if theirs is None or not hasattr(theirs, "data"):
            return []
        try:
            found = differences(self.store, mine, theirs.data())
        except (RegisterError, DatabaseError):  # the question is asked all the same
            return []
        return [(QCoreApplication.translate("app", d.label), d.mine, d.theirs) for d in found]

    def _on_deleted(self, data: Any) -> bool:
        answer = ask_deleted(self, self.this_record())
        if answer == "save_new":
            self.record_id = self.version = None
            return self._store(data, None)
        if answer == "close":
            QDialog.reject(self)
        return False

    # --- closing --------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel, Esc and the close button: ask first when something was changed."""
        if self.is_dirty():
            answer = ask_discard(self)
            if answer == "save":
                self.save()
                return
            if answer == "keep":
                return
        super().reject()

    def exec(self) -> int:
        if self._gone_at_open is not None:
            show_error(self.parentWidget(), self._gone_at_open)
            return QDialog.DialogCode.Rejected.value
        return super().exec()


def _tabs_holding(widget: QWidget) -> list[tuple[QTabWidget, int]]:
    """The tab widgets (outermost last) and tab indexes a widget sits in."""
    found = []
    child: QObject = widget
    parent = widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(parent, QStackedWidget) and isinstance(tabs, QTabWidget):
            found.append((tabs, tabs.indexOf(child)))  # type: ignore[arg-type]
        child, parent = parent, parent.parentWidget()
    return found
