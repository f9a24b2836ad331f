"""Registers as an older program left them: the schema of the first revision."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from db.migrate import upgrade
from db.migrations import REVISIONS
from db.session import make_engine


def first_revision(target: Path | str) -> Engine:
    """An engine on `target` (a file or a server URL) holding the first revision's schema."""
    engine = make_engine(target)
    upgrade(engine, REVISIONS[0])
    return engine
