"""What a spreadsheet's columns mean: fields, their header words, a suggested mapping.

Each kind of sheet (memberships, organisations, ...) has fields. A field is
recognised by words people put in headers, in Swedish and English, and by the
program's own export headers in every language it is translated into. The
header row is found below any title rows; the mapping suggested from it is
only a suggestion: the user can change any column's field.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from app.i18n import LANGUAGES, translate
from app.i18n import QT_TRANSLATE_NOOP as N_
from app.spreadsheet import sheets as s

HEADER_SEARCH_ROWS = 30
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    label: str  # shown in the mapping dialog, marked in the "import" context
    words: tuple[str, ...] = ()  # header words people use (normalised)
    headers: tuple[str, ...] = ()  # the export's headers, matched in every language
    many: bool = False  # may be read from several columns
    required: bool = False
    context: str = "export"  # the translation context of `headers`


def normalise(text: object) -> str:
    """'Förvaltning/bolag ' -> 'förvaltning bolag': case, punctuation and spaces folded."""
    return " ".join(_NOT_WORD.sub(" ", str(text).casefold()).replace("_", " ").split())


def F(key: str, label: str, words: str = "", headers: tuple[str, ...] = (), **flags: bool) -> Field:
    return Field(
        key, label, tuple(w.strip() for w in words.split("|") if w.strip()), headers, **flags
    )


ORGANISATION = F(
    "organisation", N_("import", "Organisation"),
    "organisation|organisationer|organization|namn på organisation|organisationens namn|"
    "organisation nätverk|organisation eller nätverk namn|namn|name|organisation name|"
    "medlemskap i|medlem i",
    (s.ORGANISATION,), required=True,
)  # fmt: skip
DEPARTMENT = F(
    "department", N_("import", "Responsible department"),
    "förvaltning bolag|förvaltning|förvaltningar|bolag|ansvarig förvaltning|ansvarig|"
    "ansvarig förvaltning bolag|förvaltning och bolag|förvaltningar och bolag|nämnd|"
    "department|responsible department|administration|responsible",
    (s.RESPONSIBLE,), required=True,
)  # fmt: skip
MEMBERSHIP_FIELDS = (
    ORGANISATION,
    F("acronym", N_("import", "Acronym"), "förkortning|akronym|acronym|abbreviation", (s.ACRONYM,)),
    F("kind", N_("import", "Kind (organisation or network)"),
      "typ|type|kind|slag|organisation eller nätverk|org nätverk", (s.KIND,)),
    F("network", N_("import", "Network? (yes/no)"), "är nätverk|is network|is a network"),
    F("scope", N_("import", "Scope"), "omfattning|nivå|scope|geografisk omfattning", (s.SCOPE,)),
    F("themes", N_("import", "Themes"), "tema|teman|themes|theme|sakområde|sakområden",
      (s.THEMES,)),
    DEPARTMENT,
    F("participants", N_("import", "Participating departments"),
      "deltagande förvaltningar|övriga förvaltningar|deltar|medverkande|participants|"
      "participating departments", (N_("export", "Participating departments"),), many=True),
    F("contacts", N_("import", "Contact persons (first = primary)"),
      "kontaktperson|kontaktpersoner|kontakt|kontakter|contact|contacts|contact person|"
      "contact persons|handläggare", many=True),
    F("primary_contact", N_("import", "Primary contact"), "primär kontakt|huvudkontakt",
      (N_("export", "Primary contact"),)),
    F("other_contacts", N_("import", "Other contacts"), "övriga kontakter|ersättare",
      (N_("export", "Other contacts"),), many=True),
    F("email", N_("import", "E-mail of the primary contact"),
      "e post|epost|e mail|email|mail|mejl|e postadress|kontaktpersonens e post"),
    F("fee", N_("import", "Fee"),
      "årsavgift|avgift|medlemsavgift|årlig avgift|avgift kr|avgift sek|avgift eur|avgift euro|"
      "avgift i kr|fee|annual fee|membership fee|kostnad|belopp", (N_("export", "Fee"),),
      many=True),
    F("currency", N_("import", "Currency"), "valuta|currency|valutakod",
      (N_("export", "Currency"),)),
    F("fee_sek", N_("import", "Fee in SEK (used when there is no fee column)"), "",
      (N_("export", "Fee in SEK"),)),
    F("start_year", N_("import", "Start year"),
      "startår|start|medlem sedan|member since|sedan|inträde|medlem från|år för inträde",
      (N_("export", "Start year"),)),
    F("end_year", N_("import", "End year"), "slutår|utträde|medlem till|upphör|till år",
      (N_("export", "End year"),)),
    F("status", N_("import", "Status"), "status", (N_("export", "Status"),)),
    F("notice_months", N_("import", "Notice period (months)"),
      "uppsägningstid|uppsägningstid mån|uppsägningstid månader|notice|notice period",
      (N_("export", "Notice period (months)"),)),
    F("notes", N_("import", "Notes"),
      "anteckningar|anteckning|kommentar|kommentarer|notes|note|anmärkning|övrigt|noteringar",
      (N_("export", "Notes"),), many=True),
    F("position", N_("import", "Position of trust"),
      "förtroendepost|förtroendeposter|styrelsepost|styrelseuppdrag|position of trust|"
      "positions of trust|board seat"),
    F("added_value", N_("import", "Added value (assessment of the year)"),
      "mervärde|mervärde kommentar|added value|nytta|mervärde nytta", many=True),
)  # fmt: skip

# Columns of the export that are computed from others: known, never read.
DERIVED_HEADERS = (
    N_("export", "Latest rating"), N_("export", "Latest recommendation"),
    N_("export", "Assessed in"), N_("export", "Memberships"),
    N_("export", "Departments taking part"), s.FEES_SEK, N_("export", "Organisations"),
    N_("export", "Networks"), N_("export", "Responsible for"),
)  # fmt: skip

# Rough stems for headers no word list foresaw, tried in this order.
STEMS = (
    ("fee", ("avgift", "fee", "kostnad")),
    ("contacts", ("kontakt", "contact")),
    ("department", ("förvaltning", "department", "bolag")),
    ("organisation", ("organisation", "organization")),
    ("added_value", ("mervärde", "added value")),
    ("notes", ("kommentar", "anteckning", "note")),
    ("email", ("e post", "email", "e mail")),
    ("currency", ("valuta", "currency")),
    ("position", ("förtroende", "styrelse")),
)


def _fields(
    *spec: tuple[str, str, object] | tuple[str, str], context: str = "export"
) -> tuple[Field, ...]:
    """Fields recognised by the export's own headers: (key, header) or a sheet's
    (key, header, kind) column."""
    return tuple(Field(c[0], c[1], (), (c[1],), context=context) for c in spec)


ORGANISATION_FIELDS = (ORGANISATION, *_fields(*s.ORGANISATION_COLUMNS[1:]))
DEPARTMENT_FIELDS = _fields(*s.DEPARTMENT_COLUMNS)
CONTACT_FIELDS = _fields(*s.CONTACT_COLUMNS)
POSITION_FIELDS = _fields(*s.POSITION_COLUMNS)
ASSESSMENT_FIELDS = _fields(*s.ASSESSMENT_COLUMNS)
# The review's own Decisions sheet (app.spreadsheet.review_sheets), "minutes" context.
DECISION_FIELDS = _fields(
    ("organisation", N_("minutes", "Organisation")),
    ("department", N_("minutes", "Responsible department")),
    ("decision", N_("minutes", "Decision")), ("rationale", N_("minutes", "Reason")),
    ("decided_by", N_("minutes", "Decided by")),
    context="minutes",
)  # fmt: skip
RATE_FIELDS = _fields(*s.RATE_COLUMNS)

# Sheet kinds, by the export's sheet names; any other sheet may be a list of memberships.
FIELDS_OF_KIND: dict[str, tuple[Field, ...]] = {
    "memberships": MEMBERSHIP_FIELDS,
    "organisations": ORGANISATION_FIELDS,
    "departments": DEPARTMENT_FIELDS,
    "contacts": CONTACT_FIELDS,
    "positions": POSITION_FIELDS,
    "assessments": ASSESSMENT_FIELDS,
    "decisions": DECISION_FIELDS,
    "rates": RATE_FIELDS,
}
SHEET_KINDS = {
    ("export", s.MEMBERSHIPS): "memberships", ("export", s.ORGANISATIONS): "organisations",
    ("export", s.DEPARTMENTS): "departments", ("export", s.CONTACTS): "contacts",
    ("export", s.POSITIONS): "positions", ("export", s.ASSESSMENTS): "assessments",
    ("export", s.RATES): "rates", ("export", s.SUMMARY): "summary",
    ("app", N_("app", "Matrix")): "derived", ("export", s.FEES_BY_YEAR): "derived",
    # The review's sheets, named with the year.
    ("minutes", N_("minutes", "Decisions {year}")): "decisions",
    ("minutes", N_("minutes", "Review {year}")): "review",
}  # fmt: skip


def in_every_language(text: str, context: str = "export") -> set[str]:
    return {normalise(translate(context, text, code)) for code in LANGUAGES}


@cache
def _known_words(kind: str) -> dict[str, str]:
    """Normalised header -> field key for one kind of sheet."""
    found: dict[str, str] = {}
    for header in DERIVED_HEADERS:
        for word in in_every_language(header):
            found[word] = ""
    for field in FIELDS_OF_KIND[kind]:
        for word in field.words:
            found.setdefault(normalise(word), field.key)
        for header in field.headers:
            for word in in_every_language(header, field.context):
                found[word] = field.key  # the export's own headers win
    return found


def kind_of_sheet(title: str) -> str | None:
    """The kind of one of the export's sheets by its name, in any language."""
    key = normalise(title)
    for (context, text), kind in SHEET_KINDS.items():
        for name in in_every_language(text, context):
            if key == name or ("year" in name and re.fullmatch(
                re.escape(name).replace("year", r"\d{4}"), key
            )):  # fmt: skip
                return kind
    return None


def field_for_header(kind: str, header: object) -> str | None:
    """The field a header names, or None when it names none (or a computed column)."""
    raw = str(header or "").strip()
    key = normalise(raw)
    if not key:
        return None
    if kind == "memberships" and raw.endswith("?") and key in {"nätverk", "network"}:
        return "network"
    known = _known_words(kind)
    if key in known:
        return known[key] or None
    if kind != "memberships":
        return None
    for field, stems in STEMS:
        if any(stem in key for stem in stems):
            return field
    return None


def suggest_mapping(kind: str, headers: Sequence[object]) -> list[str | None]:
    """A field per column; a field that is not `many` goes to its first column only."""
    many = {f.key for f in FIELDS_OF_KIND[kind] if f.many}
    used: set[str] = set()
    mapping: list[str | None] = []
    for header in headers:
        field = field_for_header(kind, header)
        if field is not None and field in used and field not in many:
            field = None
        if field is not None:
            used.add(field)
        mapping.append(field)
    return mapping


def find_header_row(kind: str, rows: Sequence[Sequence[object]]) -> int | None:
    """The index of the header row: the first of the top rows naming the required
    fields (or, failing that, two fields or more)."""
    required = {f.key for f in FIELDS_OF_KIND[kind] if f.required}
    fallback = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = {f for f in (field_for_header(kind, c) for c in row if c is not None) if f}
        if required and required <= fields:
            return index
        if fallback is None and len(fields) >= 2 and (not required or fields & required):
            fallback = index
    return fallback
