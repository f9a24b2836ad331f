"""Reading cell values the way people write them, reporting what cannot be read.

Every reader takes a `Cell` (its value and where it is) and the import's
`Findings`; what it cannot read becomes a problem naming the cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from sqlalchemy import Numeric

from app.currencies import is_currency
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.numbers import AmbiguousAmountError, currency_in, parse_amount
from app.spreadsheet.headers import normalise
from app.spreadsheet.problems import Findings, Where
from app.spreadsheet.reader import UNCOMPUTED
from app.vocabulary import THEMES, of, yes_or_no
from db.models import Money, Rate

# 'ingår ej', 'ingår i Eurocities', 'included': paid as part of another fee.
INCLUDED_WORDS = ("ingår", "inkluderad", "inkluderat", "included", "part of")
NO_FEE_WORDS = (
    "ingen avgift", "ingen", "avgiftsfri", "avgiftsfritt", "gratis", "kostnadsfri",
    "kostnadsfritt", "no fee", "none", "free",
)  # fmt: skip
UNCOMPUTED_FORMULA = N_(
    "import",
    "The cell holds a formula without a computed value: open the workbook in Excel, "
    "save it and import it again.",
)
NOT_AN_AMOUNT = N_("import", "'{value}' is not an amount.")
AMBIGUOUS = N_(
    "import",
    "'{value}' could mean {whole} or a decimal number (the mark may group thousands or "
    "mark decimals): write {whole} or {grouped}.",
)
NOT_EXACT = N_(
    "import",
    "{value} cannot be kept exactly: the register keeps at most {decimals} decimals here.",
)
TOO_LARGE = N_("import", "{value} is too large: the register keeps numbers below {limit} here.")
DASHES = {"-", "–", "—", "./.", "n/a"}
CURRENCY_WORDS = {"euro": "EUR", "euros": "EUR", "kronor": "SEK", "kr": "SEK", "dollar": "USD"}
# 'Name (ACR)': a short parenthesised word after the name is its acronym.
NAME_AND_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[^()\s]{2,15})\)$")
LEGACY_SEPARATORS = re.compile(r"\s*[;\n]\s*|\s+/\s+|,\s+")
POSITION_YEARS = re.compile(
    r"^(?P<title>.*?)[\s,]*(?:(?:från|fr\.o\.m\.|sedan|from|since)\s+)?"
    r"(?P<start>(?:19|20)\d{2})(?:\s*[–—-]\s*(?P<end>(?:19|20)\d{2})?)?\s*$",
    re.IGNORECASE,
)


NOTHING_REPORTED: set[int] = set()  # shared by the rows of sheets without such formulas


@dataclass(frozen=True, slots=True)
class Cell:
    value: Any
    where: Where


class Columns:
    """A sheet's mapping turned around: the columns of each field, with their headers."""

    def __init__(self, mapping: Sequence[str | None], headers: Sequence[Any]) -> None:
        self.of: dict[str, list[tuple[int, str]]] = {}
        for index, field in enumerate(mapping):
            if field is not None:
                header = headers[index] if index < len(headers) else None
                self.of.setdefault(field, []).append((index, "" if header is None else str(header)))


class Row:
    """One spreadsheet row seen through the column mapping; cells are made when asked for.

    With `findings` (a sheet with formulas saved without results) a cell asked for that
    holds such a formula is named as a problem once and read as empty; a cell no
    reader asks for (the sum on a total row) is no problem.
    """

    def __init__(
        self,
        where: Where,
        values: Sequence[Any],
        columns: Columns,
        findings: Findings | None = None,
    ) -> None:
        self.where, self._values, self._columns = where, values, columns
        self._findings = findings
        self._reported: set[int] = set() if findings is not None else NOTHING_REPORTED

    def cells(self, field: str) -> list[Cell]:
        values, found = self._values, []
        for index, header in self._columns.of.get(field, ()):
            if index < len(values) and values[index] is not None and self._usable(index, header):
                found.append(Cell(values[index], self.where.at(index + 1, header)))
        return found

    def cell(self, field: str) -> Cell | None:
        values = self._values
        for index, header in self._columns.of.get(field, ()):
            if index < len(values) and values[index] is not None and self._usable(index, header):
                return Cell(values[index], self.where.at(index + 1, header))
        return None

    def _usable(self, index: int, header: str) -> bool:
        if self._findings is None or self._values[index] is not UNCOMPUTED:
            return True  # nearly always: a sheet without formulas saved without results
        if index not in self._reported:
            self._reported.add(index)
            self._findings.error(self.where.at(index + 1, header), UNCOMPUTED_FORMULA)
        return False

    def places(self, fields: dict[str, str]) -> RowPlaces:
        """Where the row gives each of `fields` (record field -> the sheet's field)."""
        return RowPlaces(self, fields)

    def fields(self) -> set[str]:
        values = self._values
        return {
            field
            for field, columns in self._columns.of.items()
            if any(i < len(values) and values[i] is not None for i, _ in columns)
        }


class RowPlaces:
    """The cells of a row that gave a record's fields, found when asked."""

    __slots__ = ("_fields", "_row")

    def __init__(self, row: Row, fields: dict[str, str]) -> None:
        self._row, self._fields = row, fields

    def get(self, name: str, /) -> Where | None:
        column = self._fields.get(name)
        cell = self._row.cell(column) if column is not None else None
        return cell.where if cell is not None else None


def as_text(value: Any) -> str:
    """A cell's value as the text a user sees: 2007.0 -> '2007'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def text(cell: Cell | None) -> str:
    return "" if cell is None else as_text(cell.value)


def joined(cells: Sequence[Cell]) -> str:
    return "\n".join(t for t in (text(c) for c in cells) if t)


def split_names(value: str, own_export: bool) -> list[str]:
    """Several names in one cell: one a line in the export; ', ', '; ', ' / ' in older lists."""
    parts = value.split("\n") if own_export else LEGACY_SEPARATORS.split(value)
    names = [" ".join(p.split()) for p in parts]
    return list(dict.fromkeys(n for n in names if n))


def name_and_acronym(name: str) -> tuple[str, str]:
    """'Union of Baltic Cities (UBC)' -> ('Union of Baltic Cities', 'UBC')."""
    found = NAME_AND_ACRONYM.match(name.strip())
    if not found or not any(c.isupper() for c in found.group("acronym")):
        return name.strip(), ""
    return found.group("name").strip(), found.group("acronym")


def year(cell: Cell | None, findings: Findings) -> int | None:
    """A whole number or a date's year; whether the year is plausible the editors'
    checks say (app.validation)."""
    if cell is None:
        return None
    value = cell.value
    if isinstance(value, dt.date):
        return value.year
    try:
        number = Decimal(as_text(value).replace("\u00a0", "").replace(" ", ""))
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    except InvalidOperation:
        pass
    findings.error(cell.where, N_("import", "'{value}' is not a year."), value=as_text(value))
    return None


def whole_number(cell: Cell | None, findings: Findings) -> int | None:
    """A whole number; its range the editors' checks say (app.validation)."""
    if cell is None:
        return None
    try:
        number = Decimal(as_text(cell.value).replace(" ", ""))
        if number.is_finite() and number == number.to_integral_value():
            return int(number)
    except InvalidOperation:
        pass
    findings.error(
        cell.where, N_("import", "'{value}' is not a whole number."), value=as_text(cell.value)
    )
    return None


def amount(cell: Cell | None, findings: Findings) -> Decimal | None:
    """A plain amount (no currency), e.g. other costs in SEK; how large an amount may
    be the editors' checks say."""
    return _kept(cell, findings, Money)


def rate(cell: Cell | None, findings: Findings) -> Decimal | None:
    """An exchange rate: never rounded to 0, cut short or overflowing on the way in."""
    found = _kept(cell, findings, Rate)
    digits = (Rate.precision or 0) - (Rate.scale or 0)
    if cell is None or found is None or abs(found) < 10**digits:
        return found
    findings.error(cell.where, TOO_LARGE, value=text(cell), limit=f"{10**digits:,}")
    return None


def _kept(cell: Cell | None, findings: Findings, column: Numeric) -> Decimal | None:
    if cell is None:
        return None
    word = as_text(cell.value)
    found, _read = _number(cell, word, findings)
    return found if found is None or _fits(cell, word, found, findings, column) else None


def _fits(cell: Cell, word: str, found: Decimal, findings: Findings, column: Numeric) -> bool:
    """Whether the register's column keeps the number's decimals (never rounds, say, a
    rate of 1e-30 to 0)."""
    decimals = column.scale or 0
    if _decimals_of(found) <= decimals:
        return True
    findings.error(cell.where, NOT_EXACT, value=word, decimals=decimals)
    return False


def _decimals_of(number: Decimal) -> int:
    """The decimals a finite number needs: 4500.50 -> 1, 1E-30 -> 30; no rounding on
    the way, as a Decimal context would do for a long number."""
    _sign, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int):
        return 0  # NaN or infinity, which _number has refused already
    shown = "".join(map(str, digits))
    return max(0, -(exponent + len(shown) - len(shown.rstrip("0"))))


def _number(cell: Cell, word: str, findings: Findings) -> tuple[Decimal | None, bool]:
    """(the amount in a cell, read): a number cell as it is, a text in either notation.
    NaN and infinity are not amounts; a text that could be read two ways is refused."""
    value = cell.value
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        number = Decimal(str(value))
        if number.is_finite():
            return number, True
    else:
        try:
            return parse_amount(word), True
        except AmbiguousAmountError:
            findings.error(cell.where, AMBIGUOUS, value=word, **_readings(word))
            return None, False
        except ValueError:
            pass
    findings.error(cell.where, NOT_AN_AMOUNT, value=word)
    return None, False


def _readings(word: str) -> dict[str, str]:
    """'1,234' -> 1234 and 1,234.00: the ways to write the thousand-reading plainly."""
    whole = int(re.sub(r"[^\d-]", "", word))
    return {"whole": str(whole), "grouped": f"{whole:,}.00"}


def date(cell: Cell | None, findings: Findings) -> dt.date | None:
    if cell is None:
        return None
    if isinstance(cell.value, dt.datetime):
        return cell.value.date()
    if isinstance(cell.value, dt.date):
        return cell.value
    try:
        return dt.date.fromisoformat(as_text(cell.value))
    except ValueError:
        findings.error(
            cell.where, N_("import", "'{value}' is not a date (write it as 2007-12-19)."),
            value=text(cell),
        )  # fmt: skip
        return None


def choice(cell: Cell | None, enum: type[StrEnum], findings: Findings) -> str | None:
    if cell is None:
        return None
    found = of(enum).key_of(as_text(cell.value))
    if found is None:
        findings.error(
            cell.where, N_("import", "'{value}' is not one of the values this column takes."),
            value=text(cell),
        )  # fmt: skip
    return found


def themes(words: Sequence[str]) -> tuple[str, ...]:
    """The keys of themes as a sheet names them: the common ones in any language
    ('Miljö', 'environment'), the user's own as written; each once."""
    keys = (THEMES.key_of(word) for word in words)
    return tuple(dict.fromkeys(key for key in keys if key))


def boolean(cell: Cell | None, findings: Findings) -> bool | None:
    if cell is None:
        return None
    found = yes_or_no(as_text(cell.value))
    if found is None:
        findings.error(
            cell.where, N_("import", "'{value}' is neither yes nor no."), value=text(cell)
        )
    return found


def currency(cell: Cell | None, findings: Findings) -> str | None:
    if cell is None:
        return None
    word = as_text(cell.value)
    code = word.upper() if is_currency(word.upper()) else None
    code = code or CURRENCY_WORDS.get(word.casefold()) or currency_in(word)
    if code is None or not is_currency(code):
        findings.error(
            cell.where, N_("import", "'{value}' is not a currency (write SEK, EUR, ...)."),
            value=word,
        )  # fmt: skip
    return code if code and is_currency(code) else None


def is_included(word: str) -> bool:
    return any(normalise(word).startswith(w) for w in INCLUDED_WORDS)


def is_no_fee(word: str) -> bool:
    key = normalise(word)
    return word.strip() in DASHES or any(key.startswith(w) for w in NO_FEE_WORDS)


def fee(cell: Cell, findings: Findings) -> tuple[Decimal | None, str | None, bool]:
    """(amount, currency named in the cell or its header, read) from a fee cell.

    'ingår' (in another fee) and words for no fee: (None, None, True) with a note.
    """
    word = as_text(cell.value)
    if isinstance(cell.value, str) and is_included(word):
        findings.note(
            cell.where, N_("import", "'{value}': included in another fee, so no fee of its own."),
            value=word,
        )  # fmt: skip
        return None, None, True
    if isinstance(cell.value, str) and is_no_fee(word):
        findings.note(cell.where, N_("import", "'{value}' read as no fee."), value=word)
        return None, None, True
    number, read = _number(cell, word, findings)
    if number is None:
        return None, None, read
    if not _fits(cell, word, number, findings, Money):
        return None, None, False
    marked = currency_in(word) if isinstance(cell.value, str) else None
    return number, marked or currency_in(cell.where.header), True


def position(value: str, default_year: int) -> tuple[str, int, int | None]:
    """'Styrelseledamot 2006–2008' -> ('Styrelseledamot', 2006, 2008)."""
    found = POSITION_YEARS.match(value.strip())
    if not found or not found.group("title").strip(" ,–-"):
        return value.strip(), default_year, None
    end = found.group("end")
    return found.group("title").strip(" ,–-"), int(found.group("start")), int(end) if end else None


def years_in(texts: Sequence[str]) -> Iterator[int]:
    """Years named in titles: 'Förteckning ... 2007' -> 2007."""
    for value in texts:
        for found in re.finditer(r"(?<!\d)((?:19|20)\d{2})(?!\d)", value):
            yield int(found.group(1))
