"""The positions-of-trust tab: board seats and the like the city holds through it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import Problem
from app.rows import PersonRow, PositionData, PositionRow
from app.validation import Checker
from ui.dialogs.membership.choice_delegate import ChoiceDelegate
from ui.dialogs.membership.lines_tab import LinesTab
from ui.dialogs.membership.position_model import (
    BODY,
    FROM,
    PERSON,
    TITLE,
    TO,
    PositionLine,
    PositionModel,
)
from ui.dialogs.membership.year_delegate import YearDelegate
from ui.dialogs.records import person_choices


class PositionsTab(LinesTab):
    def __init__(self, people: dict[int, PersonRow], parent: QWidget | None = None) -> None:
        self.people = people
        super().__init__(PositionModel(lambda: self.people), parent)
        self.setObjectName("positions_tab")
        self.default_year = 2000
        self.view.setItemDelegateForColumn(PERSON, ChoiceDelegate(self._person_choices, self.view))
        self.view.setItemDelegateForColumn(FROM, YearDelegate(parent=self.view))
        self.view.setItemDelegateForColumn(TO, YearDelegate(optional=True, parent=self.view))
        self.add_button = QPushButton(self.tr("Add positio&n"))
        self.add_button.setObjectName("add_position")
        self.add_button.clicked.connect(self.add_position)
        self.toolbar.addWidget(self.add_button)
        self.finish_toolbar()
        for column, width in ((TITLE, 230), (PERSON, 160), (FROM, 60), (TO, 60)):
            self.view.setColumnWidth(column, width)
        self.stretch_column(BODY)
        self.show_note(self.tr("For example: board member of UCLG, held by the Mayor, 2007–."))

    def _person_choices(self) -> list[tuple[int | None, str]]:
        return [(None, self.tr("(nobody named)")), *person_choices(self.people)]

    def set_positions(self, positions: Sequence[PositionRow]) -> None:
        self.model.set_lines(
            [PositionLine(p.title, p.body, p.person_id, p.from_year, p.to_year) for p in positions]
        )

    def lines(self) -> tuple[PositionLine, ...]:
        return tuple(self.model.lines)

    def position_data(self) -> tuple[PositionData, ...]:
        return tuple(
            PositionData(p.title, p.from_year, p.body, p.person_id, p.to_year)
            for p in self.model.lines
        )

    def add_position(self) -> None:
        row = self.model.append(PositionLine("", "", None, self.default_year, None))
        self.edit_cell(row, TITLE)

    def problems(self) -> list[Problem]:
        """Only what contradicts itself; an empty title waits for Save to be named."""
        check = Checker()
        for line in self.model.lines:
            check.years_in_order("positions", line.from_year, line.to_year)
        return check.problems
