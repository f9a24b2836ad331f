"""The review and the comparison on the example register (Stockholm 2005-2008)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from app.demo import build_example_register
from app.services import comparison, memberships, register, reviews
from app.services.attention import Concern, attention_list
from app.services.review_closing import close_review, frozen_figures
from app.services.review_items import review_items
from tests.support.review import decide_all


def test_the_council_papers_figures_read_from_the_comparison(store) -> None:
    build_example_register(store)
    result = comparison.compare_years(store, 2005, 2007)
    # "76 organisations and 5 networks ... about ten memberships fewer than in 2005"
    assert (result.after.organisations, result.after.networks) == (76, 5)
    fewer = result.before.memberships - result.after.memberships
    assert 8 <= fewer <= 12
    assert len(result.left) - len(result.joined) == fewer
    assert 1_200_000 < result.after.fees_sek < 1_400_000


def test_a_whole_review_of_2007(store) -> None:
    build_example_register(store)
    figures = register.year_summary(store, 2007)
    review = reviews.create_review(store, 2007, held_on=dt.date(2008, 2, 12), participants="SLK")
    items = review_items(store, review.id)
    assert len(items) == figures.memberships - 2  # two memberships end in 2007 anyway
    warned = Counter((i.membership_id, i.concern) for i in attention_list(store, 2007))
    for item in items:  # the warnings and the review's own view of each membership agree
        assert ((item.membership_id, Concern.NO_ASSESSMENT) in warned) == (item.assessment is None)
        assert ((item.membership_id, Concern.NO_PRIMARY_CONTACT) in warned) == (
            item.primary_contact is None
        )
    decided = decide_all(store, review.id)
    close_review(store, review.id)
    frozen = frozen_figures(store, 2007)
    assert frozen.summary.memberships == figures.memberships
    assert frozen.summary.fees_sek == figures.fees_sek
    after = {m.id: m for m in register.memberships_for_year(store, None)}
    for membership_id, (kind, _reason) in decided.items():
        status = after[membership_id].status
        if kind == "leave":
            assert status == "notice_given" and 2007 <= after[membership_id].end_year <= 2009
        elif kind == "postpone":
            assert status == "under_review"
        else:
            assert status in {"active", "notice_given"}  # keeping does not take notice back
    left = {i for i, (kind, _r) in decided.items() if kind == "leave"}
    assert left.isdisjoint(r.id for r in register.memberships_for_year(store, 2010))
    assert register.year_summary(store, 2007) == figures
    detail = memberships.get_membership(store, next(iter(left)))
    assert detail.status == "notice_given"
