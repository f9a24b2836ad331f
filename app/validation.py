"""Checks on what users enter, collecting every problem with the field it concerns.

Text is cleaned on the way in, the same for editors and the import (which runs
these checks): every text field is put in Unicode NFC, so a composed and a
decomposed "é" are the same letter; line breaks of every kind (CR LF, CR,
Word's vertical tab, form feed, U+2028/9) become a newline, which one-line
fields fold into a space; other invisible control characters (C0 and C1, such as
a stray bell pasted from another program) are silently dropped, as the user
never meant them. Two kinds are refused with a problem instead, since dropping
them could change what the text says: NUL (a sign of binary junk, and refused by
PostgreSQL) and the bidi embedding, override and isolate controls
(U+202A-U+202E, U+2066-U+2069), which can make a name read differently from
what is stored.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from app.currencies import is_currency
from app.errors import Problem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as N_

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FIRST_YEAR, LAST_YEAR = 1900, 2200
"""The one year range of the program: editors, import, command line and database alike."""
REFUSED_CONTROLS = "\x00\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""NUL and the bidi embedding, override and isolate controls: refused in any text."""
_REFUSED = re.compile(f"[{REFUSED_CONTROLS}]")
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_DROPPED = re.compile("[\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")  # keeps tab and newline


def clean_text(value: str) -> str:
    """NFC, every line break a newline, invisible controls gone (refused ones too)."""
    text = _LINE_BREAKS.sub("\n", _DROPPED.sub("", _REFUSED.sub("", value)))
    return unicodedata.normalize("NFC", text)


def is_plausible_year(value: int | Decimal) -> bool:
    return FIRST_YEAR <= value <= LAST_YEAR


class Checker:
    """Collects problems; `done()` raises them all at once, so a form can show each."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, message: str, **params: object) -> None:
        self.problems.append(Problem(field, message, dict(params)))

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def text(self, field: str, value: str) -> str:
        """`value` cleaned (see the module); a problem when it held a refused character."""
        if _REFUSED.search(value):
            self.add(field, N_("app", "The text contains an invisible control character."))
        return clean_text(value)

    def required(self, field: str, value: str, max_length: int = 200) -> str:
        text = " ".join(self.text(field, value).split())  # trims, folds runs of white space
        if not text:
            self.add(field, N_("app", "This field must not be empty."))
        elif len(text) > max_length:
            self.add(field, N_("app", "At most {limit} characters."), limit=max_length)
        return text

    def optional(self, field: str, value: str, max_length: int = 200) -> str:
        text = self.text(field, value).strip()
        if len(text) > max_length:
            self.add(field, N_("app", "At most {limit} characters."), limit=max_length)
        return text

    def choice(self, field: str, value: str, allowed: type[StrEnum]) -> str:
        if value not in {member.value for member in allowed}:
            self.add(field, N_("app", "'{value}' is not one of the allowed values."), value=value)
        return value

    def year(self, field: str, value: int | None, *, required: bool = True) -> int | None:
        if value is None:
            if required:
                self.add(field, N_("app", "Enter a year."))
            return None
        if not is_plausible_year(value):
            self.add(field, N_("app", "{year} is not a plausible year."), year=value)
        return value

    def years_in_order(self, field: str, start: int | None, end: int | None) -> None:
        if start is not None and end is not None and end < start:
            self.add(
                field,
                N_("app", "The end year {end} is before the start year {start}."),
                end=end,
                start=start,
            )

    def email(self, field: str, value: str) -> str:
        text = self.text(field, value).strip()
        if text and not EMAIL.match(text):
            self.add(field, N_("app", "'{value}' is not an e-mail address."), value=text)
        return text

    def currency(self, field: str, value: str) -> str:
        code = value.strip().upper()
        if not is_currency(code):
            self.add(field, N_("app", "'{value}' is not a known currency code."), value=value)
        return code

    def amount(self, field: str, value: Decimal | int | float | str | None) -> Decimal | None:
        try:
            amount = Decimal(str(value))
        except (InvalidOperation, ValueError):
            self.add(field, N_("app", "'{value}' is not an amount."), value=value)
            return None
        if not amount.is_finite():
            self.add(field, N_("app", "'{value}' is not an amount."), value=value)
            return None
        if amount < 0:
            self.add(field, N_("app", "An amount cannot be negative."))
        if amount >= Decimal("1e12"):
            self.add(field, N_("app", "The amount is too large."))
        return amount

    def rating(self, field: str, value: int | None) -> int | None:
        if value is not None and not 1 <= value <= 5:
            self.add(field, N_("app", "A rating is from 1 to 5."))
        return value

    def not_negative(self, field: str, value: int) -> int:
        if value < 0:
            self.add(field, N_("app", "This cannot be negative."))
        return value
