"""Deleting records chosen in a view, after a confirmation that says what goes with them.

`confirm_and_delete` asks first, naming the records and what is deleted with
them (a membership's fees, contacts, assessments ...). Records still referred
to are never deleted: the user is told which and why, and for contact persons
is offered to mark them as having left instead. Deleting runs through
`app.services.deletion`, all chosen records in one unit of work.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DatabaseError, RegisterError
from app.services import deletion
from app.services.deletion import DeletionItem, DeletionPlan, plan_deletion
from app.store import Store
from ui import formatting
from ui.dialogs.questions import Role, ask
from ui.errors import show_error

SHOWN_NAMES = 8  # more than this are summed up as 'and 12 more'


def _tr(text: str) -> str:
    return QCoreApplication.translate("delete", text)


def confirm_and_delete(
    parent: QWidget | None, store: Store, kind: str, ids: list[int], *, undoable: bool = False
) -> bool:
    """Asks, then deletes what may be deleted. True when the register changed
    (records deleted or, for people, marked as having left), so views reload.
    `undoable`: the caller keeps what is deleted for Undo, and the question says so."""
    try:
        plan = plan_deletion(store, kind, ids)
    except (RegisterError, DatabaseError) as exc:
        show_error(parent, exc)
        return False
    if not plan.items:
        _tell(parent, _tr("The chosen records no longer exist; someone may have deleted them."))
        return True
    changed = False
    if plan.blocked:
        changed = _explain_blocked(parent, store, plan)
        if not plan.deletable:
            return changed
        try:  # what goes with the rest alone
            plan = plan_deletion(store, kind, [i.id for i in plan.deletable])
        except (RegisterError, DatabaseError) as exc:
            show_error(parent, exc)
            return changed
    if plan.deletable and _confirm(parent, plan, undoable):
        changed = _delete(parent, store, kind, plan.deletable) or changed
    return changed


def _confirm(parent: QWidget | None, plan: DeletionPlan, undoable: bool) -> bool:
    items = plan.deletable
    if len(items) == 1:
        text = _tr("Delete the {0} “{1}”?").format(_kind_word(plan.kind, 1), items[0].name)
        detail = ""
    else:
        text = _tr("Delete these {0}?").format(_count(plan.kind, len(items)))
        detail = _name_list([i.name for i in items]) + "\n\n"
    detail += _consequences(plan, len(items)) + (
        _tr("Edit › Undo (Ctrl+Z) brings it back.") if undoable else _tr("This cannot be undone.")
    )
    answers = [
        ("delete", _tr("&Delete"), Role.DestructiveRole),
        ("cancel", _tr("Cancel"), Role.RejectRole),
    ]
    icon = QMessageBox.Icon.Warning
    answer = ask(parent, text, detail, answers, default="cancel", escape="cancel", icon=icon)
    return answer == "delete"


def _consequences(plan: DeletionPlan, records: int) -> str:
    """'With it go its 4 fees, 2 contacts and 3 assessments.' and what is left behind."""
    parts = [_things(what, n) for what, n in plan.goes_with.items() if n]
    text = ""
    if parts:
        text = (
            _tr("With it go its {0}.") if records == 1 else _tr("With them go their {0}.")
        ).format(_join(parts)) + "\n"
    for what, n in plan.detached.items():
        if n:
            text += _detached(what, n) + "\n"
    return text + ("\n" if text else "")


def _explain_blocked(parent: QWidget | None, store: Store, plan: DeletionPlan) -> bool:
    """Says why the blocked records stay; offers people to be marked as having left."""
    if len(plan.blocked) == 1:
        lines = [_referred_by(plan.kind, plan.blocked[0].references)]
    else:
        lines = [f"{item.name}: {_join(_shortened(item.references))}" for item in plan.blocked]
    detail = "\n".join(lines) + "\n\n" + _why(plan.kind)
    text = _blocked_text(plan)
    if plan.kind != "person":
        ask(parent, text, detail, [("ok", _tr("OK"), Role.AcceptRole)], default="ok", escape="ok",
            icon=QMessageBox.Icon.Information)  # fmt: skip
        return False
    answers = [
        ("left", _tr("&Mark as having left"), Role.AcceptRole),
        ("cancel", _tr("Cancel"), Role.RejectRole),
    ]
    if ask(parent, text, detail, answers, default="left", escape="cancel") != "left":
        return False
    try:
        return deletion.mark_people_left(store, [i.id for i in plan.blocked]) > 0
    except (RegisterError, DatabaseError) as exc:
        show_error(parent, exc)
        return False


def _blocked_text(plan: DeletionPlan) -> str:
    blocked = plan.blocked
    if plan.kind == "person":
        if len(blocked) == 1:
            return _tr("“{0}” is a contact person and cannot be deleted.").format(blocked[0].name)
        return _tr("{0} are contact persons and cannot be deleted.").format(
            _count("person", len(blocked))
        )
    if len(blocked) == 1:
        return _tr("“{0}” cannot be deleted: memberships still refer to it.").format(
            blocked[0].name
        )
    return _tr("{0} cannot be deleted: memberships still refer to them.").format(
        _count(plan.kind, len(blocked))
    )


def _referred_by(kind: str, references: Sequence[str]) -> str:
    names = _join(_shortened(references))
    if kind == "person":
        return _tr("Contact person for: {0}").format(names)
    return _tr("Memberships referring to it: {0}").format(names)


def _delete(parent: QWidget | None, store: Store, kind: str, items: Sequence[DeletionItem]) -> bool:
    try:
        deletion.delete_records(store, kind, [i.id for i in items])
    except (RegisterError, DatabaseError) as exc:  # e.g. a reference added meanwhile
        show_error(parent, exc)
        return False
    return True


def _tell(parent: QWidget | None, text: str) -> None:
    ask(parent, text, "", [("ok", _tr("OK"), Role.AcceptRole)], default="ok", escape="ok",
        icon=QMessageBox.Icon.Information)  # fmt: skip


# --- words ------------------------------------------------------------------------


def _why(kind: str) -> str:
    return {
        "organisation": _tr(
            "An organisation cannot be deleted while memberships refer to it. "
            "Delete those memberships first (their fees and assessments go with them)."
        ),
        "department": _tr(
            "A department cannot be deleted while memberships name it, as responsible or "
            "as taking part. Move those memberships to another department first."
        ),
        "person": _tr(
            "A contact person cannot be deleted. Mark them as having left instead: they stay "
            "on the memberships' history but are no longer offered as contacts."
        ),
    }.get(kind, "")


def _count(kind: str, n: int) -> str:
    return f"{formatting.integer(n)} {_kind_word(kind, n)}"


def _kind_word(kind: str, n: int) -> str:
    words = {
        "membership": (_tr("membership"), _tr("memberships")),
        "organisation": (_tr("organisation"), _tr("organisations")),
        "department": (_tr("department"), _tr("departments")),
        "person": (_tr("person"), _tr("people")),
    }
    one, many = words[kind]
    return one if n == 1 else many


def _things(what: str, n: int) -> str:
    words = {
        "fees": (_tr("{0} fee"), _tr("{0} fees")),
        "contacts": (_tr("{0} contact"), _tr("{0} contacts")),
        "participations": (_tr("{0} participating department"),
                           _tr("{0} participating departments")),
        "positions": (_tr("{0} position of trust"), _tr("{0} positions of trust")),
        "assessments": (_tr("{0} assessment"), _tr("{0} assessments")),
        "decisions": (_tr("{0} review decision"), _tr("{0} review decisions")),
        "themes": (_tr("{0} theme"), _tr("{0} themes")),
    }  # fmt: skip
    one, many = words.get(what, ("{0} " + what, "{0} " + what))
    return (one if n == 1 else many).format(formatting.integer(n))


def _detached(what: str, n: int) -> str:
    words = {
        "people": (_tr("{0} person will no longer belong to a department (they stay)."),
                   _tr("{0} people will no longer belong to a department (they stay).")),
        "positions": (_tr("{0} position of trust will show no holder."),
                      _tr("{0} positions of trust will show no holder.")),
        "coordinated_departments": (_tr("{0} department will have no coordinator."),
                                    _tr("{0} departments will have no coordinator.")),
    }  # fmt: skip
    one, many = words.get(what, ("{0} " + what, "{0} " + what))
    return (one if n == 1 else many).format(formatting.integer(n))


def _join(parts: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) <= 1:
        return "".join(parts)
    return _tr("{0} and {1}").format(", ".join(parts[:-1]), parts[-1])


def _shortened(names: Sequence[str]) -> list[str]:
    if len(names) <= SHOWN_NAMES:
        return list(names)
    rest = len(names) - SHOWN_NAMES
    return [*names[:SHOWN_NAMES], _tr("{0} more").format(formatting.integer(rest))]


def _name_list(names: Sequence[str]) -> str:
    return "\n".join(f"• {name}" for name in _shortened(names))
