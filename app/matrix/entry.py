"""A filled cell of the matrix: how one department takes part in one membership.

A NamedTuple, not a frozen dataclass: a large register has tens of thousands
of cells and a NamedTuple is made three times faster.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from app.matrix.roles import Role


class Entry(NamedTuple):
    """How one department takes part in one membership: a cell of the matrix."""

    role: Role  # the strongest of responsible, participant, contact
    department_id: int
    membership_id: int
    organisation_id: int
    contacts: tuple[str, ...]  # the department's people who are contacts, by name
    contact_roles: tuple[str, ...]  # their contact roles, in the same order
    status: str  # of the membership
    fee_amount: Decimal | None  # the membership's fee of the year
    fee_currency: str
    fee_sek: Decimal | None  # at the year's rate; None without fee or rate

    @property
    def people(self) -> tuple[tuple[str, str], ...]:
        """(name, contact role) of each contact."""
        return tuple(zip(self.contacts, self.contact_roles, strict=True))
