"""What the matrix shows besides names: role symbols and colours, and value labels.

The view and the spreadsheet take symbols, fills and labels from here, so the
exported matrix looks like the one on screen. Labels are English source text
marked for translation in the "app" context. Fills are chosen to differ in
lightness too (about 33 %, 68 % and 90 % grey), so the roles still read when
printed in black and white; the symbols differ in shape as well.
"""

from __future__ import annotations

from enum import IntEnum

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.labels import KINDS


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
ROLE_LABELS: dict[Role, str] = {
    Role.RESPONSIBLE: N_("app", "Responsible member"),
    Role.PARTICIPANT: N_("app", "Participant"),
    Role.CONTACT: N_("app", "Holds a contact person only"),
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

# Organisation kinds, scopes, statuses and themes are in `app.labels`; the matrix adds
# the kinds of departments, which head its rows.
KIND_LABELS: dict[str, str] = {
    **KINDS,
    "administration": N_("app", "Administration"),
    "company": N_("app", "Company"),
    "other": N_("app", "Other"),
}
CONTACT_ROLE_LABELS: dict[str, str] = {
    "primary": N_("app", "primary"),
    "deputy": N_("app", "deputy"),
    "other": N_("app", "other"),
}
