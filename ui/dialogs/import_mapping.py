"""The mapping dialog: which field each spreadsheet column is read as.

A page per sheet the import reads (`SheetMapping`), and the year of the list.
"Preview" stays disabled until the required fields have a column.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.spreadsheet.headers import FIELDS_OF_KIND
from app.spreadsheet.importer import ImportSource
from app.validation import FIRST_YEAR, LAST_YEAR
from ui.dialogs.import_mapping_model import field_label
from ui.dialogs.import_sheet_mapping import SheetMapping
from ui.widgets.labelled import labelled


class MappingDialog(QDialog):
    """Choose how each sheet is read, and the year; accepted means "show the preview"."""

    def __init__(self, source: ImportSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("import_mapping")
        self.setWindowTitle(self.tr("Import {name}").format(name=source.path.name))
        self.resize(900, 560)
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(FIRST_YEAR - 1, LAST_YEAR)  # the minimum reads "(give the year)"
        self.year.setSpecialValueText(self.tr("(give the year)"))
        self.year.setValue(source.year or self.year.minimum())
        self.tabs = QTabWidget(self)
        self.pages = [SheetMapping(s, self) for s in source.sheets if s.kind in FIELDS_OF_KIND]
        for page in self.pages:
            self.tabs.addTab(page, page.sheet.name)
            page.changed.connect(self._check)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, parent=self)
        self.preview = self.buttons.addButton(
            self.tr("Preview…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.year.valueChanged.connect(self._check)
        layout = QVBoxLayout(self)
        intro = self.tr("Check which field each column is read as; change any that is wrong.")
        layout.addWidget(QLabel(intro, self))
        layout.addLayout(labelled(self.tr("The list is the register of"), self.year))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._check()

    def chosen_year(self) -> int | None:
        return self.year.value() if self.year.value() >= FIRST_YEAR else None

    def missing(self) -> list[str]:
        """What must still be chosen, in words."""
        wanted = []
        if self.chosen_year() is None:
            wanted.append(self.tr("the year of the list"))
        for page in self.pages:
            kind = page.sheet.kind or "memberships"
            for field in FIELDS_OF_KIND[kind]:
                if field.required and field.key not in page.sheet.mapping:
                    wanted.append(self.tr("'{field}' in sheet '{sheet}'").format(
                        field=field_label(kind, field.key), sheet=page.sheet.name))  # fmt: skip
        if not self.pages:
            wanted.append(self.tr("a sheet with a list of memberships"))
        return wanted

    def _check(self) -> None:
        missing = self.missing()
        self.preview.setEnabled(not missing)
        text = (
            self.tr("Still to choose: {what}.").format(what=", ".join(missing)) if missing else ""
        )
        self.status.setText(text)
