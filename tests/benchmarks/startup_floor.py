"""The start-up floors: the least a program on this stack can do to show a table.

    python tests/benchmarks/startup_floor.py              # (a) bare PySide6: an empty table
    python tests/benchmarks/startup_floor.py DB YEAR      # (b) + SQLAlchemy's ORM and the
                                                          #     memberships of YEAR from DB

Run as a plain script (not `-m`), so nothing of the project is imported. Prints
`shown <time.perf_counter()>` after the first paint and quits, as the
application does under MEMBERSHIP_REGISTER_QUIT_AFTER_SHOW=1.
"""

import sys
import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"shown {time.perf_counter():.6f}", flush=True)
        QCoreApplication.quit()


class RowsModel(QAbstractTableModel):
    HEADERS = ("Organisation", "Department", "Start", "End")

    def __init__(self, rows: list[tuple[object, ...]], parent: QObject) -> None:
        super().__init__(parent)
        self.rows = rows

    def rowCount(self, parent: object = None) -> int:
        return len(self.rows)

    def columnCount(self, parent: object = None) -> int:
        return len(self.HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


def membership_rows(path: str, year: int) -> list[tuple[object, ...]]:
    """The year's memberships through SQLAlchemy's ORM: the stack's least database work."""
    from sqlalchemy import ForeignKey, create_engine, or_, select
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

    class Base(DeclarativeBase):
        pass

    class Organisation(Base):
        __tablename__ = "organisation"
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str]

    class Department(Base):
        __tablename__ = "department"
        id: Mapped[int] = mapped_column(primary_key=True)
        name: Mapped[str]

    class Membership(Base):
        __tablename__ = "membership"
        id: Mapped[int] = mapped_column(primary_key=True)
        organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
        responsible_department_id: Mapped[int] = mapped_column(ForeignKey("department.id"))
        start_year: Mapped[int]
        end_year: Mapped[int | None]

    query = (
        select(Organisation.name, Department.name, Membership.start_year, Membership.end_year)
        .join(Organisation, Organisation.id == Membership.organisation_id)
        .join(Department, Department.id == Membership.responsible_department_id)
        .where(Membership.start_year <= year)
        .where(or_(Membership.end_year.is_(None), Membership.end_year >= year))
    )
    engine = create_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        return [tuple(row) for row in session.execute(query)]


def main() -> int:
    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 800)
    table = QTableView(window)
    if len(sys.argv) > 2:
        table.setModel(RowsModel(membership_rows(sys.argv[1], int(sys.argv[2])), window))
    window.setCentralWidget(table)
    window.installEventFilter(FirstPaint(window))
    window.show()
    return application.exec()


if __name__ == "__main__":
    sys.exit(main())
