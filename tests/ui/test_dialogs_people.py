"""The department and person editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import departments, people
from tests.support.modal import hide
from ui.dialogs.department_dialog import DepartmentDialog
from ui.dialogs.person_dialog import PersonDialog

Accepted = QDialog.DialogCode.Accepted
LEFT = Qt.MouseButton.LeftButton


def show(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog, before_close_func=hide)
    dialog.show()
    return dialog


def test_create_a_department_with_a_coordinator(qtbot, sqlite_store, reg) -> None:
    dialog = show(qtbot, DepartmentDialog(sqlite_store, None))
    qtbot.keyClicks(dialog.name, "Kulturforvaltningen")
    qtbot.keyClicks(dialog.short_name, "KF")
    qtbot.keyClicks(dialog.coordinator.lineEdit(), "Anna Berg")
    qtbot.keyClicks(dialog.strategy_year, "2006")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == Accepted
    saved = departments.get_department(sqlite_store, dialog.saved_id)
    assert (saved.name, saved.short_name, saved.coordinator, saved.strategy_year) == (
        "Kulturforvaltningen", "KF", "Anna Berg", 2006,
    )  # fmt: skip


def test_a_coordinator_nobody_is_called_is_never_saved_as_none(qtbot, sqlite_store, reg) -> None:
    dialog = show(qtbot, DepartmentDialog(sqlite_store, reg.slk))
    qtbot.keyClicks(dialog.coordinator.lineEdit(), "Nobody Known")
    assert "No person has that name" in dialog.error_text("coordinator_id")
    assert not dialog.save()
    assert departments.get_department(sqlite_store, reg.slk).version == 1


def test_an_implausible_strategy_year_is_shown_beside_it(qtbot, sqlite_store, reg) -> None:
    dialog = show(qtbot, DepartmentDialog(sqlite_store, reg.slk))
    qtbot.keyClicks(dialog.strategy_year, "207")
    assert dialog.error_text("strategy_year") == "207 is not a plausible year."
    qtbot.keyClicks(dialog.strategy_year, "0")
    assert dialog.error_text("strategy_year") == ""


def test_duplicate_department_name_is_refused_beside_the_name(qtbot, sqlite_store, reg) -> None:
    dialog = show(qtbot, DepartmentDialog(sqlite_store, None))
    qtbot.keyClicks(dialog.name, "STADSLEDNINGSKONTORET")
    assert not dialog.save()
    assert "already exists" in dialog.error_text("name")


def test_create_a_person_and_check_the_address_once_typed(qtbot, sqlite_store, reg) -> None:
    dialog = show(qtbot, PersonDialog(sqlite_store, None))
    qtbot.keyClicks(dialog.name, "Per Holm")
    dialog.email.setFocus()
    qtbot.keyClicks(dialog.email, "per.holm")
    assert dialog.error_text("email") == ""  # not judged while typing
    dialog.email.editingFinished.emit()  # as when the cursor leaves the field
    assert dialog.error_text("email") == "'per.holm' is not an e-mail address."
    qtbot.keyClicks(dialog.email, "@stockholm.se")
    assert dialog.error_text("email") == ""
    qtbot.keyClicks(dialog.department.lineEdit(), "Stadsledningskontoret (SLK)")
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert dialog.result() == Accepted
    saved = people.get_person(sqlite_store, dialog.saved_id)
    assert (saved.email, saved.department, saved.active) == (
        "per.holm@stockholm.se", "Stadsledningskontoret", True,
    )  # fmt: skip


def test_mark_a_person_as_having_left(qtbot, sqlite_store, reg) -> None:
    dialog = show(qtbot, PersonDialog(sqlite_store, reg.sara))
    assert dialog.department.currentText() == "Miljöförvaltningen (MF)"
    dialog.has_left.setFocus()
    qtbot.keyClick(dialog.has_left, Qt.Key.Key_Space)
    assert dialog.isWindowModified()
    assert dialog.save()
    assert not people.get_person(sqlite_store, reg.sara).active
