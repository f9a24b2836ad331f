"""An older register brought up to date, as the self-test proves the frozen program can.

`old_register` leaves a register file at the first schema revision, as the
first version of the program did; `upgrade_register` opens it the way every
start does (a backup first, then the migrations) and says what happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.store import Store
from db.migrate import prepare, read_state, upgrade
from db.migrations import HEAD, REVISIONS
from db.session import make_engine

FIRST_REVISION = REVISIONS[0]
CURRENT_REVISION = HEAD


@dataclass(frozen=True, slots=True)
class Upgraded:
    store: Store
    revision: str | None
    backups: list[Path] = field(default_factory=list)


def old_register(path: Path) -> str | None:
    """A new register file at the first schema revision; the revision it now has."""
    engine = make_engine(path)
    try:
        upgrade(engine, FIRST_REVISION)
        return read_state(engine).revision
    finally:
        engine.dispose()


def upgrade_register(path: Path, backup_folder: Path, *, actor: str) -> Upgraded:
    """The register opened as at start-up: backed up, then migrated to this program's schema."""
    engine = make_engine(path)
    backups: list[Path] = []
    try:
        state = prepare(engine, backup_dir=backup_folder, on_backup=backups.append)
    except Exception:
        engine.dispose()
        raise
    return Upgraded(Store(engine, actor=actor), state.revision, backups)
