"""Indexes for the register-as-of-year queries and the change log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_membership_years", "membership", ["start_year", "end_year"])
    op.create_index("ix_fee_year", "fee", ["year"])
    op.create_index("ix_change_log_entity", "change_log", ["entity", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_change_log_entity", table_name="change_log")
    op.drop_index("ix_fee_year", table_name="fee")
    op.drop_index("ix_membership_years", table_name="membership")
