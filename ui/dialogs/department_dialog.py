"""The editor of an administration (förvaltning) or city-owned company (bolag)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from app.errors import Problem
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import DepartmentData, DepartmentRow
from app.services import departments
from app.store import Store
from app.validation import Checker
from app.vocabulary import DEPARTMENT_KINDS
from ui.dialogs.choice_combo import ChoiceCombo
from ui.dialogs.editor import EditorDialog, EditorWords, FormField, RecordCalls
from ui.dialogs.record_combo import RecordCombo
from ui.dialogs.records import people_by_id, person_choices
from ui.dialogs.year_edit import YearEdit


class DepartmentDialog(EditorDialog):
    entity = "department"
    words = EditorWords(
        N_("DepartmentDialog", "New department or company"),
        N_("DepartmentDialog", "Department: {0}"),
        N_("DepartmentDialog", "this department"),
    )
    calls = RecordCalls(
        departments.get_department, departments.create_department, departments.update_department
    )

    def __init__(
        self, store: Store, department_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, department_id, parent)
        self.setObjectName("department_dialog")
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("e.g. SLK"))
        self.kind = ChoiceCombo(DEPARTMENT_KINDS.choices())
        self.coordinator = RecordCombo(
            optional=True,
            unknown=self.tr(
                "No person has that name: choose one from the list, or leave it empty."
            ),
        )
        self.coordinator.set_records(person_choices(people_by_id(store)))
        self.coordinator.lineEdit().setPlaceholderText(self.tr("No coordinator"))
        self.strategy_year = YearEdit()
        self.strategy_note = QLabel(self.tr("the year it was adopted; empty if none"))
        self.open_form(
            [
                FormField(self.tr("&Name:"), "name", self.name),
                FormField(self.tr("S&hort name:"), "short_name", self.short_name),
                FormField(self.tr("&Kind:"), "kind", self.kind),
                FormField(self.tr("&Coordinator:"), "coordinator_id", self.coordinator),
                FormField(
                    self.tr("International &strategy:"),
                    "strategy_year",
                    self.strategy_year,
                    [self.strategy_note],
                ),
            ],
            width=520,
        )

    def fill(self, row: DepartmentRow | None) -> None:
        self.show_fields(row.data() if row else DepartmentData(""))

    def collect(self) -> DepartmentData:
        return DepartmentData(**self.field_values())

    def live_problems(self) -> list[Problem]:
        check = Checker()
        check.year("strategy_year", self.strategy_year.value(), required=False)
        return check.problems + self.unknown_names()
