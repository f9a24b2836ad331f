"""What an import found, and where: sheet, row and column in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from openpyxl.utils import get_column_letter

from app.errors import Problem
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate

AT_CELL = N_("import", "Sheet '{sheet}', row {row}, column {column} ({header})")
AT_ROW = N_("import", "Sheet '{sheet}', row {row}")
AT_SHEET = N_("import", "Sheet '{sheet}'")


def column_letter(column: int) -> str:
    """Excel's name of a column: 1 -> 'A', 28 -> 'AB'."""
    return get_column_letter(column)


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be imported as it stands
    SKIPPED = "skipped"  # a row that is not data (a total, a heading): left out
    NOTE = "note"  # how something was read, for the user to check


@dataclass(frozen=True, slots=True)
class Where:
    sheet: str
    row: int = 0  # 1-based, as Excel numbers rows; 0 for the whole sheet
    column: int = 0  # 1-based; 0 for the whole row
    header: str = ""

    def at(self, column: int, header: str) -> Where:
        return Where(self.sheet, self.row, column, header)

    def text(self, language: str | None = None) -> str:
        if not self.row:
            return translate("import", AT_SHEET, language).format(sheet=self.sheet)
        if not self.column:
            return translate("import", AT_ROW, language).format(sheet=self.sheet, row=self.row)
        return translate("import", AT_CELL, language).format(
            sheet=self.sheet,
            row=self.row,
            column=column_letter(self.column),
            header=self.header or "–",
        )


@dataclass(frozen=True, slots=True)
class ImportProblem:
    severity: Severity
    where: Where | None
    message: str  # English template marked with QT_TRANSLATE_NOOP(context, ...)
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "import"  # "app" for the editors' own words (app.validation)

    def text(self, language: str | None = None) -> str:
        what = translate(self.context, self.message, language).format(**self.params)
        if self.where is None:
            return what
        return f"{self.where.text(language)}: {what}"


class Lookup(Protocol):
    def get(self, name: str, /) -> Where | None: ...


class Places:
    """Where the fields of a record were read, looked up only when a problem asks (most
    never do): each row's lookup (`parsing.Row.places`) in turn, the first that has it."""

    def __init__(self) -> None:
        self._lookups: list[Lookup] = []

    def add(self, lookup: Lookup, *, latest_first: bool = False) -> None:
        """A row's places; `latest_first` where a later row's value wins."""
        if latest_first:
            self._lookups.insert(0, lookup)
        else:
            self._lookups.append(lookup)

    def get(self, name: str, default: Where | None = None) -> Where | None:
        for lookup in self._lookups:
            where = lookup.get(name)
            if where is not None:
                return where
        return default


class Findings:
    """Collects the problems of an import as it reads."""

    def __init__(self) -> None:
        self.items: list[ImportProblem] = []
        self.bad_rows: set[tuple[str, int]] = set()
        self._refused: set[tuple[Where | None, str, str]] = set()

    def error(self, where: Where | None, message: str, **params: Any) -> None:
        self.items.append(ImportProblem(Severity.ERROR, where, message, params))
        if where is not None:
            self.bad_rows.add((where.sheet, where.row))

    def refused(self, problems: list[Problem], cells: Lookup, fallback: Where | None) -> None:
        """What the editors refuse, in the editors' words, at the cell of each field
        (`fallback`, the row, where no cell gave it)."""
        for problem in problems:
            where = cells.get(problem.field) or fallback
            key = (where, problem.message, repr(sorted(problem.params.items())))
            if key not in self._refused:  # a row checked alone, then as part of its record
                self._refused.add(key)
                self.items.append(
                    ImportProblem(Severity.ERROR, where, problem.message, problem.params, "app")
                )
            if where is not None:
                self.bad_rows.add((where.sheet, where.row))

    def skipped(self, where: Where, message: str, **params: Any) -> None:
        self.items.append(ImportProblem(Severity.SKIPPED, where, message, params))

    def note(self, where: Where | None, message: str, **params: Any) -> None:
        self.items.append(ImportProblem(Severity.NOTE, where, message, params))

    def row_is_bad(self, where: Where) -> bool:
        return (where.sheet, where.row) in self.bad_rows

    def of(self, severity: Severity) -> list[ImportProblem]:
        """The problems of one severity in reading order: sheet by sheet, row by row."""
        sheets: dict[str, int] = {}
        for problem in self.items:
            sheets.setdefault(problem.where.sheet if problem.where else "", len(sheets))

        def place(problem: ImportProblem) -> tuple[int, int, int]:
            where = problem.where
            return (-1, 0, 0) if where is None else (sheets[where.sheet], where.row, where.column)

        return sorted((p for p in self.items if p.severity is severity), key=place)
