"""The positions table's model: a line per position of trust, who holds it and when.

A `PositionLine` is a row; a missing title and years out of order show as problems.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.rows import PersonRow
from ui import formatting
from ui.dialogs.membership.lines_model import RIGHT, Column, LinesModel
from ui.dialogs.records import person_text

TITLE, BODY, PERSON, FROM, TO = range(5)


def _tr(text: str) -> str:
    return QCoreApplication.translate("positions", text)


@dataclass(frozen=True)
class PositionLine:
    title: str
    body: str
    person_id: int | None
    from_year: int
    to_year: int | None


def _title_problem(line: PositionLine) -> str:
    return "" if line.title.strip() else _tr("Enter the position's title.")


def _years_problem(line: PositionLine) -> str:
    if line.to_year is not None and line.to_year < line.from_year:
        return _tr("It ends before it begins.")
    return ""


class PositionModel(LinesModel):
    def __init__(self, people: Callable[[], dict[int, PersonRow]], parent: QWidget | None = None):
        self.people = people
        super().__init__(
            [
                Column(_tr("Title"), lambda p: p.title, lambda p: p.title,
                       lambda p, v: replace(p, title=str(v)), problem=_title_problem),
                Column(_tr("Body"), lambda p: p.body, lambda p: p.body,
                       lambda p, v: replace(p, body=str(v))),
                Column(_tr("Held by"), self._person, lambda p: p.person_id,
                       lambda p, v: replace(p, person_id=v)),
                Column(_tr("From"), lambda p: formatting.year(p.from_year), lambda p: p.from_year,
                       lambda p, v: replace(p, from_year=int(v)), RIGHT),
                Column(_tr("To"), lambda p: formatting.year(p.to_year), lambda p: p.to_year,
                       lambda p, v: replace(p, to_year=v), RIGHT, _years_problem),
            ],
            parent,
        )  # fmt: skip

    def _person(self, line: PositionLine) -> str:
        person = self.people().get(line.person_id) if line.person_id is not None else None
        return person_text(person) if person else ""
