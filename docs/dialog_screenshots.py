"""Screenshots of the editor dialogs, taken offscreen from the real widgets.

    QT_QPA_PLATFORM=offscreen python docs/dialog_screenshots.py [FOLDER]

builds the example register in a temporary folder, opens each editor (the
membership editor on each of its tabs, and with problems shown beside the
fields) and the delete confirmations, and saves PNG files to FOLDER
(default docs/images/dialogs).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.rows import AssessmentData
from app.services import assessments, memberships
from app.store import Store


def main(folder: Path) -> None:
    application = QApplication.instance() or QApplication([])
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["MEMBERSHIP_REGISTER_HOME"] = home
        store = Store.open(Path(home) / "register.db", actor="screenshots")
        try:
            _take_all(store, folder, application)
        finally:
            store.close()


def _take_all(store: Store, folder: Path, application: object) -> None:
    from tests.support.builders import small_register
    from ui.dialogs.department_dialog import DepartmentDialog
    from ui.dialogs.membership_dialog import MembershipDialog
    from ui.dialogs.organisation_dialog import OrganisationDialog
    from ui.dialogs.person_dialog import PersonDialog

    reg = small_register(store)
    _enrich(store, reg.eurocities_membership)

    def save(widget: QWidget, name: str) -> None:
        widget.show()
        QApplication.processEvents()
        widget.grab().save(str(folder / f"{name}.png"))
        print(folder / f"{name}.png")

    save(OrganisationDialog(store, reg.eurocities), "organisation")
    duplicate = OrganisationDialog(store, None)
    duplicate.name.setText("Union of Baltic Cities")
    duplicate.save()
    save(duplicate, "organisation_duplicate_name")
    save(DepartmentDialog(store, reg.slk), "department")
    person = PersonDialog(store, reg.sara)
    person.email.setText("sara.nystrom@")
    person.email.editingFinished.emit()
    save(person, "person_bad_email")

    membership = MembershipDialog(store, reg.eurocities_membership, year=2008)
    for index in range(membership.tabs.count()):
        membership.tabs.setCurrentIndex(index)
        save(membership, f"membership_tab{index + 1}")
    membership.general.end_year.setText("1999")
    membership.fees.add_fee()
    membership.fees.view.closePersistentEditor(membership.fees.view.currentIndex())
    membership.fees.model.setData(membership.fees.model.index(3, 1), "tolv tusen")
    membership.save()
    save(membership, "membership_problems")
    membership.tabs.setCurrentIndex(0)
    save(membership, "membership_problems_general")
    membership.hide()

    from ui.dialogs.delete import confirm_and_delete

    _grab_box(folder / "delete_membership.png", "Cancel")
    confirm_and_delete(None, store, "membership", [reg.eurocities_membership])
    _grab_box(folder / "delete_organisation_refused.png", "OK")
    confirm_and_delete(None, store, "organisation", [reg.eurocities])
    _grab_box(folder / "delete_person_refused.png", "Cancel")
    confirm_and_delete(None, store, "person", [reg.anna])


def _enrich(store: Store, membership_id: int) -> None:
    """A position and two assessments, so that no tab is empty."""
    from dataclasses import replace

    from app.rows import PositionData

    detail = memberships.get_membership(store, membership_id)
    data = replace(
        detail.data(),
        positions=(PositionData("Executive committee member", 2007, "Eurocities ExCom"),),
        notes="Stockholm chairs the Environment Forum 2007–2008.",
    )
    memberships.update_membership(store, membership_id, data, version=detail.version)
    for year, rating, text in (
        (2006, 4, "Good exchange on climate work; study visits."),
        (2007, 5, "Lead role in the Environment Forum; EU funding contacts."),
    ):
        assessments.save_assessment(
            store,
            AssessmentData(
                membership_id, year, text, rating, 6, 2, 1, Decimal(12000), "keep",
                "Anna Berg", dt.date(year, 11, 15),
            ),
        )  # fmt: skip


def _grab_box(path: Path, answer: str) -> None:
    """Saves the next message box to `path`, then answers it."""

    def grab() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, grab)
            return
        box.grab().save(str(path))
        print(path)
        _click(box, answer)

    QTimer.singleShot(20, grab)


def _click(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if button.text().replace("&", "") == text:
            button.click()
            return
    box.reject()


if __name__ == "__main__":
    target = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "images" / "dialogs"
    )
    main(target)
