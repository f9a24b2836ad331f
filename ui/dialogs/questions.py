"""The questions an editor asks: unsaved changes, someone else's edit, a record gone.

Each returns the user's answer as a short word, so the dialogs read plainly.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Role = QMessageBox.ButtonRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("questions", text)


def ask(
    parent: QWidget | None,
    text: str,
    detail: str,
    answers: Sequence[tuple[str, str, Role]],
    *,
    default: str,
    escape: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> str:
    """Asks with buttons (answer, label, role); Esc gives `escape`."""
    box = QMessageBox(icon, _tr("Membership Register"), text, parent=parent)
    box.setInformativeText(detail)
    buttons = {}
    for answer, label, role in answers:
        button = box.addButton(label, role)
        buttons[answer] = button
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((a for a, b in buttons.items() if b is clicked), escape)


def ask_discard(parent: QWidget | None) -> str:
    """'save', 'discard' or 'keep' (go on editing)."""
    return ask(
        parent,
        _tr("Discard your changes?"),
        _tr("You have changed this record without saving."),
        [
            ("save", _tr("&Save"), Role.AcceptRole),
            ("discard", _tr("&Discard"), Role.DestructiveRole),
            ("keep", _tr("&Keep editing"), Role.RejectRole),
        ],
        default="keep",
        escape="keep",
    )


def ask_conflict(
    parent: QWidget | None, what: str, differences: Sequence[tuple[str, str, str]] = ()
) -> str:
    """'reload', 'overwrite' or 'cancel'; `what` names the record ('this organisation').

    `differences`: (field, yours, theirs) for each field the two versions differ in,
    shown side by side in the question.
    """
    detail = _tr(
        "Reload shows their version and discards your changes. "
        "Overwrite saves your version on top of theirs, replacing their changes."
    )
    return ask(
        parent,
        _tr("Someone else has changed {0} since you opened it.").format(what),
        side_by_side(detail, differences) if differences else detail,
        [
            ("reload", _tr("&Reload"), Role.ResetRole),
            ("overwrite", _tr("&Overwrite"), Role.DestructiveRole),
            ("cancel", _tr("Cancel"), Role.RejectRole),
        ],
        default="reload",
        escape="cancel",
        icon=QMessageBox.Icon.Warning,
    )


def side_by_side(detail: str, differences: Sequence[tuple[str, str, str]]) -> str:
    """The explanation, then a table: field, your value, their value."""
    cells = "".join(
        f"<tr><td>{escape(f)}</td><td>{escape(mine)}</td><td>{escape(theirs)}</td></tr>"
        for f, mine, theirs in differences
    )
    yours, theirs = escape(_tr("Yours")), escape(_tr("Theirs"))  # outside: lupdate reads it
    head = f"<tr><th></th><th>{yours}</th><th>{theirs}</th></tr>"
    return (
        f"<p>{escape(detail)}</p><table border='1' cellspacing='0' cellpadding='4'>"
        f"{head}{cells}</table>"
    )


def ask_deleted(parent: QWidget | None, what: str) -> str:
    """'save_new', 'close' or 'keep' when the record was deleted by someone else."""
    return ask(
        parent,
        _tr("Someone else has deleted {0} since you opened it.").format(what),
        _tr("Your changes can be saved as a new record, or closed without saving."),
        [
            ("save_new", _tr("Save as &new"), Role.AcceptRole),
            ("close", _tr("&Close without saving"), Role.DestructiveRole),
            ("keep", _tr("Cancel"), Role.RejectRole),
        ],
        default="save_new",
        escape="keep",
        icon=QMessageBox.Icon.Warning,
    )
