"""Editing one membership's assessment of a year: its added value and what it took.

`AssessmentDialog(store, membership_id, year)` loads the year's assessment (or
starts a new one), saves it through `save_assessment` when accepted and keeps
the saved row in `saved`. Problems are shown beside their fields; a year whose
review is closed opens read-only. Used by the review view and the membership
editor alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import AssessmentData, AssessmentRow
from app.services.assessments import assessment_for, save_assessment
from app.services.frozen import is_frozen
from app.services.memberships import get_membership
from app.store import Store
from app.vocabulary import RATINGS, RECOMMENDATIONS, Recommendation
from ui import formatting
from ui.errors import show_error


class AssessmentDialog(QDialog):
    def __init__(
        self,
        store: Store,
        membership_id: int,
        year: int,
        parent: QWidget | None = None,
        *,
        organisation: str = "",
    ) -> None:
        super().__init__(parent)
        self.store, self.membership_id, self.year = store, membership_id, year
        self.current: AssessmentRow | None = assessment_for(store, membership_id, year)
        self.saved: AssessmentRow | None = None
        self.read_only = is_frozen(store, year)
        name = organisation or get_membership(store, membership_id).organisation
        self.setWindowTitle(self.tr("Assessment {0}: {1}").format(year, name))
        self.errors: dict[str, QLabel] = {}
        self._build()
        self._load(self.current)
        self.setMinimumWidth(520)

    def _build(self) -> None:
        self.added_value = QPlainTextEdit(self)
        self.added_value.setTabChangesFocus(True)
        self.added_value.setPlaceholderText(self.tr("What did the membership give the city?"))
        self.rating = QComboBox(self)
        self.rating.addItem(RATINGS.label(None), None)
        for key, text in RATINGS.choices():
            self.rating.addItem(text, int(key))
        self.meetings, self.groups, self.positions = (QSpinBox(self) for _ in range(3))
        for spin in (self.meetings, self.groups, self.positions):
            spin.setRange(0, 9999)
        self.other_costs = QLineEdit(self)
        self.other_costs.setPlaceholderText(self.tr("travel and the like, in SEK"))
        self.recommendation = QComboBox(self)
        for key, word in RECOMMENDATIONS.choices():
            self.recommendation.addItem(word, key)
        self.assessed_by = QLineEdit(self)
        self.assessed_on = QDateEdit(self)
        self.assessed_on.setCalendarPopup(True)
        form = QFormLayout()
        rows = (
            ("added_value", self.tr("&Added value:"), self.added_value),
            ("rating", self.tr("&Rating:"), self.rating),
            ("meetings_attended", self.tr("&Meetings attended:"), self.meetings),
            ("working_groups", self.tr("&Working groups:"), self.groups),
            ("positions_held", self.tr("&Positions held:"), self.positions),
            ("other_costs_sek", self.tr("&Other costs (SEK):"), self.other_costs),
            ("recommendation", self.tr("Re&commendation:"), self.recommendation),
            ("assessed_by", self.tr("Assessed &by:"), self.assessed_by),
            ("assessed_on", self.tr("Assessed &on:"), self.assessed_on),
        )
        for field, text, widget in rows:
            widget.setObjectName(field)
            form.addRow(text, widget)
            error = QLabel(self)
            error.setObjectName(f"error_{field}")
            error.setStyleSheet("color: #b00020")
            error.setWordWrap(True)
            error.hide()
            form.addRow("", error)
            self.errors[field] = error
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet("color: #b00020")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        buttons = QDialogButtonBox(self)
        if self.read_only:
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        else:
            buttons.setStandardButtons(
                QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.read_only:
            note = QLabel(self.tr("The review of {0} is closed: this is read-only.").format(
                self.year), self)  # fmt: skip
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

    def _load(self, row: AssessmentRow | None) -> None:
        self.added_value.setPlainText(row.added_value if row else "")
        self.rating.setCurrentIndex(self.rating.findData(row.rating if row else None))
        self.meetings.setValue(row.meetings_attended if row else 0)
        self.groups.setValue(row.working_groups if row else 0)
        self.positions.setValue(row.positions_held if row else 0)
        costs = row.other_costs_sek if row else Decimal(0)
        self.other_costs.setText(formatting.amount(costs) if costs else "")
        value = row.recommendation if row else Recommendation.UNDECIDED.value
        self.recommendation.setCurrentIndex(self.recommendation.findData(value))
        self.assessed_by.setText(row.assessed_by if row else self.store.actor)
        day = (row.assessed_on if row else None) or dt.date.today()
        self.assessed_on.setDate(QDate(day.year, day.month, day.day))
        for widget in (self.added_value, self.other_costs, self.assessed_by):
            widget.setReadOnly(self.read_only)
        for widget in (self.rating, self.meetings, self.groups, self.positions,
                       self.recommendation, self.assessed_on):  # fmt: skip
            widget.setEnabled(not self.read_only)

    def data(self) -> AssessmentData:
        """What the form holds; ValidationError where the costs are not an amount."""
        try:
            costs = formatting.parse_amount(self.other_costs.text()) or Decimal(0)
        except ValueError:
            raise ValidationError.one(
                "other_costs_sek",
                N_("app", "'{value}' is not an amount."),
                value=self.other_costs.text(),
            ) from None
        return AssessmentData(
            membership_id=self.membership_id,
            year=self.year,
            added_value=self.added_value.toPlainText(),
            rating=self.rating.currentData(),
            meetings_attended=self.meetings.value(),
            working_groups=self.groups.value(),
            positions_held=self.positions.value(),
            other_costs_sek=costs,
            recommendation=self.recommendation.currentData(),
            assessed_by=self.assessed_by.text(),
            assessed_on=self.assessed_on.date().toPython(),
        )

    def accept(self) -> None:
        if self.read_only:
            super().accept()
            return
        for error in (*self.errors.values(), self.general_error):
            error.hide()
        try:
            version = self.current.version if self.current else None
            self.saved = save_assessment(self.store, self.data(), version=version)
        except ValidationError as exc:
            self._show_problems(exc)
            return
        except ConflictError as exc:
            # Saving again overwrites theirs, as the message says, knowingly.
            self.current = exc.current if isinstance(exc.current, AssessmentRow) else None
            show_error(self, exc)
            return
        except Exception as exc:  # a lost database: the one error path
            show_error(self, exc)
            return
        super().accept()

    def _show_problems(self, exc: ValidationError) -> None:
        for problem in exc.problems:
            target = self.errors.get(problem.field, self.general_error)
            target.setText(problem.text())
            target.show()
