"""The editable table models of the membership editor pass Qt's model checks."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import people, rates
from tests.support.builders import SmallRegister
from ui.dialogs.membership.contact_model import ContactLine, ContactModel
from ui.dialogs.membership.fee_model import AMOUNT, SEK, FeeLine, FeeModel
from ui.dialogs.membership.participants_model import ParticipantsModel
from ui.dialogs.membership.position_model import PositionLine, PositionModel


def test_fee_model(qtmodeltester, sqlite_store, reg: SmallRegister) -> None:
    model = FeeModel(rates.rate_table(sqlite_store))
    model.set_lines([FeeLine(2006, Decimal("4500"), "EUR"), FeeLine(2007, None, "GBP")])
    qtmodeltester.check(model)
    assert model.setData(model.index(1, AMOUNT), "1.234,5")  # a typed amount, read
    assert model.lines[1].amount == Decimal("1234.5")
    assert model.index(1, SEK).data() == "no rate"  # no GBP rate on record
    assert model.setData(model.index(0, AMOUNT), "4 500 kr?")
    assert model.index(0, AMOUNT).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "is not an amount" in model.index(0, AMOUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(model.index(0, SEK)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model)


def test_contact_model(qtmodeltester, sqlite_store, reg: SmallRegister) -> None:
    everyone = {p.id: p for p in people.list_people(sqlite_store)}
    model = ContactModel(lambda: everyone)
    model.set_lines([ContactLine(reg.anna, "primary"), ContactLine(reg.sara, "deputy")])
    qtmodeltester.check(model)
    assert model.index(1, 3).data() == "Miljöförvaltningen"
    model.remove_rows([0])
    assert model.rowCount() == 1
    qtmodeltester.check(model)


def test_position_model(qtmodeltester, sqlite_store, reg: SmallRegister) -> None:
    everyone = {p.id: p for p in people.list_people(sqlite_store)}
    model = PositionModel(lambda: everyone)
    model.set_lines([PositionLine("Board member", "UCLG", reg.anna, 2007, 2005)])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "Anna Berg"
    assert model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == "It ends before it begins."
    assert model.setData(model.index(0, 4), None)
    assert model.index(0, 4).data() == ""
    model.append(PositionLine("", "", None, 2008, None))
    qtmodeltester.check(model)


def test_participants_model(qtmodeltester) -> None:
    model = ParticipantsModel()
    model.set_departments([(1, "Miljöförvaltningen"), (2, "Stadsledningskontoret"), (3, "SVAB")])
    model.set_chosen([1, 2])
    model.set_responsible(2)
    qtmodeltester.check(model)
    assert model.participant_ids() == (1,)  # the responsible one is not a participant
    assert model.index(1).data() == "Stadsledningskontoret — responsible"
    assert not model.flags(model.index(1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(
        model.index(1), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(
        model.index(2), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.participant_ids() == (1, 3)
    model.set_responsible(1)
    assert model.participant_ids() == (2, 3)
    qtmodeltester.check(model)
