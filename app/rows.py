"""What the services take and return: plain frozen dataclasses, never ORM objects.

`...Data` classes are what a form or an import hands in; `...Row` classes are
what views show. Rows carry `version` so a later save can detect that someone
else changed the record meanwhile.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import Any, TypeVar

T = TypeVar("T")


def fields_of(target: type[T], source: object, **given: Any) -> T:
    """A `target` whose fields are `source`'s attributes of the same names, but for the
    ones `given`: how a record becomes its row, and a row the data an editor saves."""
    names = [f.name for f in fields(target) if f.name not in given]  # type: ignore[arg-type]
    return target(**{name: getattr(source, name) for name in names}, **given)


# --- input ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganisationData:
    name: str
    acronym: str = ""
    kind: str = "organisation"
    scope: str = "european"
    themes: tuple[str, ...] = ()
    website: str = ""
    country: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class DepartmentData:
    name: str
    short_name: str = ""
    kind: str = "administration"
    coordinator_id: int | None = None
    strategy_year: int | None = None


@dataclass(frozen=True, slots=True)
class PersonData:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    department_id: int | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class FeeData:
    year: int
    amount: Decimal
    currency: str = "SEK"


@dataclass(frozen=True, slots=True)
class ContactData:
    person_id: int
    role: str = "primary"


@dataclass(frozen=True, slots=True)
class PositionData:
    title: str
    from_year: int
    body: str = ""
    person_id: int | None = None
    to_year: int | None = None


@dataclass(frozen=True, slots=True)
class MembershipData:
    organisation_id: int
    responsible_department_id: int
    start_year: int
    end_year: int | None = None
    status: str = "active"
    notice_months: int | None = None
    notes: str = ""
    participant_ids: tuple[int, ...] = ()
    contacts: tuple[ContactData, ...] = ()
    fees: tuple[FeeData, ...] = ()
    positions: tuple[PositionData, ...] = ()


@dataclass(frozen=True, slots=True)
class AssessmentData:
    membership_id: int
    year: int
    added_value: str = ""
    rating: int | None = None
    meetings_attended: int = 0
    working_groups: int = 0
    positions_held: int = 0
    other_costs_sek: Decimal = Decimal(0)
    recommendation: str = "undecided"
    assessed_by: str = ""
    assessed_on: dt.date | None = None


@dataclass(frozen=True, slots=True)
class ExchangeRateData:
    currency: str
    year: int
    rate_to_sek: Decimal


# --- output -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    version: int
    name: str
    acronym: str
    kind: str
    scope: str
    themes: tuple[str, ...]
    website: str
    country: str
    description: str
    memberships: int = 0  # memberships on record, any year

    def data(self) -> OrganisationData:
        return fields_of(OrganisationData, self)


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    id: int
    version: int
    name: str
    short_name: str
    kind: str
    coordinator_id: int | None
    coordinator: str
    strategy_year: int | None
    memberships: int = 0  # memberships it is responsible for, any year

    def data(self) -> DepartmentData:
        return fields_of(DepartmentData, self)


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    version: int
    name: str
    title: str
    email: str
    phone: str
    department_id: int | None
    department: str
    active: bool
    contact_for: int = 0  # memberships this person is a contact for

    def data(self) -> PersonData:
        return fields_of(PersonData, self)


@dataclass(frozen=True, slots=True)
class MembershipRow:
    """One line of the memberships view for a given year."""

    id: int
    version: int
    organisation_id: int
    organisation: str
    acronym: str
    kind: str
    scope: str
    responsible_department_id: int
    responsible_department: str
    participants: tuple[str, ...]
    primary_contact: str
    fee_amount: Decimal | None
    fee_currency: str
    fee_sek: Decimal | None
    start_year: int
    end_year: int | None
    status: str
    latest_rating: int | None
    latest_recommendation: str
    latest_assessment_year: int | None
    participant_ids: tuple[int, ...] = ()
    themes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ContactRow:
    person_id: int
    name: str
    role: str
    email: str
    department: str
    active: bool


@dataclass(frozen=True, slots=True)
class FeeRow:
    year: int
    amount: Decimal
    currency: str
    sek: Decimal | None


@dataclass(frozen=True, slots=True)
class PositionRow:
    id: int
    membership_id: int
    organisation: str
    title: str
    body: str
    person_id: int | None
    person: str
    from_year: int
    to_year: int | None


@dataclass(frozen=True, slots=True)
class AssessmentRow:
    id: int
    version: int
    membership_id: int
    organisation: str
    year: int
    added_value: str
    rating: int | None
    meetings_attended: int
    working_groups: int
    positions_held: int
    other_costs_sek: Decimal
    recommendation: str
    assessed_by: str
    assessed_on: dt.date | None


@dataclass(frozen=True, slots=True)
class MembershipDetail:
    """Everything the membership editor shows and edits."""

    id: int
    version: int
    organisation_id: int
    organisation: str
    kind: str
    responsible_department_id: int
    responsible_department: str
    start_year: int
    end_year: int | None
    status: str
    notice_months: int | None
    notes: str
    participant_ids: tuple[int, ...]
    participants: tuple[str, ...]
    contacts: tuple[ContactRow, ...]
    fees: tuple[FeeRow, ...]
    positions: tuple[PositionRow, ...]
    assessments: tuple[AssessmentRow, ...]

    def data(self) -> MembershipData:
        return fields_of(
            MembershipData,
            self,
            contacts=tuple(ContactData(c.person_id, c.role) for c in self.contacts),
            fees=tuple(FeeData(f.year, f.amount, f.currency) for f in self.fees),
            positions=tuple(
                PositionData(p.title, p.from_year, p.body, p.person_id, p.to_year)
                for p in self.positions
            ),
        )


@dataclass(frozen=True, slots=True)
class ExchangeRateRow:
    id: int
    version: int
    currency: str
    year: int
    rate_to_sek: Decimal


@dataclass(frozen=True, slots=True)
class YearSummary:
    year: int
    organisations: int
    networks: int
    departments: int
    memberships: int
    fees_sek: Decimal
    positions: int = 0
    missing_rates: tuple[str, ...] = ()  # currencies with no rate on record

    def as_dict(self) -> dict[str, object]:
        """The figures by name; money stays a Decimal, for the JSON writer to say how
        (exact text where the figures are kept, a number for scripts)."""
        return {
            "year": self.year,
            "organisations": self.organisations,
            "networks": self.networks,
            "departments": self.departments,
            "memberships": self.memberships,
            "fees_sek": self.fees_sek,
            "positions": self.positions,
            "missing_rates": list(self.missing_rates),
        }


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """A membership joined or left between two years."""

    membership_id: int
    organisation: str
    kind: str
    department: str
    fee_sek: Decimal | None


@dataclass(frozen=True, slots=True)
class YearComparison:
    before: YearSummary
    after: YearSummary
    joined: tuple[ChangeRow, ...]
    left: tuple[ChangeRow, ...]
    by_department: tuple[DepartmentChange, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class DepartmentChange:
    department_id: int
    department: str
    memberships_before: int
    memberships_after: int
    fees_before_sek: Decimal
    fees_after_sek: Decimal


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one change-log entry, its values as readable text ('' = empty)."""

    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class ChangeLogRow:
    id: int
    at: dt.datetime  # UTC, without time zone, as stored
    actor: str
    entity: str
    entity_id: int | None
    action: str  # create / update / delete
    summary: str  # the record's name when it was changed
    changes: str  # JSON as stored
    record: str = ""  # the record's name now (or at its deletion), readable
    fields: tuple[FieldChange, ...] = ()
