"""Alembic environment: runs on the connection handed over by `db.migrate`."""

from __future__ import annotations

from alembic import context

from db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # One transaction for the whole upgrade, on SQLite too (db.migrate opens it).
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
