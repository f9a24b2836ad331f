"""Storage: SQLAlchemy models, engine and sessions, Alembic migrations. Never imports Qt."""
