"""The domain's words: the one home of every enumerated value the register stores.

Each value has a stored key (the `StrEnum` member's value, short lowercase
text portable between SQLite and PostgreSQL), one label (English source text
marked for translation in the single context "vocabulary"), a place in the
order people expect, and the other words an older spreadsheet may use for it
(its aliases). The window, the export and import, the report, the minutes and
the change log all read the words here, so a value is called the same
everywhere and a Swedish sheet reads back as it was written.

No Qt here: labels are translated with `app.i18n`, whose language the window
sets to its own (ui/language.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from app.i18n import LANGUAGES, language, translate
from app.i18n import QT_TRANSLATE_NOOP as N_

CONTEXT = "vocabulary"


class OrganisationKind(StrEnum):
    ORGANISATION = "organisation"
    NETWORK = "network"


class Scope(StrEnum):
    GLOBAL = "global"
    EUROPEAN = "european"
    NORDIC = "nordic"
    BALTIC = "baltic"
    NATIONAL = "national"
    OTHER = "other"


class DepartmentKind(StrEnum):
    ADMINISTRATION = "administration"
    COMPANY = "company"
    OTHER = "other"


class MembershipStatus(StrEnum):
    ACTIVE = "active"
    UNDER_REVIEW = "under_review"
    NOTICE_GIVEN = "notice_given"
    ENDED = "ended"


class ContactRole(StrEnum):
    PRIMARY = "primary"
    DEPUTY = "deputy"
    OTHER = "other"


class Recommendation(StrEnum):
    KEEP = "keep"
    LEAVE = "leave"
    CHANGE = "change"
    UNDECIDED = "undecided"


class DecisionKind(StrEnum):
    KEEP = "keep"
    LEAVE = "leave"
    CHANGE = "change"
    POSTPONE = "postpone"


class ReviewStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ChangeAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"


class ParticipationRole(StrEnum):
    """How a department takes part in a membership (the matrix's symbols)."""

    RESPONSIBLE = "responsible"
    PARTICIPANT = "participant"
    CONTACT = "contact"  # only holds a contact person


def fold(word: object) -> str:
    """A word as compared when read back: trimmed, inner spaces folded, case ignored."""
    return " ".join(str(word).split()).casefold()


@dataclass(frozen=True, slots=True)
class Word:
    key: str
    label: str  # English source, translated in CONTEXT
    aliases: tuple[str, ...] = ()  # other words read as this key, any language


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per field
class Vocabulary:
    """The words of one enumerated field, in the order people expect them.

    `open` vocabularies (themes) also store words of the user's own: an unknown
    key is shown as written and read back as written.
    """

    name: str
    words: tuple[Word, ...]
    open: bool = False
    none_label: str = ""  # shown for no value at all ("not assessed"), if it has a word
    _by_key: dict[str, Word] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_key", {w.key: w for w in self.words})

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def keys(self) -> tuple[str, ...]:
        return tuple(self._by_key)

    def source(self, key: str | None) -> str:
        """The English source of the key's label (for Qt's own translate); the key if unknown."""
        if not key:
            return self.none_label or ""
        word = self._by_key.get(key)
        return word.label if word else key

    def label(self, key: str | None, language_code: str | None = None) -> str:
        """The key's label in the language (the current one by default)."""
        return _label(self, key or "", language_code or language())

    def labels(self, language_code: str | None = None) -> dict[str, str]:
        return {key: self.label(key, language_code) for key in self._by_key}

    def choices(self, language_code: str | None = None) -> list[tuple[str, str]]:
        """(key, label) of every word in order: for combo boxes and filters."""
        return list(self.labels(language_code).items())

    def order(self, key: str) -> int:
        """The key's place in the order; unknown keys last."""
        keys = self.keys()
        return keys.index(key) if key in keys else len(keys)

    def means_none(self, word: object) -> bool:
        """Whether the word is this field's word for no value ('Not decided'), in any language."""
        folded = fold(word) if word is not None else ""
        none = self.none_label
        return bool(none) and any(folded == fold(translate(CONTEXT, none, c)) for c in LANGUAGES)

    def key_of(self, word: object) -> str | None:
        """The key a word means, in any language, by label, key or alias; None if none.

        An open vocabulary reads an unknown word as a key of its own (trimmed)."""
        folded = fold(word) if word is not None else ""
        if not folded:
            return None
        found = _readings(self).get(folded)
        if found is None and self.open:
            return " ".join(str(word).split())
        return found


@cache
def _label(vocabulary: Vocabulary, key: str, language_code: str) -> str:
    source = vocabulary.source(key)
    if not source:
        return ""
    known = key in vocabulary or not key
    return translate(CONTEXT, source, language_code) if known else source


@cache
def _readings(vocabulary: Vocabulary) -> dict[str, str]:
    """Every word that means a key, folded: built once, then each cell is one lookup."""
    found: dict[str, str] = {}
    for word in vocabulary.words:
        readings = [word.key, word.key.replace("_", " "), *word.aliases]
        readings += [translate(CONTEXT, word.label, code) for code in LANGUAGES]
        for reading in readings:
            found.setdefault(fold(reading), word.key)
    return found


def _words(*words: tuple[StrEnum | str, str] | tuple[StrEnum | str, str, str]) -> tuple[Word, ...]:
    """Words from (key, label[, "alias|alias"]) triples."""
    made = []
    for key, label, *rest in words:
        aliases = tuple(a for a in (rest[0] if rest else "").split("|") if a)
        made.append(Word(str(key), label, aliases))
    return tuple(made)


ORGANISATION_KINDS = Vocabulary("organisation kind", _words(
    (OrganisationKind.ORGANISATION, N_("vocabulary", "Organisation"), "org|organization"),
    (OrganisationKind.NETWORK, N_("vocabulary", "Network"), "nätverk"),
))  # fmt: skip
SCOPES = Vocabulary("scope", _words(
    (Scope.GLOBAL, N_("vocabulary", "Global"), "internationell|international|världen"),
    (Scope.EUROPEAN, N_("vocabulary", "European"), "europeisk|europa|europe|eu"),
    (Scope.NORDIC, N_("vocabulary", "Nordic"), "nordisk|norden"),
    (Scope.BALTIC, N_("vocabulary", "Baltic"), "baltisk|östersjön|östersjöregionen"),
    (Scope.NATIONAL, N_("vocabulary", "National"), "nationell|sverige"),
    (Scope.OTHER, N_("vocabulary", "Other"), "övrig|övrigt|annan"),
))  # fmt: skip
DEPARTMENT_KINDS = Vocabulary("department kind", _words(
    (DepartmentKind.ADMINISTRATION, N_("vocabulary", "Administration"), "förvaltning"),
    (DepartmentKind.COMPANY, N_("vocabulary", "City-owned company"),
     "company|bolag|kommunalt bolag|stadens bolag"),
    (DepartmentKind.OTHER, N_("vocabulary", "Other"), "övrig|övrigt|annan"),
))  # fmt: skip
MEMBERSHIP_STATUSES = Vocabulary("membership status", _words(
    (MembershipStatus.ACTIVE, N_("vocabulary", "Active"), "aktiv|pågående"),
    (MembershipStatus.UNDER_REVIEW, N_("vocabulary", "Under review"), "under översyn|översyn"),
    (MembershipStatus.NOTICE_GIVEN, N_("vocabulary", "Notice given"), "uppsagd|uppsägning"),
    (MembershipStatus.ENDED, N_("vocabulary", "Ended"), "avslutad|avslutat|upphört"),
))  # fmt: skip
CONTACT_ROLES = Vocabulary("contact role", _words(
    (ContactRole.PRIMARY, N_("vocabulary", "Primary contact"),
     "primary|primär|huvudkontakt|kontaktperson"),
    (ContactRole.DEPUTY, N_("vocabulary", "Deputy"), "ersättare|ställföreträdare|suppleant"),
    (ContactRole.OTHER, N_("vocabulary", "Other contact"), "other|övrig|annan"),
))  # fmt: skip
RECOMMENDATIONS = Vocabulary("recommendation", _words(
    (Recommendation.KEEP, N_("vocabulary", "Keep"), "behåll|behålla"),
    (Recommendation.LEAVE, N_("vocabulary", "Leave"), "lämna|utträd|säg upp"),
    (Recommendation.CHANGE, N_("vocabulary", "Change"), "ändra|förändra"),
    (Recommendation.UNDECIDED, N_("vocabulary", "Undecided"), "oklart|ej bestämt|vet ej"),
), none_label=N_("vocabulary", "Not assessed"))  # fmt: skip
DECISIONS = Vocabulary("decision", _words(
    (DecisionKind.KEEP, N_("vocabulary", "Keep"), "behåll|behålla"),
    (DecisionKind.LEAVE, N_("vocabulary", "Leave"), "lämna|utträd|säg upp"),
    (DecisionKind.CHANGE, N_("vocabulary", "Change"), "ändra|förändra"),
    (DecisionKind.POSTPONE, N_("vocabulary", "Postpone"), "skjut upp|senarelägg|bordlägg"),
), none_label=N_("vocabulary", "Not decided"))  # fmt: skip
# What the minutes call each group of decisions ("Kept (12)"): the outcome, not the choice.
OUTCOMES = Vocabulary("outcome", _words(
    (DecisionKind.KEEP, N_("vocabulary", "Kept")),
    (DecisionKind.LEAVE, N_("vocabulary", "Left")),
    (DecisionKind.CHANGE, N_("vocabulary", "To be changed")),
    (DecisionKind.POSTPONE, N_("vocabulary", "Postponed")),
), none_label=N_("vocabulary", "Not yet decided"))  # fmt: skip
REVIEW_STATUSES = Vocabulary("review status", _words(
    (ReviewStatus.OPEN, N_("vocabulary", "Open"), "öppen|pågående"),
    (ReviewStatus.CLOSED, N_("vocabulary", "Closed"), "stängd|avslutad"),
))  # fmt: skip
CHANGE_ACTIONS = Vocabulary("change", _words(
    (ChangeAction.CREATE, N_("vocabulary", "Added")),
    (ChangeAction.UPDATE, N_("vocabulary", "Changed")),
    (ChangeAction.DELETE, N_("vocabulary", "Deleted")),
))  # fmt: skip
PARTICIPATION_ROLES = Vocabulary("participation", _words(
    (ParticipationRole.RESPONSIBLE, N_("vocabulary", "Responsible member"), "ansvarig"),
    (ParticipationRole.PARTICIPANT, N_("vocabulary", "Participant"), "deltar|deltagare"),
    (ParticipationRole.CONTACT, N_("vocabulary", "Holds a contact person only")),
))  # fmt: skip
RATINGS = Vocabulary("rating", _words(
    ("1", N_("vocabulary", "1 – little")),
    ("2", N_("vocabulary", "2")),
    ("3", N_("vocabulary", "3")),
    ("4", N_("vocabulary", "4")),
    ("5", N_("vocabulary", "5 – very much")),
), none_label=N_("vocabulary", "Not rated"))  # fmt: skip
# Themes are free text; these are the common ones, stored by key and shown translated.
THEMES = Vocabulary("theme", _words(
    ("ageing", N_("vocabulary", "Ageing"), "äldre|äldrefrågor"),
    ("business", N_("vocabulary", "Business"), "näringsliv"),
    ("culture", N_("vocabulary", "Culture"), "kultur"),
    ("education", N_("vocabulary", "Education"), "utbildning"),
    ("employment", N_("vocabulary", "Employment"), "arbetsmarknad|sysselsättning"),
    ("energy", N_("vocabulary", "Energy"), "energi"),
    ("environment", N_("vocabulary", "Environment"), "miljö"),
    ("governance", N_("vocabulary", "Governance"), "styrning|demokrati"),
    ("health", N_("vocabulary", "Health"), "hälsa|folkhälsa"),
    ("housing", N_("vocabulary", "Housing"), "bostäder|boende"),
    ("it", N_("vocabulary", "IT"), "informationsteknik"),
    ("other", N_("vocabulary", "Other"), "övrigt|övrig"),
    ("planning", N_("vocabulary", "Urban planning"), "stadsplanering|planering|stadsbyggnad"),
    ("ports", N_("vocabulary", "Ports"), "hamnar|hamn"),
    ("safety", N_("vocabulary", "Safety"), "trygghet|säkerhet"),
    ("social", N_("vocabulary", "Social services"), "social omsorg|socialtjänst"),
    ("sport", N_("vocabulary", "Sport"), "idrott"),
    ("tourism", N_("vocabulary", "Tourism"), "turism|besöksnäring"),
    ("transport", N_("vocabulary", "Transport"), "trafik|transporter"),
    ("water", N_("vocabulary", "Water"), "vatten"),
), open=True)  # fmt: skip

YES = frozenset({"ja", "yes", "x", "j", "y", "1", "true", "sant"})
NO = frozenset({"nej", "no", "n", "0", "false", "falskt", "-"})

_OF_ENUM: dict[type[StrEnum], Vocabulary] = {
    OrganisationKind: ORGANISATION_KINDS,
    Scope: SCOPES,
    DepartmentKind: DEPARTMENT_KINDS,
    MembershipStatus: MEMBERSHIP_STATUSES,
    ContactRole: CONTACT_ROLES,
    Recommendation: RECOMMENDATIONS,
    DecisionKind: DECISIONS,
    ReviewStatus: REVIEW_STATUSES,
    ChangeAction: CHANGE_ACTIONS,
    ParticipationRole: PARTICIPATION_ROLES,
}


def of(enum: type[StrEnum]) -> Vocabulary:
    """The words of an enumerated field, by its enum."""
    return _OF_ENUM[enum]


def yes_or_no(word: object) -> bool | None:
    """A yes/no cell of a spreadsheet ('ja', 'x', 'nej' ...); None when it says neither."""
    folded = fold(word) if word is not None else ""
    if folded in YES:
        return True
    if folded in NO:
        return False
    return None


def theme_labels(keys: Iterable[str], language_code: str | None = None) -> list[str]:
    """Themes as shown: translated where known, the user's own words as written."""
    return [THEMES.label(key, language_code) for key in keys]
