"""A view listing one kind of record: table, editor on double click or Enter, delete, undo.

Declared per kind by a `RecordsSpec` (columns, filters, the service that loads
the rows); the four list views (memberships, organisations, departments, people)
are each one spec and a factory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.errors import NotFoundError
from app.services import undo
from app.store import Store
from ui import editors, formatting
from ui.actions import ActionId
from ui.errors import show_error
from ui.menus import ROW_MENU
from ui.models.columns import Column
from ui.views.base import RegisterView, ViewContext
from ui.views.filters import Filter
from ui.views.table_view import TableView

UNDO_LIMIT = 200  # larger deletions are confirmed by the dialog but not kept for undo


@dataclass(frozen=True)
class RecordsSpec:
    key: str  # the view's name in the settings
    kind: str  # the record kind: organisation / department / person / membership
    columns: Callable[[], list[Column[Any]]]
    filters: Callable[[], list[Filter[Any]]]
    load: Callable[[Store, int | None], Sequence[Any]]
    follows_year: bool = False  # rows depend on the register's year

    def make_view(self, context: ViewContext, parent: QWidget | None = None) -> RecordsView:
        return RecordsView(context, self, parent)


def all_years(
    listing: Callable[[Store], Sequence[Any]],
) -> Callable[[Store, int | None], Sequence[Any]]:
    """A listing that is the same whatever the register's year."""
    return lambda store, _year: listing(store)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordsView", text)


class RecordsView(RegisterView):
    def __init__(self, context: ViewContext, spec: RecordsSpec, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.spec = spec
        self.setObjectName(f"view_{spec.key}")
        self.table = TableView(spec.key, spec.columns(), spec.filters(), context.settings, self)
        actions = context.actions
        self.table.set_context_actions([actions[entry] for entry in ROW_MENU])
        self.table.activated.connect(self.edit)
        self.table.selection_changed.connect(self.selection_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    @property
    def store(self) -> Store:
        return self.context.store

    def refresh(self) -> None:
        try:
            rows = self.spec.load(self.store, self.year if self.spec.follows_year else None)
        except Exception as exc:  # a register that cannot be read is shown, not fatal
            show_error(self, exc)
            return
        self.table.set_rows(rows)

    def save_state(self) -> None:
        self.table.save_layout()

    def lists(self, kind: str) -> bool:
        return kind == self.spec.kind

    def show_record(self, kind: str, record_id: int) -> None:
        self.table.search.clear()
        self.table.select_ids([record_id], record_id)
        if record_id in self.table.selected_ids() and editors.can_edit(kind):
            self.edit(record_id)

    # --- actions -------------------------------------------------------------------

    def handles(self, action: ActionId) -> bool:
        selected = bool(self.table.table.selectionModel().hasSelection())
        if action == ActionId.NEW:
            return editors.can_edit(self.spec.kind)
        if action == ActionId.EDIT:
            return selected and editors.can_edit(self.spec.kind)
        if action == ActionId.DELETE:
            return selected and editors.can_delete()
        if action == ActionId.COPY:
            return self.table.proxy.rowCount() > 0
        return action == ActionId.FIND

    def perform(self, action: ActionId) -> None:
        if action == ActionId.NEW:
            self.create()
        elif action == ActionId.EDIT:
            current = self.table.current_id()
            selected = self.table.selected_ids()
            record_id = current if current in selected else (selected or [None])[0]
            if record_id is not None:
                self.edit(record_id)
        elif action == ActionId.DELETE:
            self.delete(self.table.selected_ids())
        elif action == ActionId.COPY:
            copied = self.table.copy_selection()
            text = _tr("Copied 1 row.") if copied == 1 else _tr("Copied %n rows.")
            self.message.emit(text.replace("%n", formatting.integer(copied)))
        elif action == ActionId.FIND:
            self.table.search.setFocus()
            self.table.search.selectAll()

    def create(self) -> None:
        saved = editors.open_editor(self, self.store, self.spec.kind, None, self.year)
        if saved is None:
            return
        after = undo.snapshot(self.store, self.spec.kind, saved)
        self.context.undo.push(
            _tr("Undo adding %1").replace("%1", after.name),
            lambda: undo.remove(self.store, after.kind, after.record_id, version=after.version),
        )
        self._changed([saved])

    def edit(self, record_id: int) -> None:
        try:
            before = undo.snapshot(self.store, self.spec.kind, record_id)
        except NotFoundError as exc:
            show_error(self, exc)
            self._changed([])
            return
        saved = editors.open_editor(self, self.store, self.spec.kind, record_id, self.year)
        if saved is None:
            return
        after = undo.snapshot(self.store, self.spec.kind, saved)
        if after.data != before.data or after.assessments != before.assessments:
            self.context.undo.push(
                _tr("Undo changes to %1").replace("%1", before.name),
                lambda: undo.put_back(self.store, before, version=after.version),
            )
        self._changed([saved])

    def delete(self, ids: Sequence[int]) -> None:
        if not ids:
            return
        undoable = len(ids) <= UNDO_LIMIT
        kept = [undo.snapshot(self.store, self.spec.kind, i) for i in ids] if undoable else []
        if not editors.delete_records(self, self.store, self.spec.kind, ids, undoable=undoable):
            return
        # Deleted records come back new; people marked as having left get their data back.
        now = {s.record_id: _current(self.store, s) for s in kept}
        gone = [s for s in kept if now[s.record_id] is None]
        changed = [(s, now[s.record_id]) for s in kept if now[s.record_id] not in (None, s)]
        if gone or changed:
            text = _undo_delete_text(gone, changed)
            self.context.undo.push(text, lambda: _restore(self.store, gone, changed))
        self._changed([])

    def _changed(self, select: Sequence[int]) -> None:
        self.refresh()
        if select:
            self.table.select_ids(select, select[0])
        self.changed.emit()


def _current(store: Store, kept: undo.Snapshot) -> undo.Snapshot | None:
    """The record now, or None where it is gone."""
    try:
        now = undo.snapshot(store, kept.kind, kept.record_id)
    except NotFoundError:
        return None
    return kept if (now.data, now.assessments) == (kept.data, kept.assessments) else now


def _undo_delete_text(gone: Sequence[undo.Snapshot], changed: Sequence[tuple]) -> str:
    names = [s.name for s in gone] + [s.name for s, _ in changed]
    if len(names) == 1:
        return _tr("Undo delete of %1").replace("%1", names[0])
    return _tr("Undo delete of %n records").replace("%n", formatting.integer(len(names)))


def _restore(
    store: Store,
    gone: Sequence[undo.Snapshot],
    changed: Sequence[tuple[undo.Snapshot, undo.Snapshot]],
) -> None:
    for snapshot in gone:
        undo.recreate(store, snapshot)
    for before, now in changed:
        undo.put_back(store, before, version=now.version)
