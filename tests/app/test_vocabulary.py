"""The domain's words: one label per value, read back from any language or alias."""

from __future__ import annotations

import pytest

from app import vocabulary as v
from app.i18n import LANGUAGES

ALL = (
    v.ORGANISATION_KINDS, v.SCOPES, v.DEPARTMENT_KINDS, v.MEMBERSHIP_STATUSES,
    v.CONTACT_ROLES, v.RECOMMENDATIONS, v.DECISIONS, v.OUTCOMES, v.REVIEW_STATUSES,
    v.CHANGE_ACTIONS, v.PARTICIPATION_ROLES, v.RATINGS, v.THEMES,
)  # fmt: skip


@pytest.mark.parametrize("vocabulary", ALL, ids=lambda x: x.name)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_reads_back_as_its_key(vocabulary: v.Vocabulary, language: str) -> None:
    for key, label in vocabulary.choices(language):
        assert label, key
        assert vocabulary.key_of(label) == key
        assert vocabulary.key_of(f"  {label.upper()} ") == key


@pytest.mark.parametrize("vocabulary", ALL, ids=lambda x: x.name)
def test_labels_differ_within_a_field_in_every_language(vocabulary: v.Vocabulary) -> None:
    for language in LANGUAGES:
        labels = [label.casefold() for _, label in vocabulary.choices(language)]
        assert len(set(labels)) == len(labels), (vocabulary.name, language, labels)


def test_each_enum_has_its_words_in_declaration_order() -> None:
    for enum in (v.OrganisationKind, v.Scope, v.DepartmentKind, v.MembershipStatus,
                 v.ContactRole, v.Recommendation, v.DecisionKind, v.ReviewStatus,
                 v.ChangeAction, v.ParticipationRole):  # fmt: skip
        assert v.of(enum).keys() == tuple(member.value for member in enum)


def test_swedish_labels_and_older_words() -> None:
    assert v.MEMBERSHIP_STATUSES.label("notice_given", "sv") == "Uppsagt"
    assert v.THEMES.label("environment", "sv") == "Miljö"
    assert v.ORGANISATION_KINDS.key_of("nätverk") == "network"
    assert v.DEPARTMENT_KINDS.key_of("Bolag") == "company"
    assert v.CONTACT_ROLES.key_of("Primary") == "primary"  # an older export's word
    assert v.SCOPES.key_of("under_review") is None
    assert v.SCOPES.key_of("") is None


def test_a_theme_of_the_users_own_is_kept_as_written() -> None:
    assert v.THEMES.key_of("  Smart   cities ") == "Smart cities"
    assert v.THEMES.label("Smart cities", "sv") == "Smart cities"
    assert v.THEMES.key_of("miljö") == "environment"


def test_no_value_has_its_own_word_where_one_is_needed() -> None:
    assert v.RECOMMENDATIONS.label("", "sv") == "Inte bedömt"
    assert v.DECISIONS.label(None, "en") == "Not decided"
    assert v.RATINGS.label(None, "en") == "Not rated"
    assert v.SCOPES.label("", "en") == ""


def test_an_unknown_key_shows_as_stored() -> None:
    assert v.SCOPES.label("interplanetary", "sv") == "interplanetary"
    assert v.SCOPES.order("interplanetary") == len(v.SCOPES.keys())


@pytest.mark.parametrize(
    ("word", "meaning"),
    [("Ja", True), ("x", True), ("nej", False), ("-", False), ("kanske", None), (None, None)],
)
def test_yes_or_no(word: object, meaning: bool | None) -> None:
    assert v.yes_or_no(word) is meaning


def test_the_word_for_no_value_is_read_in_every_language() -> None:
    assert v.DECISIONS.means_none(f"  {v.DECISIONS.label('', 'sv').upper()} ")
    assert v.DECISIONS.means_none("not decided")
    assert not v.DECISIONS.means_none("Keep")
    assert not v.SCOPES.means_none("")
