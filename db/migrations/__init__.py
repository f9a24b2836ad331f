"""Alembic migrations, shipped inside the package.

`REVISIONS` lists every revision in order; start-up compares the database's
revision with it without importing Alembic (a test keeps the two in step).
"""

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")
HEAD = REVISIONS[-1]
