"""What needs attention in the register of a year, membership by membership.

A membership with no primary contact, no assessment of the year, a contact
person who has left, a fee up by more than a fifth on the year before, or a
notice period running out this year or next. Five set-based queries whatever
the register's size.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.services.rates import RateTable
from app.services.register import active_in
from app.store import Store
from db import models as m
from db.enums import ContactRole, MembershipStatus

FEE_RISE_LIMIT = Decimal("0.20")  # a fee up by more than this share is worth a look


class Concern(StrEnum):
    """Why a membership is on the list, in the order the list shows them."""

    NOTICE_ENDING = "notice_ending"
    NO_PRIMARY_CONTACT = "no_primary_contact"
    CONTACT_LEFT = "contact_left"
    FEE_UP = "fee_up"
    NO_ASSESSMENT = "no_assessment"


MESSAGES = {
    Concern.NOTICE_ENDING: N_("app", "Notice given, ends {end_year}"),
    Concern.NO_PRIMARY_CONTACT: N_("app", "No primary contact"),
    Concern.CONTACT_LEFT: N_("app", "Contact {person} has left"),
    Concern.FEE_UP: N_("app", "Fee up {percent} % on {previous_year}"),
    Concern.NO_ASSESSMENT: N_("app", "Not assessed for {year}"),
}
DETAILS = {  # beside the organisation in a list grouped by concern
    Concern.NOTICE_ENDING: N_("app", "ends {end_year}"),
    Concern.CONTACT_LEFT: N_("app", "{person}"),
    Concern.FEE_UP: N_("app", "+{percent} %"),
}
LABELS = {
    Concern.NOTICE_ENDING: N_("app", "Notice period ending"),
    Concern.NO_PRIMARY_CONTACT: N_("app", "No primary contact"),
    Concern.CONTACT_LEFT: N_("app", "Contact person has left"),
    Concern.FEE_UP: N_("app", "Fee up more than 20 %"),
    Concern.NO_ASSESSMENT: N_("app", "No assessment this year"),
}


@dataclass(frozen=True, slots=True)
class AttentionItem:
    membership_id: int
    organisation: str
    department: str
    department_short: str  # the department's short name, or its name where it has none
    concern: Concern
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English template, marked for translation in context "app"."""
        return MESSAGES[self.concern]

    @property
    def detail_template(self) -> str:
        """What to show beside the organisation where the list is grouped by concern."""
        return DETAILS.get(self.concern, "")

    @property
    def label(self) -> str:
        """The concern's name, marked for translation in context "app"."""
        return LABELS[self.concern]

    def text(self, language: str | None = None) -> str:
        return translate("app", self.message, language).format(**self.params)


def attention_list(store: Store, year: int) -> list[AttentionItem]:
    with store.uow() as session:
        return list(attention_in_session(session, year, RateTable.load(session)))


def attention_in_session(
    session: Session, year: int, rates: RateTable
) -> tuple[AttentionItem, ...]:
    memberships = session.execute(
        select(
            m.Membership.id, m.Organisation.name, m.Department.name, m.Department.short_name,
            m.Membership.status, m.Membership.end_year,
        )
        .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
        .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
        .where(active_in(year))
    ).all()  # fmt: skip
    found = _concerns(session, year, rates)
    order = list(Concern)
    items = [
        AttentionItem(mid, organisation, department, short or department, concern, params)
        for mid, organisation, department, short, status, end_year in memberships
        for concern, params in _for_membership(mid, status, end_year, year, found)
    ]
    items.sort(key=lambda i: (order.index(i.concern), i.organisation.casefold(), i.membership_id))
    return tuple(items)


@dataclass
class _Found:
    with_primary: set[int]
    with_assessment: set[int]
    left: dict[int, list[str]]
    rises: dict[int, int]  # membership -> percent up on the year before


def _concerns(session: Session, year: int, rates: RateTable) -> _Found:
    active = select(m.Membership.id).where(active_in(year))
    with_primary = set(
        session.scalars(
            select(m.Contact.membership_id).where(
                m.Contact.role == ContactRole.PRIMARY, m.Contact.membership_id.in_(active)
            )
        )
    )
    with_assessment = set(
        session.scalars(
            select(m.Assessment.membership_id).where(
                m.Assessment.year == year, m.Assessment.membership_id.in_(active)
            )
        )
    )
    left: dict[int, list[str]] = defaultdict(list)
    for membership_id, name in session.execute(
        select(m.Contact.membership_id, m.Person.name)
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .where(m.Person.active.is_(False), m.Contact.membership_id.in_(active))
        .order_by(m.Person.name)
    ):
        left[membership_id].append(name)
    return _Found(with_primary, with_assessment, left, _fee_rises(session, year, rates, active))


def _fee_rises(session: Session, year: int, rates: RateTable, active: object) -> dict[int, int]:
    """Fees up by more than FEE_RISE_LIMIT: compared in the fee's own currency
    where both years use it (a change of exchange rate is no rise), else in SEK."""
    fees: dict[int, dict[int, tuple[Decimal, str]]] = defaultdict(dict)
    for membership_id, fee_year, amount, currency in session.execute(
        select(m.Fee.membership_id, m.Fee.year, m.Fee.amount, m.Fee.currency).where(
            m.Fee.year.in_((year - 1, year)), m.Fee.membership_id.in_(active)
        )
    ):
        fees[membership_id][fee_year] = (Decimal(amount), currency)
    rises = {}
    for membership_id, by_year in fees.items():
        if year - 1 not in by_year or year not in by_year:
            continue
        (before, old_currency), (now, currency) = by_year[year - 1], by_year[year]
        if old_currency != currency:
            before = rates.to_sek(before, old_currency, year - 1) or Decimal(0)
            now = rates.to_sek(now, currency, year) or Decimal(0)
        if before > 0 and now > before * (1 + FEE_RISE_LIMIT):
            rises[membership_id] = int(((now / before - 1) * 100).to_integral_value())
    return rises


def _for_membership(
    membership_id: int, status: str, end_year: int | None, year: int, found: _Found
) -> list[tuple[Concern, dict[str, Any]]]:
    concerns: list[tuple[Concern, dict[str, Any]]] = []
    if status == MembershipStatus.NOTICE_GIVEN and end_year is not None and end_year <= year + 1:
        concerns.append((Concern.NOTICE_ENDING, {"end_year": end_year}))
    if membership_id not in found.with_primary:
        concerns.append((Concern.NO_PRIMARY_CONTACT, {}))
    for person in found.left.get(membership_id, ()):
        concerns.append((Concern.CONTACT_LEFT, {"person": person}))
    if membership_id in found.rises:
        percent = found.rises[membership_id]
        concerns.append((Concern.FEE_UP, {"percent": percent, "previous_year": year - 1}))
    if membership_id not in found.with_assessment:
        concerns.append((Concern.NO_ASSESSMENT, {"year": year}))
    return concerns
