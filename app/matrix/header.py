"""A row or column of the matrix: a department or company, or an organisation or network."""

from __future__ import annotations

from typing import NamedTuple

from app.vocabulary import OrganisationKind

DEPARTMENT, ORGANISATION = "department", "organisation"  # what a header stands for
NETWORK = OrganisationKind.NETWORK


class Header(NamedTuple):
    """A row or column: a department or company, or an organisation or network."""

    entity: str  # DEPARTMENT / ORGANISATION
    id: int
    label: str  # what the header shows: a department's name, an acronym or name
    name: str  # the full name
    kind: str
    short: str = ""  # acronym or short name
    scope: str = ""
    themes: tuple[str, ...] = ()
