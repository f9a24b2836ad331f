"""What needs attention in the register of a year, membership by membership.

A membership with no primary contact, no assessment of the year, a contact
person who has left, a fee up by more than a fifth on the year before, or a
notice period running out this year or next. Five set-based queries whatever
the register's size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, aliased

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.services.register import active_in
from app.store import Store
from app.valuation import ZERO, Rates
from app.vocabulary import ContactRole, MembershipStatus
from db import models as m

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


@dataclass(frozen=True, slots=True)
class Attention:
    """The attention list of a year: per concern, how many and the first of them."""

    items: tuple[AttentionItem, ...]  # in concern order, then by organisation
    counts: dict[Concern, int]  # every membership with the concern, listed or not

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def attention_list(store: Store, year: int) -> list[AttentionItem]:
    """Everything that needs attention in `year`."""
    with store.uow() as session:
        return list(attention_in_session(session, year, Rates.load(session)).items)


def attention_in_session(
    session: Session, year: int, rates: Rates, limit: int | None = None
) -> Attention:
    """At most `limit` items per concern (a window list need not show 30,000 lines
    to say that 30,000 memberships lack an assessment); the counts are complete."""
    memberships = {
        mid: (organisation, department, short or department, status, end_year)
        for mid, organisation, department, short, status, end_year in session.execute(
            select(
                m.Membership.id, m.Organisation.name, m.Department.name,
                m.Department.short_name, m.Membership.status, m.Membership.end_year,
            )
            .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
            .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
            .where(active_in(year))
        )
    }  # fmt: skip
    found = _by_concern(session, year, rates, memberships)
    items: list[AttentionItem] = []
    for concern in Concern:
        chosen = sorted(found[concern], key=lambda f: (memberships[f[0]][0].casefold(), f[0]))[
            :limit
        ]
        for mid, params in chosen:
            organisation, department, short, _status, _end = memberships[mid]
            items.append(AttentionItem(mid, organisation, department, short, concern, params))
    return Attention(tuple(items), {c: len(found[c]) for c in Concern if found[c]})


Found = dict[Concern, list[tuple[int, dict[str, Any]]]]


def _by_concern(session: Session, year: int, rates: Rates, memberships: dict) -> Found:
    active = select(m.Membership.id).where(active_in(year))
    found: Found = {concern: [] for concern in Concern}
    for mid, (_o, _d, _s, status, end_year) in memberships.items():
        if (
            status == MembershipStatus.NOTICE_GIVEN
            and end_year is not None
            and end_year <= year + 1
        ):
            found[Concern.NOTICE_ENDING].append((mid, {"end_year": end_year}))
    with_primary = set(
        session.scalars(
            select(m.Contact.membership_id).where(
                m.Contact.role == ContactRole.PRIMARY, m.Contact.membership_id.in_(active)
            )
        )
    )
    found[Concern.NO_PRIMARY_CONTACT] = [(i, {}) for i in memberships if i not in with_primary]
    for membership_id, name in session.execute(
        select(m.Contact.membership_id, m.Person.name)
        .join(m.Person, m.Person.id == m.Contact.person_id)
        .where(m.Person.active.is_(False), m.Contact.membership_id.in_(active))
        .order_by(m.Person.name)
    ):
        found[Concern.CONTACT_LEFT].append((membership_id, {"person": name}))
    for membership_id, percent in _fee_rises(session, year, rates, active).items():
        found[Concern.FEE_UP].append(
            (membership_id, {"percent": percent, "previous_year": year - 1})
        )
    assessed = set(
        session.scalars(
            select(m.Assessment.membership_id).where(
                m.Assessment.year == year, m.Assessment.membership_id.in_(active)
            )
        )
    )
    found[Concern.NO_ASSESSMENT] = [(i, {"year": year}) for i in memberships if i not in assessed]
    return found


def _fee_rises(session: Session, year: int, rates: Rates, active: object) -> dict[int, int]:
    """Fees up by more than FEE_RISE_LIMIT: compared in the fee's own currency
    where both years use it (a change of exchange rate is no rise), else in SEK.
    The database picks the candidates, so only a handful of rows come back."""
    old = aliased(m.Fee)
    query = (
        select(m.Fee.membership_id, old.amount, old.currency, m.Fee.amount, m.Fee.currency)
        .join(old, and_(old.membership_id == m.Fee.membership_id, old.year == year - 1))
        .where(
            m.Fee.year == year,
            m.Fee.membership_id.in_(active),
            old.amount > 0,
            or_(
                old.currency != m.Fee.currency,
                m.Fee.amount > old.amount * (1 + FEE_RISE_LIMIT),
            ),
        )
    )
    rises = {}
    for membership_id, before, old_currency, now, currency in session.execute(query):
        before, now = Decimal(before), Decimal(now)
        if old_currency != currency:
            before = rates.to_sek(before, old_currency, year - 1) or ZERO
            now = rates.to_sek(now, currency, year) or ZERO
        if before > 0 and now > before * (1 + FEE_RISE_LIMIT):
            rises[membership_id] = int(((now / before - 1) * 100).to_integral_value())
    return rises


def attention_for_year(store: Store, year: int, limit: int | None = None) -> Attention:
    """The attention list of `year` with complete counts, at most `limit` per concern."""
    with store.uow() as session:
        return attention_in_session(session, year, Rates.load(session), limit)
