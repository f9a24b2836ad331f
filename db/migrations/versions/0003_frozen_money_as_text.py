"""Frozen review money as exact decimal text

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04

A closed review keeps its year's figures as JSON in `review.frozen_figures`.
Its money (`year_summary.fees_sek`, `outcome.fees_saved_sek`) was written as a
JSON number, read back as a float; it is now exact decimal text ("1301256.84").
The upgrade rewrites the kept numbers as text rounded to the öre half up
(a float of at most 15 digits prints as the decimal it was written from, so
nothing is lost). Plain JSON text in a Text column: the same on SQLite and
PostgreSQL. The rounding is written out here, not imported, so this revision
stays as it is whatever the application later becomes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

MONEY = (("year_summary", "fees_sek"), ("outcome", "fees_saved_sek"))
review = sa.table("review", sa.column("id", sa.Integer), sa.column("frozen_figures", sa.Text))


def _as_text(value: object) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return value
    return str(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _as_number(value: object) -> object:
    return float(Decimal(value)) if isinstance(value, str) else value


def _rewrite(convert: Callable[[object], object]) -> None:
    connection = op.get_bind()
    query = sa.select(review.c.id, review.c.frozen_figures).where(review.c.frozen_figures != "")
    for review_id, text in connection.execute(query).all():
        figures = json.loads(text)
        for part, name in MONEY:
            if name in figures.get(part, {}):
                figures[part][name] = convert(figures[part][name])
        connection.execute(
            review.update()
            .where(review.c.id == review_id)
            .values(frozen_figures=json.dumps(figures, ensure_ascii=False))
        )


def upgrade() -> None:
    _rewrite(_as_text)


def downgrade() -> None:
    _rewrite(_as_number)
