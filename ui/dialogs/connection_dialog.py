"""Where the register lives: the file on this computer, or the database server.

The dialog keeps host, port, database and user in the settings; the password
goes to the operating system's credential store only (`app.connection`), or
nowhere when the user does not ask to remember it. "Test connection" tries
the choice without opening it; OK saves the choice, and the window reopens
the register from it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.connection import (
    FILE,
    SERVER,
    ConnectionChoice,
    CredentialStoreError,
    ServerAddress,
    Target,
    check_address,
    credential_store_works,
    forget_password,
    read_password,
    save_password,
    try_connection,
    try_file,
)
from app.errors import DatabaseError, RegisterError, ValidationError
from app.paths import default_database
from app.progress import Progress
from ui.errors import show_error
from ui.opening import connection_choice, save_connection_choice
from ui.settings import Settings
from ui.tasks import run_task

GOOD, BAD = "#1b5e20", "#b00020"


class ConnectionDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Database connection"))
        self.setObjectName("connection_dialog")
        self.kinds = QButtonGroup(self)
        self.use_file = QRadioButton(self.tr("The register &file on this computer"), self)
        self.use_server = QRadioButton(self.tr("The database &server, shared with colleagues"))
        self.kinds.addButton(self.use_file)
        self.kinds.addButton(self.use_server)
        self.result_label = QLabel(self, objectName="result", wordWrap=True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use_file)
        layout.addWidget(self._file_box())
        layout.addWidget(self.use_server)
        layout.addWidget(self._server_box())
        layout.addWidget(self._buttons())
        layout.insertWidget(4, self.result_label)
        self.use_file.toggled.connect(self._kind_changed)
        self._load(connection_choice(settings))
        self.resize(560, self.sizeHint().height())

    # --- building ----------------------------------------------------------------

    def _file_box(self) -> QGroupBox:
        self.file_box = QGroupBox(self)
        self.file_edit = QLineEdit(self, objectName="file", clearButtonEnabled=True)
        self.file_edit.setPlaceholderText(default_database())
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        hint = QLabel(self.tr("Leave it empty for the register in your own data folder."), self)
        hint.setWordWrap(True)
        box = QVBoxLayout(self.file_box)
        box.addLayout(row)
        box.addWidget(hint)
        return self.file_box

    def _server_box(self) -> QGroupBox:
        self.server_box = QGroupBox(self)
        self.host = QLineEdit(self, objectName="host")
        self.port = QSpinBox(self, objectName="port", minimum=1, maximum=65_535)
        self.database = QLineEdit(self, objectName="database")
        self.user = QLineEdit(self, objectName="user")
        self.password = QLineEdit(self, objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember the password on this computer"), self)
        if not credential_store_works():
            self.remember.setEnabled(False)
            self.remember.setText(self.tr("Remember the password (this computer cannot)"))
            self.remember.setToolTip(
                self.tr("This computer has no credential store: type the password each time.")
            )
        form = QFormLayout(self.server_box)
        form.addRow(self.tr("Server (&host):"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        return self.server_box

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.test_button = buttons.addButton(
            self.tr("&Test connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.clicked.connect(self.test_connection)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _load(self, choice: ConnectionChoice) -> None:
        self.file_edit.setText(choice.file)
        server = choice.server or ServerAddress("")
        self.host.setText(server.host)
        self.port.setValue(server.port)
        self.database.setText(server.database)
        self.user.setText(server.user)
        saved = read_password(server) if server.host else None
        self.password.setText(saved or "")
        self.remember.setChecked(bool(saved))
        (self.use_server if choice.kind == SERVER else self.use_file).setChecked(True)
        self._kind_changed()

    # --- reading ------------------------------------------------------------------

    def choice(self) -> ConnectionChoice:
        kind = FILE if self.use_file.isChecked() else SERVER
        return ConnectionChoice(kind, self.file_edit.text().strip(), self._address())

    def target(self) -> Target:
        """What to open now: the file's path, or the server's URL with the password."""
        choice = self.choice()
        if choice.kind == SERVER:
            return self._address().url(self.password.text() or None)
        return choice.file or default_database()

    def _address(self) -> ServerAddress:
        return ServerAddress(
            self.host.text().strip(), self.database.text().strip(),
            self.user.text().strip(), self.port.value(),
        )  # fmt: skip

    def _kind_changed(self, *_args: object) -> None:
        self.file_box.setEnabled(self.use_file.isChecked())
        self.server_box.setEnabled(self.use_server.isChecked())
        self.result_label.clear()

    def _browse(self) -> None:
        start = self.file_edit.text() or default_database()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("The register file"), start,
            self.tr("Register (*.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )  # fmt: skip
        if path:
            self.file_edit.setText(path)

    # --- acting -------------------------------------------------------------------

    def test_connection(self) -> None:
        """Tries the choice off the GUI thread (a server may take seconds to answer)."""
        if self.use_file.isChecked():
            path = Path(self.file_edit.text().strip() or default_database())
            attempt: Callable[[], str] = lambda: try_file(path)  # noqa: E731
        else:
            address, password = self._checked_address(), self.password.text() or None
            if address is None:
                return
            attempt = lambda: try_connection(address, password)  # noqa: E731
        self._show(self.tr("Trying…"), GOOD)
        self.test_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Testing the connection"), _outcome(attempt), self._tested
        )

    def _tested(self, outcome: tuple[bool, str]) -> None:
        self.test_button.setEnabled(True)
        worked, message = outcome
        self._show(message, GOOD if worked else BAD)

    def _checked_address(self) -> ServerAddress | None:
        try:
            return check_address(self._address())
        except ValidationError as exc:
            labels = {"host": self.tr("server"), "database": self.tr("database"),
                      "user": self.tr("user name"), "port": self.tr("port")}  # fmt: skip
            missing = ", ".join(labels.get(p.field, p.field) for p in exc.problems)
            self._show(self.tr("Fill in the %1.").replace("%1", missing), BAD)
            return None

    def _show(self, text: str, colour: str) -> None:
        self.result_label.setStyleSheet(f"color: {colour}")
        self.result_label.setText(text)

    def accept(self) -> None:
        choice = self.choice()
        if choice.kind == SERVER:
            address = self._checked_address()
            if address is None or not self._keep_password(address):
                return
        save_connection_choice(self.settings, choice)
        super().accept()

    def _keep_password(self, address: ServerAddress) -> bool:
        try:
            if self.remember.isChecked() and self.password.text():
                save_password(address, self.password.text())
            else:
                forget_password(address)
        except CredentialStoreError as exc:
            show_error(self, exc)
            self.remember.setChecked(False)
            return False
        except (RegisterError, DatabaseError) as exc:
            show_error(self, exc)
            return False
        return True


def _outcome(attempt: Callable[[], str]) -> Callable[[Progress], tuple[bool, str]]:
    """The attempt as background work: a failure is an answer to show, not an error box."""

    def work(_progress: Progress) -> tuple[bool, str]:
        try:
            return True, attempt()
        except (DatabaseError, RegisterError, OSError) as exc:
            return False, str(exc)

    return work
