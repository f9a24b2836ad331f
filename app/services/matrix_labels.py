"""What the matrix shows besides names: role symbols and colours, and value labels.

The view and the spreadsheet take symbols, fills and labels from here, so the
exported matrix looks like the one on screen. The words are the vocabulary's
(`app.vocabulary`). Fills are chosen to differ in
lightness too (about 33 %, 68 % and 90 % grey), so the roles still read when
printed in black and white; the symbols differ in shape as well.
"""

from __future__ import annotations

from enum import IntEnum

from app.vocabulary import (
    DEPARTMENT_KINDS,
    ORGANISATION_KINDS,
    PARTICIPATION_ROLES,
    ParticipationRole,
)


class Role(IntEnum):
    """How a department takes part in a membership; the higher wins in a cell."""

    NONE = 0
    CONTACT = 1  # only holds a contact person
    PARTICIPANT = 2
    RESPONSIBLE = 3


SYMBOLS: dict[Role, str] = {
    Role.RESPONSIBLE: "●",
    Role.PARTICIPANT: "○",
    Role.CONTACT: "◆",
    Role.NONE: "",
}
PARTICIPATION: dict[Role, ParticipationRole] = {
    Role.RESPONSIBLE: ParticipationRole.RESPONSIBLE,
    Role.PARTICIPANT: ParticipationRole.PARTICIPANT,
    Role.CONTACT: ParticipationRole.CONTACT,
}
# RGB hex of the cell fill and of the symbol on it.
FILLS: dict[Role, str] = {
    Role.RESPONSIBLE: "2E5C8A",
    Role.PARTICIPANT: "8FB3DC",
    Role.CONTACT: "F5E6B8",
}
INKS: dict[Role, str] = {
    Role.RESPONSIBLE: "FFFFFF",
    Role.PARTICIPANT: "0B2545",
    Role.CONTACT: "5C4300",
}
TOTAL_FILL = "E8ECF1"  # the totals row and column
NETWORK_FILL = "DDEED3"  # the header of a network, to set networks apart from organisations


def role_label(role: Role, language: str | None = None) -> str:
    """The role's words in the legend and tooltips; none for an empty cell."""
    return PARTICIPATION_ROLES.label(PARTICIPATION[role], language) if role in PARTICIPATION else ""


def kind_label(kind: str, language: str | None = None) -> str:
    """The kind of a matrix heading: an organisation's or a department's."""
    words = ORGANISATION_KINDS if kind in ORGANISATION_KINDS else DEPARTMENT_KINDS
    return words.label(kind, language)
