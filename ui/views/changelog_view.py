"""The change log: who changed what and when, filtered by record, person and date.

The table lists entries newest first; below it, the selected entry's fields
with their values before and after. `show_record_history` opens the same view
on one record (with its fees, contacts and the like), for the editors.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import DatabaseError, RegisterError
from app.rows import ChangeLogRow
from app.services import changelog
from app.services.change_text import entity_label
from app.store import Store
from ui.errors import show_error
from ui.models.changelog_model import ROW_ROLE, SORT_ROLE, ChangeLogModel
from ui.models.changelog_model import app_text as _app
from ui.models.field_changes_model import FieldChangesModel

LIMIT = 5_000
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any date" (shown as their special text)
FILTERED_KINDS = ("organisation", "department", "person", "membership", "fee", "contact",
                  "position", "assessment", "exchange_rate", "review", "decision")  # fmt: skip


class ChangeLogView(QWidget):
    """All of the change log, or one record's history when `record` is given."""

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        record: tuple[str, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.record = record
        self.model = ChangeLogModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.fields_model = FieldChangesModel(self)
        self.status = QLabel(self)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        layout = QVBoxLayout(self)
        if record is None:
            layout.addLayout(self._filter_bar())
        layout.addWidget(self._tables(), 1)
        layout.addWidget(self.status)
        self.refresh()

    # --- building ----------------------------------------------------------------

    def _filter_bar(self) -> QHBoxLayout:
        self.kind = QComboBox(self, objectName="kind")
        self.kind.addItem(self.tr("All records"), None)
        for entity in FILTERED_KINDS:
            self.kind.addItem(_app(entity_label(entity)), entity)
        self.search = QLineEdit(self, objectName="search", clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Name of the record contains…"))
        self.person = QComboBox(self, objectName="person")
        self.first_day, self.last_day = self._date_edit("first_day"), self._date_edit("last_day")
        bar = QHBoxLayout()
        for label, widget in (
            (self.tr("&Record:"), self.kind), (None, self.search),
            (self.tr("&Person:"), self.person), (self.tr("&From:"), self.first_day),
            (self.tr("&To:"), self.last_day),
        ):  # fmt: skip
            if label:
                caption = QLabel(label, self)
                caption.setBuddy(widget)
                bar.addWidget(caption)
            bar.addWidget(widget, 2 if widget is self.search else 0)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.person.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.first_day.dateChanged.connect(self.refresh)
        self.last_day.dateChanged.connect(self.refresh)
        self._fill_people()
        return bar

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self, objectName=name, calendarPopup=True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))  # shown while at NO_DATE
        edit.setDate(NO_DATE)
        return edit

    def _tables(self) -> QSplitter:
        self.table = QTableView(self, objectName="entries")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 90, 70, 130, 260)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._show_fields)
        self.fields = QTableView(self, objectName="fields")
        self.fields.setModel(self.fields_model)
        self.fields.verticalHeader().hide()
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setWordWrap(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.fields)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        return splitter

    def _fill_people(self) -> None:
        current = self.person.currentData()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        try:
            for actor in changelog.actors(self.store):
                self.person.addItem(actor, actor)
        except (DatabaseError, RegisterError) as exc:
            show_error(self, exc)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)

    # --- reading -----------------------------------------------------------------

    def wanted(self) -> changelog.ChangeLogFilter:
        """What the filter bar asks for."""
        return changelog.ChangeLogFilter(
            entity=self.kind.currentData(),
            actor=self.person.currentData(),
            first_day=_day(self.first_day),
            last_day=_day(self.last_day),
            text=self.search.text(),
            limit=LIMIT,
        )

    def refresh(self) -> None:
        """Reads the entries again (after a filter changed, or someone wrote)."""
        try:
            if self.record is not None:
                rows = changelog.record_history(self.store, *self.record)
            else:
                rows = changelog.change_log(self.store, self.wanted())
        except (DatabaseError, RegisterError) as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        self.fields_model.set_row(None)
        if rows:
            self.table.selectRow(0)
        self._show_count(len(rows))

    def refresh_people(self) -> None:
        if self.record is None:
            self._fill_people()

    def _show_count(self, count: int) -> None:
        if count >= LIMIT:
            text = self.tr(
                "The newest %n changes; narrow the filters to see older ones.", "", count
            )
        elif count == 0:
            text = self.tr("No changes match these filters.")
        else:
            text = self.tr("%n change(s).", "", count)
        self.status.setText(text)

    def selected(self) -> ChangeLogRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _show_fields(self, *_args: object) -> None:
        self.fields_model.set_row(self.selected())
        self.fields.resizeRowsToContents()


def _day(edit: QDateEdit) -> dt.date | None:
    date = edit.date()
    return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())


def show_record_history(
    parent: QWidget | None, store: Store, entity: str, entity_id: int
) -> QDialog:
    """One record's history in a dialog of its own (not modal: the editor stays usable)."""
    dialog = QDialog(parent, objectName="record_history")
    dialog.setWindowTitle(
        QCoreApplication.translate("dialog", "History of this %1").replace(
            "%1", _app(entity_label(entity)).lower()
        )
    )
    view = ChangeLogView(store, dialog, record=(entity, entity_id))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(view)
    layout.addWidget(buttons)
    dialog.resize(900, 560)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
