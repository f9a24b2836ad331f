"""Every command of the window, declared once; `ui.menus` places them in menus and toolbars.

An `ActionSpec` names the action's text, shortcut (a standard key where Qt has
one, so it follows the platform) and icon. `Actions` creates the QActions once
per window; views connect to them by `ActionId`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from app.i18n import QT_TRANSLATE_NOOP as N_

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW = auto()
    EDIT = auto()
    DELETE = auto()
    FIND = auto()
    REFRESH = auto()
    COPY = auto()
    UNDO = auto()
    EXPORT_WORKBOOK = auto()
    EXPORT_WORKBOOK_AS = auto()
    EXPORT_VIEW = auto()
    IMPORT = auto()
    LOAD_EXAMPLE = auto()
    BACKUP_NOW = auto()
    RESTORE_BACKUP = auto()
    CHANGE_LOG = auto()
    CONNECTION = auto()
    QUIT = auto()
    ABOUT = auto()
    # The review view's own actions (ActionSpec.view = "review").
    REVIEW_NEXT = auto()
    REVIEW_PREVIOUS = auto()
    REVIEW_NEXT_UNDECIDED = auto()
    REVIEW_SAVE_DECISION = auto()
    REVIEW_EDIT_ASSESSMENT = auto()
    REVIEW_DETAILS = auto()
    REVIEW_CLOSE = auto()
    REVIEW_REOPEN = auto()
    REVIEW_MINUTES_PDF = auto()
    REVIEW_MINUTES_HTML = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


@dataclass(frozen=True)
class ActionSpec:
    text: str  # marked for translation with QT_TRANSLATE_NOOP("actions", ...)
    tip: str = ""
    standard_key: Key | None = None
    shortcuts: tuple[str, ...] = ()
    icon: QStyle.StandardPixmap | None = None
    # A view's own action (its shortcut works while that view has the focus) is
    # created by the view with `create_action`, not by the window's `Actions`.
    view: str = ""


SP = QStyle.StandardPixmap

SPECS: dict[ActionId, ActionSpec] = {
    ActionId.NEW: ActionSpec(
        N_("actions", "&New…"), N_("actions", "Add a new record"), Key.New, icon=SP.SP_FileIcon
    ),
    ActionId.EDIT: ActionSpec(
        N_("actions", "&Edit…"),
        N_("actions", "Open the selected record"),
        None,
        ("F2", "Return"),
        SP.SP_FileDialogDetailedView,
    ),
    ActionId.DELETE: ActionSpec(
        N_("actions", "&Delete…"),
        N_("actions", "Delete the selected records"),
        Key.Delete,
        icon=SP.SP_TrashIcon,
    ),
    ActionId.FIND: ActionSpec(N_("actions", "&Find"), N_("actions", "Search the table"), Key.Find),
    ActionId.REFRESH: ActionSpec(
        N_("actions", "&Refresh"),
        N_("actions", "Read the register again"),
        Key.Refresh,
        ("F5",),
        SP.SP_BrowserReload,
    ),
    ActionId.COPY: ActionSpec(
        N_("actions", "&Copy"), N_("actions", "Copy the selected rows for Excel"), Key.Copy
    ),
    ActionId.UNDO: ActionSpec(
        N_("actions", "&Undo"),
        N_("actions", "Undo the last change"),
        Key.Undo,
        icon=SP.SP_ArrowBack,
    ),
    ActionId.EXPORT_WORKBOOK: ActionSpec(
        N_("actions", "Export to &Excel"),
        N_("actions", "Write the register of the year to an Excel workbook"),
        None,
        ("Ctrl+E",),
        SP.SP_DialogSaveButton,
    ),
    ActionId.EXPORT_WORKBOOK_AS: ActionSpec(
        N_("actions", "Export to Excel &as…"),
        N_("actions", "Choose where to save the register of the year as an Excel workbook"),
        None,
        ("Ctrl+Shift+E",),
    ),
    ActionId.EXPORT_VIEW: ActionSpec(
        N_("actions", "Export &this view…"),
        N_("actions", "Write the rows you see to an Excel workbook"),
    ),
    ActionId.IMPORT: ActionSpec(
        N_("actions", "&Import spreadsheet…"),
        N_("actions", "Read a register from an Excel workbook"),
        None,
        ("Ctrl+I",),
        SP.SP_DialogOpenButton,
    ),
    ActionId.LOAD_EXAMPLE: ActionSpec(
        N_("actions", "Load the e&xample register"),
        N_("actions", "Fill an empty register with the example data"),
    ),
    ActionId.BACKUP_NOW: ActionSpec(
        N_("actions", "&Back up now"),
        N_("actions", "Make a backup copy of the register file now"),
        icon=SP.SP_DriveHDIcon,
    ),
    ActionId.RESTORE_BACKUP: ActionSpec(
        N_("actions", "&Restore from backup…"),
        N_("actions", "List the backups and bring one back"),
    ),
    ActionId.CHANGE_LOG: ActionSpec(
        N_("actions", "Change &log"),
        N_("actions", "Who changed what, and when"),
        None,
        ("Ctrl+H",),
        SP.SP_FileDialogContentsView,
    ),
    ActionId.CONNECTION: ActionSpec(
        N_("actions", "Database &connection…"),
        N_("actions", "Use the register file on this computer or the database server"),
        icon=SP.SP_DriveNetIcon,
    ),
    ActionId.QUIT: ActionSpec(
        N_("actions", "&Quit"), N_("actions", "Close the program"), Key.Quit, ("Ctrl+Q",)
    ),
    ActionId.ABOUT: ActionSpec(N_("actions", "&About Membership Register")),
    ActionId.REVIEW_NEXT: ActionSpec(
        N_("actions", "&Next membership"),
        N_("actions", "Go to the next membership of the review"),
        shortcuts=("Alt+Right", "Ctrl+."),
        icon=SP.SP_ArrowForward,
        view="review",
    ),
    ActionId.REVIEW_PREVIOUS: ActionSpec(
        N_("actions", "&Previous membership"),
        N_("actions", "Go to the previous membership of the review"),
        shortcuts=("Alt+Left", "Ctrl+,"),
        icon=SP.SP_ArrowBack,
        view="review",
    ),
    ActionId.REVIEW_NEXT_UNDECIDED: ActionSpec(
        N_("actions", "Next &undecided"),
        N_("actions", "Jump to the next membership without a decision"),
        shortcuts=("Ctrl+J",),
        icon=SP.SP_MediaSkipForward,
        view="review",
    ),
    ActionId.REVIEW_SAVE_DECISION: ActionSpec(
        N_("actions", "&Save decision and go on"),
        N_("actions", "Record the decision and jump to the next undecided membership"),
        shortcuts=("Ctrl+Return", "Ctrl+Enter"),
        icon=SP.SP_DialogApplyButton,
        view="review",
    ),
    ActionId.REVIEW_EDIT_ASSESSMENT: ActionSpec(
        N_("actions", "Edit &assessment…"),
        N_("actions", "Edit this year's assessment of the membership's added value"),
        shortcuts=("Ctrl+Shift+A",),
        icon=SP.SP_FileDialogContentsView,
        view="review",
    ),
    ActionId.REVIEW_DETAILS: ActionSpec(
        N_("actions", "Review &details…"),
        N_("actions", "The date of the review and who takes part"),
        view="review",
    ),
    ActionId.REVIEW_CLOSE: ActionSpec(
        N_("actions", "&Close review…"),
        N_("actions", "Apply the decisions and freeze the year's figures"),
        icon=SP.SP_DialogApplyButton,
        view="review",
    ),
    ActionId.REVIEW_REOPEN: ActionSpec(
        N_("actions", "&Reopen review…"),
        N_("actions", "Open a closed review again, giving the reason"),
        view="review",
    ),
    ActionId.REVIEW_MINUTES_PDF: ActionSpec(
        N_("actions", "Minutes as &PDF…"),
        N_("actions", "Save the review's minutes as a PDF to print or send"),
        icon=SP.SP_DialogSaveButton,
        view="review",
    ),
    ActionId.REVIEW_MINUTES_HTML: ActionSpec(
        N_("actions", "Minutes as &HTML…"),
        N_("actions", "Save the review's minutes as a web page"),
        view="review",
    ),
}


class Actions(QObject):
    """The window's QActions, created once from `SPECS`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._actions: dict[ActionId, QAction] = {}
        for action_id, spec in SPECS.items():
            if not spec.view:
                self._actions[action_id] = create_action(window, action_id)

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]


def create_action(owner: QWidget, action_id: ActionId) -> QAction:
    """The QAction of `action_id`, added to `owner`; a view's own action only
    answers its shortcut while focus is within that view."""
    spec = SPECS[action_id]
    action = QAction(_tr(spec.text), owner)
    action.setObjectName(f"action_{action_id.name.lower()}")
    if spec.tip:
        action.setStatusTip(_tr(spec.tip))
        action.setToolTip(_tr(spec.tip))
    action.setShortcuts(_shortcuts(spec))
    if spec.icon is not None:
        action.setIcon(QIcon(owner.style().standardIcon(spec.icon)))
    if spec.view:
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    owner.addAction(action)
    return action


def show_view_action(owner: QWidget, number: int, key: str, title: str) -> QAction:
    """The View menu's entry that shows the `number`th view (Ctrl+number), titled as its tab."""
    action = QAction(title, owner)
    action.setObjectName(f"action_show_{key}")
    action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    owner.addAction(action)
    return action


def _shortcuts(spec: ActionSpec) -> list[QKeySequence]:
    keys: list[QKeySequence] = []
    if spec.standard_key is not None:
        keys.extend(QKeySequence.keyBindings(spec.standard_key))
    for text in spec.shortcuts:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys
