"""The one place the views reach the editor dialogs and the delete confirmation.

The dialogs live in `ui.dialogs`; they are looked up here by the kind of record
("organisation", "department", "person", "membership") so the views need not
know their classes, and a build without them still opens (with New, Edit and
Delete disabled).
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from app.store import Store

DIALOGS = {
    "organisation": ("ui.dialogs.organisation_dialog", "OrganisationDialog"),
    "department": ("ui.dialogs.department_dialog", "DepartmentDialog"),
    "person": ("ui.dialogs.person_dialog", "PersonDialog"),
    "membership": ("ui.dialogs.membership_dialog", "MembershipDialog"),
}
DELETE = ("ui.dialogs.delete", "confirm_and_delete")


def _find(module: str, name: str) -> Any | None:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None  # not in this build
        raise


def _in_build(module: str) -> bool:
    """Whether `module` is in this build, without importing it: the window asks at
    start-up, and importing the dialogs then cost a tenth of a second."""
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


def can_edit(kind: str) -> bool:
    return kind in DIALOGS and _in_build(DIALOGS[kind][0])


def can_delete() -> bool:
    return _in_build(DELETE[0])


def open_editor(
    parent: QWidget, store: Store, kind: str, record_id: int | None, year: int | None = None
) -> int | None:
    """Opens the editor of a record (None: a new one); the saved record's id, or None."""
    dialog_class = _find(*DIALOGS[kind])
    if dialog_class is None:
        return None
    if kind == "membership":
        dialog: QDialog = dialog_class(store, record_id, parent, year=year or _this_year())
    else:
        dialog = dialog_class(store, record_id, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return int(dialog.saved_id)
        return None
    finally:
        dialog.deleteLater()


def delete_records(
    parent: QWidget, store: Store, kind: str, ids: Sequence[int], *, undoable: bool = False
) -> bool:
    """Asks, says what goes with the records, deletes; True if the register changed."""
    confirm_and_delete = _find(*DELETE)
    if confirm_and_delete is None or not ids:
        return False
    return bool(confirm_and_delete(parent, store, kind, list(ids), undoable=undoable))


def _this_year() -> int:
    import datetime as dt

    return dt.date.today().year
