"""The fees tab: the fee of each year, in its currency, with its value in SEK."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtWidgets import QPushButton, QWidget

from app.errors import Problem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.rows import FeeData, FeeRow
from app.valuation import Rates
from ui.dialogs.choices import currencies
from ui.dialogs.fields import plain_problem
from ui.dialogs.membership.choice_delegate import ChoiceDelegate
from ui.dialogs.membership.fee_model import AMOUNT, CURRENCY, RATE, SEK, YEAR, FeeLine, FeeModel
from ui.dialogs.membership.lines_tab import LinesTab
from ui.dialogs.membership.year_delegate import YearDelegate


class FeesTab(LinesTab):
    def __init__(self, rates: Rates, parent: QWidget | None = None) -> None:
        super().__init__(FeeModel(rates), parent)
        self.setObjectName("fees_tab")
        self.default_year = 2000
        self.view.setItemDelegateForColumn(YEAR, YearDelegate(parent=self.view))
        self.view.setItemDelegateForColumn(
            CURRENCY, ChoiceDelegate(lambda: [(c, c) for c in currencies()], self.view)
        )
        self.add_button = QPushButton(self.tr("Add fe&e"))
        self.add_button.setObjectName("add_fee")
        self.add_button.clicked.connect(self.add_fee)
        self.toolbar.addWidget(self.add_button)
        self.finish_toolbar()
        for column, width in ((YEAR, 70), (AMOUNT, 140), (CURRENCY, 90), (RATE, 90), (SEK, 150)):
            self.view.setColumnWidth(column, width)
        self.view.horizontalHeader().setStretchLastSection(False)
        self.show_note(
            self.tr(
                "Type amounts as you write them, e.g. 12 500,50. The value in SEK uses the "
                "exchange rate of the fee's year, or the latest earlier one."
            )
        )

    def set_fees(self, fees: Sequence[FeeRow]) -> None:
        self.model.set_lines([FeeLine(f.year, f.amount, f.currency) for f in fees])

    def lines(self) -> tuple[FeeLine, ...]:
        return tuple(self.model.lines)

    def add_fee(self) -> None:
        """A new year after the last one, in the last currency, ready for its amount."""
        lines = self.model.lines
        year = max((f.year for f in lines), default=self.default_year - 1) + 1
        currency = lines[-1].currency if lines else "EUR"
        row = self.model.append(FeeLine(year, None, currency))
        self.edit_cell(row, AMOUNT)

    def problems(self) -> list[Problem]:
        """What is wrong with the fees as typed: unreadable amounts, a year twice."""
        problems = [plain_problem("fees", text) for _, text in self.model.problems()]
        twice = sorted(y for y, n in Counter(f.year for f in self.model.lines).items() if n > 1)
        if twice:
            problems.append(Problem("fees", N_("app", "There are two fees for {year}."),
                                    {"year": twice[0]}))  # fmt: skip
        return problems

    def fee_data(self) -> tuple[FeeData, ...]:
        unreadable = [plain_problem("fees", text) for _, text in self.model.problems()]
        if unreadable:
            raise ValidationError(unreadable)
        return tuple(
            FeeData(f.year, f.amount, f.currency) for f in self.model.lines if f.amount is not None
        )
