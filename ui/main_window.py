"""The main window: navigation between the views, the year, menus, status, first start.

Small by design: the views (ui/views/, listed in `ui.views.registry`) do the
work; the window routes the shared actions to the current view, sends every
view the chosen year, keeps the status bar and remembers its layout.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.services.register_info import is_empty
from app.store import Store
from ui import settings as keys
from ui.actions import ActionId, Actions, show_view_action
from ui.errors import show_error
from ui.menus import build_menus, build_toolbar
from ui.settings import Settings
from ui.spreadsheet_actions import SpreadsheetActions
from ui.status_bar import RegisterStatusBar
from ui.tasks import run_task, stop_tasks
from ui.undo import UndoStack
from ui.views.base import RegisterView, ViewContext
from ui.views.registry import VIEWS
from ui.welcome import WelcomePage
from ui.year_selector import YearSelector

ROUTED = (ActionId.NEW, ActionId.EDIT, ActionId.DELETE, ActionId.COPY, ActionId.FIND)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, settings: Settings | None = None) -> None:
        super().__init__()
        self.store, self.settings = store, settings or Settings()
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("Membership Register"))
        self.actions = Actions(self)
        self.undo = UndoStack(self)
        self.context = ViewContext(store, self.settings, self.actions, self.undo)
        self.year_selector = YearSelector(self)
        self.views: dict[str, RegisterView] = {}
        self._stale: set[str] = set()
        self._started = False  # no reading before the first start decides what to show
        self.navigation, self.stack = self._views()
        self.pages = QWidget(self)  # the views, under their tabs
        self.pages.setObjectName("pages")
        layout = QVBoxLayout(self.pages)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.welcome = WelcomePage(store.describe(), self.actions[ActionId.IMPORT], self)
        self.central = QStackedWidget(self)
        self.central.addWidget(self.welcome)
        self.central.addWidget(self.pages)
        self.setCentralWidget(self.central)
        self.menus = build_menus(
            self, self.actions, views=self._view_actions(), settings=self.settings
        )
        self.toolbar = build_toolbar(self, self.actions, self.year_selector)
        self.status = RegisterStatusBar(self)
        self.setStatusBar(self.status)
        self._connect()
        self._restore()
        self._start()

    # --- building ------------------------------------------------------------------

    def _views(self) -> tuple[QTabBar, QStackedWidget]:
        # Tabs rather than a side list: the tables need the window's whole width.
        navigation = QTabBar(self)
        navigation.setObjectName("navigation")
        navigation.setDocumentMode(True)
        navigation.setExpanding(False)
        navigation.setDrawBase(True)
        stack = QStackedWidget(self)
        for entry in VIEWS:
            view = entry.factory(self.context, stack)
            view.set_year(self.year_selector.year())
            self.views[entry.key] = view
            stack.addWidget(view)
            navigation.addTab(QCoreApplication.translate("views", entry.title))
            view.changed.connect(self._view_changed)
            view.selection_changed.connect(self._update_actions)
            view.message.connect(lambda text: self.status.showMessage(text, 5000))
            view.open_record.connect(self.show_record)
        self._stale = set(self.views)
        navigation.currentChanged.connect(self._navigated)
        return navigation, stack

    def _view_actions(self) -> list[QAction]:
        """The View menu's entry for each view, in the navigation's order."""
        shown = []
        for number, entry in enumerate(VIEWS, 1):
            title = QCoreApplication.translate("views", entry.title)
            action = show_view_action(self, number, entry.key, title)
            action.triggered.connect(lambda _c=False, k=entry.key: self.show_view(k))
            shown.append(action)
        return shown

    def _connect(self) -> None:
        for action_id in ROUTED:
            self.actions[action_id].triggered.connect(lambda _c=False, a=action_id: self._route(a))
        self.actions[ActionId.REFRESH].triggered.connect(self.refresh_all)
        self.actions[ActionId.UNDO].triggered.connect(self._undo)
        self.actions[ActionId.QUIT].triggered.connect(self.close)
        self.actions[ActionId.ABOUT].triggered.connect(self._about)
        self.actions[ActionId.LOAD_EXAMPLE].triggered.connect(self.load_example)
        self.spreadsheets = SpreadsheetActions(
            self, self.actions, self.store, self.settings,
            year=lambda: self.year_selector.year() or dt.date.today().year,
            current_table=self._shown_table, refresh=self._after_import,
        )  # fmt: skip
        self.undo.changed.connect(self._update_actions)
        self.year_selector.year_changed.connect(self.set_year)
        self.welcome.example_requested.connect(self.load_example)
        self.welcome.start_requested.connect(self.show_register)

    # --- views and year ------------------------------------------------------------

    def current_view(self) -> RegisterView:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_view(self, key: str) -> None:
        self.navigation.setCurrentIndex(list(self.views).index(key))

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        key = list(self.views)[row]
        self.stack.setCurrentWidget(self.views[key])
        self._ensure_fresh(key)
        self._update_actions()

    def _ensure_fresh(self, key: str) -> None:
        if self._started and key in self._stale:
            self._stale.discard(key)
            self.views[key].refresh()

    def show_record(self, kind: str, record_id: int) -> None:
        """Shows a record in the view that lists its kind, and opens it where editors exist."""
        for key, view in self.views.items():
            if view.lists(kind):
                self.show_view(key)
                view.show_record(kind, record_id)
                return

    def set_year(self, year: int | None) -> None:
        """The register as of `year` (None: all years) in every view and the status bar."""
        if self.year_selector.year() != year:
            self.year_selector.set_year(year)  # comes back here through the signal
            return
        for view in self.views.values():
            view.set_year(year)
        self.refresh_all()

    def refresh_all(self) -> None:
        """Reads the register again: the current view now, the others when shown."""
        self._stale = set(self.views)
        if self.central.currentWidget() is self.pages:
            self._ensure_fresh(self._current_key())
        self._update_status()
        self._update_actions()

    def _view_changed(self) -> None:
        self._stale = set(self.views) - {self._current_key()}
        self._update_status()
        self._update_actions()

    def _current_key(self) -> str:
        return next(k for k, v in self.views.items() if v is self.stack.currentWidget())

    # --- actions -------------------------------------------------------------------

    def _route(self, action: ActionId) -> None:
        view = self.current_view()
        if self.central.currentWidget() is self.pages and view.handles(action):
            view.perform(action)
        self._update_actions()

    def _update_actions(self) -> None:
        working = self.central.currentWidget() is self.pages
        for action_id in ROUTED:
            self.actions[action_id].setEnabled(working and self.current_view().handles(action_id))
        undo = self.actions[ActionId.UNDO]
        undo.setEnabled(self.undo.can_undo())
        undo.setText(self.undo.text() or self.tr("&Undo"))  # the menu names what it undoes
        undo.setIconText(self.tr("Undo"))  # the toolbar button stays short
        undo.setToolTip(self.undo.text() or self.tr("Undo the last change"))
        self.actions[ActionId.LOAD_EXAMPLE].setEnabled(not working)  # only into an empty one
        self.spreadsheets.update()

    def _shown_table(self) -> tuple[QTableView, str] | None:
        """The table the current view shows and a title for its export, if it has one."""
        holder = getattr(self.current_view(), "table", None)
        table = getattr(holder, "table", holder)
        if self.central.currentWidget() is not self.pages or not isinstance(table, QTableView):
            return None
        title = self.navigation.tabText(self.navigation.currentIndex()).replace("&", "")
        year = self.year_selector.year()
        return table, f"{title} {year}" if year else title

    def _after_import(self) -> None:
        if self.central.currentWidget() is self.welcome:
            self.show_register()  # the register is not empty any more
        else:
            self.refresh_all()

    def _undo(self) -> None:
        try:
            self.undo.undo()
        except Exception as exc:  # e.g. someone changed the record since: say so, go on
            show_error(self, exc)
        self.refresh_all()

    def _update_status(self) -> None:
        working = self.central.currentWidget() is self.pages
        try:
            self.status.show_register(self.store, self.year_selector.year() if working else None)
        except Exception as exc:
            show_error(self, exc)

    # --- first start ---------------------------------------------------------------

    def _start(self) -> None:
        self._started = True
        empty = is_empty(self.store)
        self.central.setCurrentWidget(self.welcome if empty else self.pages)
        if not empty:
            self.refresh_all()
        else:
            self._update_status()
            self._update_actions()

    def show_register(self) -> None:
        """Leaves the welcome page for the views."""
        self.central.setCurrentWidget(self.pages)
        self.refresh_all()
        self.current_view().setFocus()

    def load_example(self) -> None:
        from app.demo import build_example_register  # off the start-up path

        run_task(
            self,
            self.tr("Loading the example register…"),
            lambda _progress: build_example_register(self.store),
            lambda _summary: self._example_loaded(),
        )

    def _example_loaded(self) -> None:
        self.show_register()
        self.status.showMessage(self.tr("The example register is loaded."), 5000)

    def register_changed(self) -> None:
        """For features that change the register wholesale (an import): show it afresh."""
        if self.central.currentWidget() is self.welcome and not is_empty(self.store):
            self.show_register()
        else:
            self.refresh_all()

    # --- remembered between starts ---------------------------------------------------

    def _restore(self) -> None:
        geometry = self.settings.get(keys.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self.restoreState(self.settings.get(keys.WINDOW_STATE))
        keys_in_order = list(self.views)
        current = self.settings.get(keys.CURRENT_VIEW)
        self.navigation.setCurrentIndex(
            keys_in_order.index(current) if current in keys_in_order else 0
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        stop_tasks(self)  # a thread left running when the window goes aborts the program
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.CURRENT_VIEW, self._current_key())
        for view in self.views.values():
            view.save_state()
        self.settings.sync()
        super().closeEvent(event)

    def _about(self) -> None:
        name = self.tr("Membership Register")
        QMessageBox.about(
            self,
            self.tr("About %1").replace("%1", name),
            self.tr(
                "<b>%1</b> %2<br><br>The register of the city's memberships in international "
                "organisations and networks.<br><br>Database: %3"
            )
            .replace("%1", name)
            .replace("%2", __version__)
            .replace("%3", self.store.describe()),
        )
