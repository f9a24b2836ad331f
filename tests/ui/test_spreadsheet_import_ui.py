"""Importing from the window: the mapping dialog, the preview, the whole flow."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QWidget

from app.services import register
from app.spreadsheet.importer import open_source, plan_import
from tests.support.spreadsheets import legacy_example
from ui.dialogs.import_mapping import MappingDialog
from ui.dialogs.import_mapping_model import FIELD_COLUMN, MappingModel
from ui.dialogs.import_preview import BACK, PreviewDialog
from ui.dialogs.import_problems_model import ProblemsModel
from ui.import_flow import ImportFlow
from ui.settings import IMPORT_FOLDER, Settings


def broken_list(path: Path) -> Path:
    book = Workbook()
    book.active.title = "Lista"
    book.active.append(["Organisation", "Förvaltning/bolag", "Årsavgift"])
    book.active.append(["Metropolis", "Stadsledningskontoret", "sex tusen"])
    book.active.append(["POLIS", "Trafikkontoret", 5000])
    book.save(path)
    return path


def test_mapping_model(qtmodeltester) -> None:
    source = open_source(legacy_example())
    model = MappingModel(source.sheets[0])
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(3)] == [
        "Organisation",
        "Typ",
        "Förvaltning/bolag",
    ]
    assert model.index(5, 2).data() == "15600; 4 500; 9800"
    assert model.index(5, FIELD_COLUMN).data() == "Fee"
    assert model.setData(model.index(5, FIELD_COLUMN), None)
    assert source.sheets[0].mapping[5] is None
    assert model.index(5, FIELD_COLUMN).data() == "(not imported)"
    model.set_header_row(1)  # the title row: nothing is recognised there
    assert source.sheets[0].mapping[:2] == ["organisation", None]


def test_mapping_dialog_asks_for_what_is_missing(qtbot) -> None:
    source = open_source(legacy_example())
    dialog = MappingDialog(source)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview.isEnabled() and dialog.chosen_year() == 2007
    table = dialog.pages[0].table
    index = table.model().index(2, FIELD_COLUMN)  # Förvaltning/bolag
    table.setCurrentIndex(index)
    table.edit(index)
    combo = table.indexWidget(index) or QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(0)  # (not imported)
    combo.activated.emit(0)
    qtbot.waitUntil(lambda: not dialog.preview.isEnabled())
    assert "Responsible department" in dialog.status.text()
    dialog.year.setValue(dialog.year.minimum())
    assert "the year of the list" in dialog.status.text()


def test_problems_model_and_preview(qtbot, qtmodeltester, tmp_path) -> None:
    plan = plan_import(None, open_source(broken_list(tmp_path / "lista 2007.xlsx")))
    model = ProblemsModel(plan.problems)
    qtmodeltester.check(model)
    row = [model.index(0, c).data() for c in range(5)]
    assert row == ["Problem", "Lista", "2", "C (Årsavgift)", "'sex tusen' is not an amount."]
    dialog = PreviewDialog(plan)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    assert "1 problem(s)" in dialog.findChild(QWidget, "summary").text()
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.skip_bad_rows()
    back = next(b for b in dialog.buttons.buttons() if b.text() == "Back")
    back.click()
    assert dialog.result() == BACK


@pytest.fixture
def flow(qtbot, sqlite_store, tmp_path) -> ImportFlow:
    window = QWidget()
    qtbot.addWidget(window)
    return ImportFlow(window, sqlite_store, Settings(str(tmp_path / "settings.ini")))


def press(text: str):
    def action(dialog: QDialog) -> None:
        buttons = dialog.buttons.buttons()  # type: ignore[attr-defined]
        next(b for b in buttons if b.text().replace("&", "") == text).click()

    return action


def test_the_whole_import(qtbot, flow, sqlite_store, modal) -> None:
    modal.when(MappingDialog, press("Preview…"))
    modal.when(PreviewDialog, press("Import"))
    modal.answer("OK")
    with qtbot.waitSignal(flow.imported, timeout=60_000) as done:
        flow.start(legacy_example())
    qtbot.waitUntil(lambda: bool(modal.seen))
    assert done.args[0].counts["memberships"].create == 24
    assert register.year_summary(sqlite_store, 2007).memberships == 24
    assert modal.seen[0].startswith("The register of 2007 is imported.")
    assert flow.settings.get(IMPORT_FOLDER) == str(legacy_example().parent)


def test_back_to_the_mapping_then_cancel_writes_nothing(
    qtbot, flow, sqlite_store, tmp_path, modal
) -> None:
    def remap(dialog: QDialog) -> None:
        model = dialog.pages[0].model  # type: ignore[attr-defined]
        model.setData(model.index(2, FIELD_COLUMN), None)  # the fee column: not read
        press("Preview…")(dialog)

    modal.when(MappingDialog, press("Preview…"))
    modal.when(PreviewDialog, press("Back"))
    modal.when(MappingDialog, remap)
    modal.when(PreviewDialog, press("Cancel"))
    flow.start(broken_list(tmp_path / "lista 2007.xlsx"))
    qtbot.waitUntil(lambda: not modal.dialog_actions, timeout=60_000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert flow.source is not None and flow.source.sheets[0].mapping[2] is None
    assert register.year_summary(sqlite_store, 2007).memberships == 0


def test_a_file_that_is_no_workbook_is_explained(qtbot, flow, tmp_path, modal) -> None:
    path = tmp_path / "list.xlsx"
    path.write_text("Organisation;Avgift")
    modal.answer("OK")
    task = flow.start(path)
    with qtbot.waitSignal(task.error, timeout=30_000):
        pass
    qtbot.waitUntil(lambda: bool(modal.seen))
    assert "list.xlsx is not an Excel workbook" in modal.seen[0]


def test_the_preview_lists_what_changes(qtbot, qtmodeltester, reg, sqlite_store, tmp_path) -> None:
    from ui.dialogs.import_changes_model import ChangesModel

    book = Workbook()
    book.active.title = "Lista 2007"
    book.active.append(["Organisation", "Förvaltning/bolag", "Avgift (EUR)"])
    book.active.append(["Eurocities (EC)", "SLK", "16 000"])
    book.active.append(["Metropolis", "Stadsledningskontoret", 6000])
    book.save(tmp_path / "lista.xlsx")
    plan = plan_import(sqlite_store, open_source(tmp_path / "lista.xlsx"))
    model = ChangesModel(plan.changes())
    qtmodeltester.check(model)
    shown = {
        (model.index(r, 0).data(), model.index(r, 1).data()): (
            model.index(r, 2).data(), model.index(r, 3).data(), model.index(r, 4).data(),
        )
        for r in range(model.rowCount())
    }  # fmt: skip
    assert shown == {
        ("Memberships", "Eurocities – Stadsledningskontoret"): ("updated", "Fee", "Lista 2007, 2"),
        ("Organisations and networks", "Metropolis"): ("new", "", "Lista 2007, 3"),
        ("Memberships", "Metropolis – Stadsledningskontoret"): ("new", "", "Lista 2007, 3"),
    }
    dialog = PreviewDialog(plan)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QWidget, "changes").model().rowCount() == 3
