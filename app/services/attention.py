"""Where the register of a year needs attention before (or during) its review.

One service for the review's warnings panel and the overview page: memberships
the review of the year decides on (`under_review_in`) with no assessment, with
no primary contact, or whose fee rose by more than 20 % against the year
before. A fixed handful of queries, whatever the register's size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import language as current_language
from app.i18n import translate
from app.numbers import format_amount
from app.services.rates import RateTable
from app.services.review_items import under_review_in
from app.store import Store
from db import models as m
from db.enums import ContactRole

FEE_RISE_LIMIT = Decimal("0.20")


class Concern(StrEnum):
    NO_ASSESSMENT = "no_assessment"
    NO_PRIMARY_CONTACT = "no_primary_contact"
    FEE_RISE = "fee_rise"


MESSAGES = {
    Concern.NO_ASSESSMENT: N_("app", "No assessment of its added value for {year}."),
    Concern.NO_PRIMARY_CONTACT: N_("app", "No primary contact person."),
    Concern.FEE_RISE: N_("app", "The fee rose by {percent} % from {before} to {after} {currency}."),
}


@dataclass(frozen=True, slots=True)
class AttentionRow:
    concern: str
    membership_id: int
    organisation: str
    department: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        code = language or current_language()
        shown = {
            k: format_amount(v, code) if isinstance(v, Decimal) else v
            for k, v in self.params.items()
        }
        return translate("app", MESSAGES[Concern(self.concern)], code).format(**shown)


def needs_attention(store: Store, year: int) -> list[AttentionRow]:
    """Every concern of the register of `year`, by organisation then concern."""
    chosen = select(m.Membership.id).where(under_review_in(year))
    with store.uow() as session:
        memberships = session.execute(
            select(m.Membership.id, m.Organisation.name, m.Department.name)
            .join(m.Organisation, m.Organisation.id == m.Membership.organisation_id)
            .join(m.Department, m.Department.id == m.Membership.responsible_department_id)
            .where(under_review_in(year))
        ).all()
        assessed = set(
            session.scalars(
                select(m.Assessment.membership_id).where(
                    m.Assessment.year == year, m.Assessment.membership_id.in_(chosen)
                )
            )
        )
        with_primary = set(
            session.scalars(
                select(m.Contact.membership_id).where(
                    m.Contact.role == ContactRole.PRIMARY, m.Contact.membership_id.in_(chosen)
                )
            )
        )
        rises = _fee_rises(session, chosen, year)
    rows = []
    order = list(Concern)
    for membership_id, organisation, department in memberships:
        found = []
        if membership_id not in assessed:
            found.append((Concern.NO_ASSESSMENT, {"year": year}))
        if membership_id not in with_primary:
            found.append((Concern.NO_PRIMARY_CONTACT, {}))
        if membership_id in rises:
            found.append((Concern.FEE_RISE, rises[membership_id]))
        rows.extend(
            AttentionRow(concern.value, membership_id, organisation, department, params)
            for concern, params in found
        )
    return sorted(rows, key=lambda r: (r.organisation.casefold(), order.index(Concern(r.concern))))


def _fee_rises(session: Session, chosen: Select, year: int) -> dict[int, dict[str, object]]:
    """Fees that rose by more than the limit: in their own currency where it stayed
    the same (an exchange rate's swing is no rise), else in SEK."""
    query = select(m.Fee.membership_id, m.Fee.year, m.Fee.amount, m.Fee.currency).where(
        m.Fee.year.in_((year - 1, year)), m.Fee.membership_id.in_(chosen)
    )
    fees: dict[int, dict[int, tuple[Decimal, str]]] = {}
    for membership_id, fee_year, amount, currency in session.execute(query):
        fees.setdefault(membership_id, {})[fee_year] = (Decimal(amount), currency)
    rates = RateTable.load(session)
    rises = {}
    for membership_id, by_year in fees.items():
        if year - 1 not in by_year or year not in by_year:
            continue
        (before, old_currency), (after, currency) = by_year[year - 1], by_year[year]
        if old_currency != currency:
            before = rates.to_sek(before, old_currency, year - 1) or Decimal(0)
            after = rates.to_sek(after, currency, year) or Decimal(0)
            currency = "SEK"
        if after > before * (1 + FEE_RISE_LIMIT):
            percent = round((after - before) / before * 100) if before else None
            rises[membership_id] = {
                "percent": percent if percent is not None else "∞",
                "before": before,
                "after": after,
                "currency": currency,
            }
    return rises
