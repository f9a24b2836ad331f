"""Everything needed to decide one membership in a review, for all memberships at once.

`review_items(store, review_id)` gives one `ReviewItem` per membership the
review decides on (`under_review_in`: the register of the year less what ends
in it, plus any membership already decided in the review): fee history in
SEK, departments, contacts, positions of trust, this and earlier years'
assessments and decisions. It runs a fixed handful of
set-based queries whatever the register's size, never one per membership.
Filtering, sorting and progress work on the items in memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.rows import AssessmentRow, ContactRow, FeeRow, PositionRow
from app.services.common import fetch
from app.services.register import active_in
from app.services.reviews import DecisionRow
from app.store import Store
from app.valuation import Rates
from app.vocabulary import ContactRole
from db import models as m


@dataclass(frozen=True, slots=True)
class EarlierDecision:
    year: int
    decision: str
    rationale: str
    decided_by: str


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One membership as the review sees it in `year`."""

    year: int
    membership_id: int
    organisation: str
    acronym: str
    kind: str
    status: str
    start_year: int
    end_year: int | None
    notice_months: int | None
    responsible_department_id: int
    responsible_department: str
    participants: tuple[tuple[int, str], ...]  # other departments taking part (id, name)
    contacts: tuple[ContactRow, ...]
    fees: tuple[FeeRow, ...]  # every year on record, oldest first
    positions: tuple[PositionRow, ...]
    assessment: AssessmentRow | None  # of `year`
    earlier_assessments: tuple[AssessmentRow, ...]  # newest first
    decision: DecisionRow | None  # in this review
    earlier_decisions: tuple[EarlierDecision, ...]  # newest first

    @property
    def decided(self) -> bool:
        return self.decision is not None

    @property
    def fee(self) -> FeeRow | None:
        return next((f for f in self.fees if f.year == self.year), None)

    @property
    def fee_sek(self) -> Decimal | None:
        fee = self.fee
        return fee.sek if fee else None

    @property
    def previous_fee(self) -> FeeRow | None:
        earlier = [f for f in self.fees if f.year < self.year]
        return earlier[-1] if earlier else None

    @property
    def fee_change(self) -> Decimal | None:
        """The change of the fee in SEK against the latest earlier year, as a fraction."""
        now, before = self.fee_sek, self.previous_fee
        if now is None or before is None or not before.sek:
            return None
        return (now - before.sek) / before.sek

    @property
    def other_costs_sek(self) -> Decimal:
        return self.assessment.other_costs_sek if self.assessment else Decimal(0)

    @property
    def cost_sek(self) -> Decimal:
        """What the membership costs in the year: the fee and other costs (travel...)."""
        return (self.fee_sek or Decimal(0)) + self.other_costs_sek

    @property
    def rating(self) -> int | None:
        return self.assessment.rating if self.assessment else None

    @property
    def recommendation(self) -> str:
        """This year's recommendation; "" where the membership is not assessed."""
        return self.assessment.recommendation if self.assessment else ""

    @property
    def department_ids(self) -> frozenset[int]:
        return frozenset((self.responsible_department_id, *(d for d, _ in self.participants)))

    @property
    def primary_contact(self) -> ContactRow | None:
        return next((c for c in self.contacts if c.role == ContactRole.PRIMARY), None)


def under_review_in(year: int) -> ColumnElement[bool]:
    """Memberships of the register of `year` that go on after it: a membership that
    ends in the review's year anyway leaves nothing to decide."""
    return and_(active_in(year), or_(m.Membership.end_year.is_(None), m.Membership.end_year > year))


def review_items(store: Store, review_id: int) -> list[ReviewItem]:
    """The review's memberships sorted by organisation."""
    with store.uow() as session:
        review = fetch(session, m.Review, review_id)
        return items_in_session(session, review.id, review.year)


def review_item(store: Store, review_id: int, membership_id: int) -> ReviewItem | None:
    """One membership's item, read again after it changed (the same queries, one row)."""
    with store.uow() as session:
        review = fetch(session, m.Review, review_id)
        found = items_in_session(session, review.id, review.year, only=membership_id)
        return found[0] if found else None


def items_in_session(
    session: Session, review_id: int, year: int, *, only: int | None = None
) -> list[ReviewItem]:
    decided = select(m.Decision.membership_id).where(m.Decision.review_id == review_id)
    chosen = select(m.Membership.id).where(or_(under_review_in(year), m.Membership.id.in_(decided)))
    if only is not None:
        chosen = chosen.where(m.Membership.id == only)
    base = _base(session, chosen)
    names = {membership_id: row[0] for membership_id, row in base.items()}
    participants = _participants(session, chosen)
    contacts = _contacts(session, chosen)
    fees = _fees(session, chosen, Rates.load(session))
    positions = _positions(session, chosen, names)
    assessments = _assessments(session, chosen, year, names)
    current, earlier = _decisions(session, chosen, review_id, year)
    items = []
    for membership_id, row in base.items():
        these = assessments.get(membership_id, [])
        items.append(
            ReviewItem(
                year, membership_id, *row,
                participants=participants.get(membership_id, ()),
                contacts=contacts.get(membership_id, ()),
                fees=tuple(fees.get(membership_id, ())),
                positions=tuple(positions.get(membership_id, ())),
                assessment=next((a for a in these if a.year == year), None),
                earlier_assessments=tuple(a for a in these if a.year < year),
                decision=current.get(membership_id),
                earlier_decisions=tuple(earlier.get(membership_id, ())),
            )
        )  # fmt: skip
    return sorted(items, key=lambda i: (i.organisation.casefold(), i.responsible_department))


def _base(session: Session, chosen: Select) -> dict[int, tuple]:
    query = (
        select(
            m.Membership.id, m.Organisation.name, m.Organisation.acronym, m.Organisation.kind,
            m.Membership.status, m.Membership.start_year, m.Membership.end_year,
            m.Membership.notice_months, m.Membership.responsible_department_id, m.Department.name,
        )
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
        .where(m.Membership.id.in_(chosen))
    )  # fmt: skip
    return {row[0]: tuple(row[1:]) for row in session.execute(query)}


def _participants(session: Session, chosen: Select) -> dict[int, tuple[tuple[int, str], ...]]:
    query = (
        select(m.Participation.membership_id, m.Department.id, m.Department.name)
        .join(m.Department, m.Department.id == m.Participation.department_id)
        .where(m.Participation.membership_id.in_(chosen))
    )
    found: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for membership_id, department_id, name in session.execute(query):
        found[membership_id].append((department_id, name))
    return {k: tuple(sorted(v, key=lambda d: d[1].casefold())) for k, v in found.items()}


def _contacts(session: Session, chosen: Select) -> dict[int, tuple[ContactRow, ...]]:
    home = aliased(m.Department)
    query = (
        select(
            m.Contact.membership_id, m.Contact.role, m.Person.id, m.Person.name,
            m.Person.email, home.name, m.Person.active,
        )
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .outerjoin(home, home.id == m.Person.department_id)
        .where(m.Contact.membership_id.in_(chosen))
    )  # fmt: skip
    order = {role.value: i for i, role in enumerate(ContactRole)}
    found: dict[int, list[ContactRow]] = defaultdict(list)
    for membership_id, role, person_id, name, email, department, active in session.execute(query):
        found[membership_id].append(
            ContactRow(person_id, name, role, email, department or "", active)
        )
    return {
        k: tuple(sorted(v, key=lambda c: (order.get(c.role, 9), c.name.casefold())))
        for k, v in found.items()
    }


def _fees(session: Session, chosen: Select, rates: Rates) -> dict[int, list[FeeRow]]:
    query = (
        select(m.Fee.membership_id, m.Fee.year, m.Fee.amount, m.Fee.currency)
        .where(m.Fee.membership_id.in_(chosen))
        .order_by(m.Fee.year)
    )
    found: dict[int, list[FeeRow]] = defaultdict(list)
    for membership_id, year, amount, currency in session.execute(query):
        sek = rates.to_sek(amount, currency, year)
        found[membership_id].append(FeeRow(year, amount, currency, sek))
    return found


def _positions(
    session: Session, chosen: Select, names: dict[int, str]
) -> dict[int, list[PositionRow]]:
    query = (
        select(m.Position, m.Person.name)
        .outerjoin(m.Person, m.Person.id == m.Position.person_id)
        .where(m.Position.membership_id.in_(chosen))
        .order_by(m.Position.from_year.desc(), m.Position.title)
    )
    found: dict[int, list[PositionRow]] = defaultdict(list)
    for p, person in session.execute(query):
        found[p.membership_id].append(
            PositionRow(
                p.id, p.membership_id, names.get(p.membership_id, ""), p.title, p.body,
                p.person_id, person or "", p.from_year, p.to_year,
            )
        )  # fmt: skip
    return found


def _assessments(
    session: Session, chosen: Select, year: int, names: dict[int, str]
) -> dict[int, list[AssessmentRow]]:
    a = m.Assessment
    query = (
        select(
            a.id, a.version, a.membership_id, a.year, a.added_value, a.rating,
            a.meetings_attended, a.working_groups, a.positions_held, a.other_costs_sek,
            a.recommendation, a.assessed_by, a.assessed_on,
        )
        .where(a.membership_id.in_(chosen), a.year <= year)
        .order_by(a.year.desc())
    )  # fmt: skip
    found: dict[int, list[AssessmentRow]] = defaultdict(list)
    for row in session.execute(query):
        found[row.membership_id].append(
            AssessmentRow(row[0], row[1], row[2], names.get(row[2], ""), *row[3:])
        )
    return found


def _decisions(
    session: Session, chosen: Select, review_id: int, year: int
) -> tuple[dict[int, DecisionRow], dict[int, list[EarlierDecision]]]:
    d = m.Decision
    query = (
        select(
            d.id, d.version, d.review_id, d.membership_id, d.decision, d.rationale,
            d.decided_by, m.Review.year,
        )
        .join(m.Review, m.Review.id == d.review_id)
        .where(d.membership_id.in_(chosen), m.Review.year <= year)
        .order_by(m.Review.year.desc())
    )  # fmt: skip
    current: dict[int, DecisionRow] = {}
    earlier: dict[int, list[EarlierDecision]] = defaultdict(list)
    for row in session.execute(query):
        if row.review_id == review_id:
            current[row.membership_id] = DecisionRow(*row[:7])
        else:
            earlier[row.membership_id].append(
                EarlierDecision(row.year, row.decision, row.rationale, row.decided_by)
            )
    return current, earlier


# --- working with the items in memory ----------------------------------------


class SortKey(StrEnum):
    ORGANISATION = "organisation"
    COST = "cost"
    RATING = "rating"


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Which items the review list shows; the defaults show every one."""

    undecided_only: bool = False
    department_id: int | None = None  # responsible or taking part
    recommendation: str | None = None  # "" matches memberships not assessed this year

    def matches(self, item: ReviewItem) -> bool:
        if self.undecided_only and item.decided:
            return False
        if self.department_id is not None and self.department_id not in item.department_ids:
            return False
        return self.recommendation is None or item.recommendation == self.recommendation


def filter_items(items: Iterable[ReviewItem], item_filter: ItemFilter) -> list[ReviewItem]:
    return [item for item in items if item_filter.matches(item)]


def sort_items(
    items: Iterable[ReviewItem], key: SortKey, *, descending: bool = False
) -> list[ReviewItem]:
    """Sorted by `key`; memberships without a rating always come last."""
    by_name = sorted(items, key=lambda i: i.organisation.casefold())
    if key == SortKey.COST:
        return sorted(by_name, key=lambda i: i.cost_sek, reverse=descending)
    if key == SortKey.RATING:
        rated = [i for i in by_name if i.rating is not None]
        unrated = [i for i in by_name if i.rating is None]
        return sorted(rated, key=lambda i: i.rating or 0, reverse=descending) + unrated
    return list(reversed(by_name)) if descending else by_name


def progress(items: Sequence[ReviewItem]) -> tuple[int, int]:
    """(decided, total): the review's "n of m decided"."""
    return sum(1 for item in items if item.decided), len(items)
