"""The editor of an administration (förvaltning) or city-owned company (bolag)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.errors import Problem, ValidationError
from app.rows import DepartmentData, DepartmentRow
from app.services import departments
from app.store import Store
from app.validation import Checker
from app.vocabulary import DEPARTMENT_KINDS
from ui.dialogs.editor import EditorDialog
from ui.dialogs.fields import ChoiceCombo, RecordCombo, YearEdit, plain_problem
from ui.dialogs.records import people_by_id, person_choices


class DepartmentDialog(EditorDialog):
    entity = "department"

    def __init__(
        self, store: Store, department_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(store, department_id, parent)
        self.setObjectName("department_dialog")
        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("e.g. SLK"))
        self.kind = ChoiceCombo(DEPARTMENT_KINDS.choices())
        self.coordinator = RecordCombo(optional=True)
        self.coordinator.set_records(person_choices(people_by_id(store)))
        self.coordinator.lineEdit().setPlaceholderText(self.tr("No coordinator"))
        self.strategy_year = YearEdit()
        self.strategy_note = QLabel(self.tr("the year it was adopted; empty if none"))
        for widget, name in (
            (self.name, "name"), (self.short_name, "short_name"), (self.kind, "kind"),
            (self.coordinator, "coordinator_id"), (self.strategy_year, "strategy_year"),
        ):  # fmt: skip
            widget.setObjectName(name)
        self._build_form()
        self.resize(520, self.sizeHint().height())
        self.start()

    def _build_form(self) -> None:
        content = QWidget()
        form = QFormLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        add = self.add_field
        add(form, self.tr("&Name:"), "name", self.name, self.name.textChanged)
        add(
            form,
            self.tr("S&hort name:"),
            "short_name",
            self.short_name,
            self.short_name.textChanged,
        )
        add(form, self.tr("&Kind:"), "kind", self.kind, self.kind.currentIndexChanged)
        add(
            form,
            self.tr("&Coordinator:"),
            "coordinator_id",
            self.coordinator,
            self.coordinator.currentTextChanged,
        )
        add(
            form,
            self.tr("International &strategy:"),
            "strategy_year",
            self.strategy_year,
            self.strategy_year.textChanged,
            [self.strategy_note],
        )
        self.set_content(content)

    def fetch(self, record_id: int) -> DepartmentRow:
        return departments.get_department(self.store, record_id)

    def create(self, data: DepartmentData) -> DepartmentRow:
        return departments.create_department(self.store, data)

    def update(self, record_id: int, data: DepartmentData, version: int | None) -> DepartmentRow:
        return departments.update_department(self.store, record_id, data, version=version)

    def fill(self, row: DepartmentRow | None) -> None:
        data = row.data() if row else DepartmentData("")
        self.name.setText(data.name)
        self.short_name.setText(data.short_name)
        self.kind.set_value(data.kind)
        self.coordinator.set_value(data.coordinator_id)
        self.strategy_year.set_value(data.strategy_year)

    def collect(self) -> DepartmentData:
        if self.coordinator.names_nothing():  # never save "no coordinator" by mistake
            raise ValidationError([self._no_such_person()])
        return DepartmentData(
            name=self.name.text(),
            short_name=self.short_name.text(),
            kind=self.kind.value(),
            coordinator_id=self.coordinator.value(),
            strategy_year=self.strategy_year.value(),
        )

    def snapshot(self) -> object:
        return (super().snapshot(), self.coordinator.currentText())

    def live_problems(self) -> list[Problem]:
        check = Checker()
        check.year("strategy_year", self.strategy_year.value(), required=False)
        if self.coordinator.names_nothing():
            check.problems.append(self._no_such_person())
        return check.problems

    def _no_such_person(self) -> Problem:
        return plain_problem(
            "coordinator_id",
            self.tr("No person has that name: choose one from the list, or leave it empty."),
        )

    def title(self, row: DepartmentRow | None) -> str:
        if row is None:
            return self.tr("New department or company")
        return self.tr("Department: {0}").format(row.name)

    def this_record(self) -> str:
        return self.tr("this department")

    def missing_required(self) -> list[str]:
        return [] if self.name.text().strip() else [self.tr("Name")]
