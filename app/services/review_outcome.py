"""The outcome of a review: kept, left (with the fees saved), changed, postponed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.services.common import fetch
from app.services.review_items import ReviewItem, items_in_session
from app.store import Store
from app.valuation import total
from app.vocabulary import DecisionKind
from db import models as m


@dataclass(frozen=True, slots=True)
class OutcomeLine:
    membership_id: int
    organisation: str
    kind: str
    department: str
    decision: str  # "" while undecided
    rationale: str
    decided_by: str
    fee_sek: Decimal | None
    rating: int | None
    recommendation: str


@dataclass(frozen=True, slots=True)
class ReviewOutcome:
    year: int
    kept: tuple[OutcomeLine, ...]
    left: tuple[OutcomeLine, ...]
    changed: tuple[OutcomeLine, ...]
    postponed: tuple[OutcomeLine, ...]
    undecided: tuple[OutcomeLine, ...]

    @property
    def fees_saved_sek(self) -> Decimal:
        """The yearly fees (of the review's year, in SEK) of the memberships left."""
        return total(line.fee_sek for line in self.left)

    @property
    def total(self) -> int:
        return sum(len(group) for group in self.groups().values())

    def groups(self) -> dict[str, tuple[OutcomeLine, ...]]:
        """Every line by its decision, in the order minutes list them."""
        return {
            DecisionKind.KEEP.value: self.kept,
            DecisionKind.LEAVE.value: self.left,
            DecisionKind.CHANGE.value: self.changed,
            DecisionKind.POSTPONE.value: self.postponed,
            "": self.undecided,
        }

    def counts(self) -> dict[str, object]:
        return {
            "kept": len(self.kept),
            "left": len(self.left),
            "changed": len(self.changed),
            "postponed": len(self.postponed),
            "undecided": len(self.undecided),
            "fees_saved_sek": self.fees_saved_sek,
        }


def outcome_of(year: int, items: Iterable[ReviewItem]) -> ReviewOutcome:
    groups: dict[str, list[OutcomeLine]] = {kind.value: [] for kind in DecisionKind}
    groups[""] = []
    for item in items:
        groups[item.decision.decision if item.decision else ""].append(_line(item))
    return ReviewOutcome(
        year,
        kept=tuple(groups[DecisionKind.KEEP]),
        left=tuple(groups[DecisionKind.LEAVE]),
        changed=tuple(groups[DecisionKind.CHANGE]),
        postponed=tuple(groups[DecisionKind.POSTPONE]),
        undecided=tuple(groups[""]),
    )


def review_outcome(store: Store, review_id: int) -> ReviewOutcome:
    """What closing the review would record (or did record, once closed)."""
    with store.uow() as session:
        review = fetch(session, m.Review, review_id)
        return outcome_of(review.year, items_in_session(session, review.id, review.year))


def _line(item: ReviewItem) -> OutcomeLine:
    decision = item.decision
    return OutcomeLine(
        membership_id=item.membership_id,
        organisation=item.organisation,
        kind=item.kind,
        department=item.responsible_department,
        decision=decision.decision if decision else "",
        rationale=decision.rationale if decision else "",
        decided_by=decision.decided_by if decision else "",
        fee_sek=item.fee_sek,
        rating=item.rating,
        recommendation=item.recommendation,
    )
