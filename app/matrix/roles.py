"""How a department takes part in a membership, and how the matrix shows it.

The window, the sheet and the report take symbols and colours from here, so
the exported matrix looks like the one on screen; the roles' words are the
vocabulary's (`app.vocabulary.PARTICIPATION_ROLES`). Fills differ in lightness
too (about 33 %, 68 % and 90 % grey), so the roles still read when printed in
black and white; the symbols differ in shape as well.
"""

from __future__ import annotations

from enum import IntEnum

from app.vocabulary import PARTICIPATION_ROLES, ParticipationRole


class Role(IntEnum):
    """How a department takes part in a membership; the higher wins in a cell."""

    NONE = 0
    CONTACT = 1  # only holds a contact person
    PARTICIPANT = 2
    RESPONSIBLE = 3

    @property
    def word(self) -> ParticipationRole | None:
        """The vocabulary's key of the role (None for no part)."""
        return _WORDS.get(self)

    def label(self, language_code: str | None = None) -> str:
        """The role in words, in the language (the current one by default)."""
        return PARTICIPATION_ROLES.label(self.word, language_code)


_WORDS = {
    Role.RESPONSIBLE: ParticipationRole.RESPONSIBLE,
    Role.PARTICIPANT: ParticipationRole.PARTICIPANT,
    Role.CONTACT: ParticipationRole.CONTACT,
}
SHOWN = (Role.RESPONSIBLE, Role.PARTICIPANT, Role.CONTACT)  # in the legend's order
SYMBOLS: dict[Role, str] = {
    Role.RESPONSIBLE: "●",
    Role.PARTICIPANT: "○",
    Role.CONTACT: "◆",
    Role.NONE: "",
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
