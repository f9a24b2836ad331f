"""The first tab of the membership editor: whose membership, in what, and when."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from app.errors import Problem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import MembershipDetail
from app.store import Store
from app.validation import Checker
from app.vocabulary import MEMBERSHIP_STATUSES, MembershipStatus
from ui.dialogs.choice_combo import ChoiceCombo
from ui.dialogs.editor import EditorDialog, FormField
from ui.dialogs.fields import plain_problem
from ui.dialogs.record_combo import RecordCombo
from ui.dialogs.records import organisation_choices
from ui.dialogs.year_edit import YearEdit

NOTICE_NOT_KNOWN = -1


class GeneralTab(QWidget):
    def __init__(
        self, dialog: EditorDialog, store: Store, departments: Sequence[tuple[int, str]]
    ) -> None:
        super().__init__()
        self.store = store
        self.organisation = RecordCombo()
        self.organisation.set_records(organisation_choices(store))
        self.organisation.lineEdit().setPlaceholderText(
            self.tr("Type to search by name or acronym")
        )
        self.new_organisation = QPushButton(self.tr("Ne&w…"))
        self.new_organisation.setToolTip(self.tr("Add an organisation or network to the register"))
        self.new_organisation.clicked.connect(self.create_organisation)
        self.department = RecordCombo()
        self.department.set_records(departments)
        self.department.lineEdit().setPlaceholderText(self.tr("Type to search"))
        self.start_year = YearEdit()
        self.end_year = YearEdit()
        self.end_year.setPlaceholderText(self.tr("open"))
        self.status = ChoiceCombo(MEMBERSHIP_STATUSES.choices())
        self.notice = QSpinBox()
        self.notice.setRange(NOTICE_NOT_KNOWN, 120)
        self.notice.setSpecialValueText(self.tr("not known"))
        self.notice.setSuffix(self.tr(" months"))
        for widget in (self.status, self.notice):  # short values: no need to span the form
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            widget.setMinimumWidth(self.fontMetrics().horizontalAdvance("Notice given") + 60)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self._build(dialog)

    def _build(self, dialog: EditorDialog) -> None:
        dialog.add_fields(QFormLayout(self), [
            FormField(self.tr("&Organisation:"), "organisation_id", self.organisation,
                      [self.new_organisation]),
            FormField(self.tr("&Responsible department:"), "responsible_department_id",
                      self.department),
            FormField(self.tr("Start &year:"), "start_year", self.start_year),
            FormField(self.tr("&End year:"), "end_year", self.end_year),
            FormField(self.tr("S&tatus:"), "status", self.status),
            FormField(self.tr("Notice &period:"), "notice_months", self.notice),
            FormField(self.tr("&Notes:"), "notes", self.notes),
        ])  # fmt: skip

    def fill(self, detail: MembershipDetail | None, year: int) -> None:
        self.organisation.set_value(detail.organisation_id if detail else None)
        self.department.set_value(detail.responsible_department_id if detail else None)
        self.start_year.set_value(detail.start_year if detail else year)
        self.end_year.set_value(detail.end_year if detail else None)
        self.status.set_value(detail.status if detail else MembershipStatus.ACTIVE)
        notice = detail.notice_months if detail else None
        self.notice.setValue(NOTICE_NOT_KNOWN if notice is None else notice)
        self.notes.setPlainText(detail.notes if detail else "")

    def notice_months(self) -> int | None:
        value = self.notice.value()
        return None if value == NOTICE_NOT_KNOWN else value

    def snapshot(self) -> tuple[object, ...]:
        return (
            self.organisation.currentText(), self.department.currentText(),
            self.start_year.text(), self.end_year.text(), self.status.value(),
            self.notice.value(), self.notes.toPlainText(),
        )  # fmt: skip

    def missing(self) -> list[str]:
        """Labels of the required fields still empty."""
        missing = []
        if self.organisation.value() is None:
            missing.append(self.tr("Organisation"))
        if self.department.value() is None:
            missing.append(self.tr("Responsible department"))
        if self.start_year.value() is None:
            missing.append(self.tr("Start year"))
        return missing

    def unknown_names(self) -> list[Problem]:
        """Text in a picker that names no record: it must never be saved as 'none'."""
        problems = []
        if self.organisation.names_nothing():
            problems.append(plain_problem("organisation_id", self.tr(
                "No organisation or network has that name: choose one from the list, "
                "or add it with New…")))  # fmt: skip
        if self.department.names_nothing():
            problems.append(plain_problem("responsible_department_id", self.tr(
                "No department or company has that name: choose one from the list.")))  # fmt: skip
        return problems

    def problems(self) -> list[Problem]:
        """Cheap checks as the user types; a year is judged once it has four digits."""
        check = Checker()
        start, end = self.start_year.value(), self.end_year.value()
        complete_start = start if start is not None and start >= 1000 else None
        complete_end = end if end is not None and end >= 1000 else None
        if complete_start is not None:
            check.year("start_year", complete_start)
        if complete_end is not None:
            check.year("end_year", complete_end, required=False)
        check.years_in_order("end_year", complete_start, complete_end)
        if self.status.value() == MembershipStatus.ENDED and end is None:
            check.add("end_year", N_("app", "An ended membership needs an end year."))
        return check.problems + self.unknown_names()

    def check_names(self) -> None:
        if problems := self.unknown_names():
            raise ValidationError(problems)

    def create_organisation(self) -> None:
        """Adds a new organisation without leaving the membership."""
        from ui.dialogs.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.store, None, self)
        if self.organisation.names_nothing():  # what was typed is likely its name
            dialog.name.setText(self.organisation.currentText().strip())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.window().activateWindow()  # not every platform gives it back by itself
        if not accepted or dialog.saved_id is None:
            return
        self.organisation.set_records(organisation_choices(self.store))
        self.organisation.set_value(dialog.saved_id)
        self.department.setFocus()
