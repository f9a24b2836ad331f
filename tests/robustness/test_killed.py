"""A program killed at a random moment while it migrates or imports a workbook.

Twenty runs each. Afterwards the register must pass SQLite's integrity check
and hold either all of the work or none of it: the old schema revision or the
new one with every row; none of the import or all of it.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.backups import check_backup, list_backups
from app.store import Store
from db.migrations import HEAD
from tests.robustness.conftest import FEES_EACH, LOG_ENTRIES, OLD_REVISION, ORGANISATIONS
from tests.support.crash import (
    Killer,
    KillReport,
    import_workbook,
    integrity,
    migrate,
    scalar,
    write_batch,
)

RUNS = 20
BATCH = 600


@pytest.fixture
def killer() -> Iterator[Killer]:
    yield Killer(random.Random(2008))


def counts(path: Path) -> tuple[int, int, int, int]:
    return (
        scalar(path, "SELECT count(*) FROM organisation"),
        scalar(path, "SELECT count(*) FROM membership"),
        scalar(path, "SELECT count(*) FROM fee"),
        scalar(path, "SELECT count(*) FROM change_log"),
    )


def test_killed_during_migration(
    tmp_path: Path, old_register: Path, killer: Killer, report
) -> None:
    trial = shutil.copy(old_register, tmp_path / "trial.db")
    killer.run_to_end(migrate, str(trial), str(tmp_path / "trial-backups"))
    expected = (ORGANISATIONS, ORGANISATIONS, ORGANISATIONS * FEES_EACH, LOG_ENTRIES)
    result, lost = KillReport(), 0
    for run in range(RUNS):
        path, backups = tmp_path / f"run{run}.db", tmp_path / f"backups{run}"
        shutil.copy(old_register, path)
        if killer.kill_at_random(migrate, str(path), str(backups)):
            result.killed_while_running += 1
        result.runs += 1
        assert integrity(path) == [], f"run {run}"
        revision = scalar(path, "SELECT version_num FROM alembic_version")
        assert revision in (OLD_REVISION, HEAD), f"run {run}"
        result.count(revision)
        lost += sum(max(0, e - f) for e, f in zip(expected, counts(path), strict=True))
        for backup in list_backups(path, backups):  # a backup listed is a whole one
            check_backup(backup.path)
        Store.open(path, backup_dir=backups).close()  # and it opens (migrating if need be)
        assert scalar(path, "SELECT version_num FROM alembic_version") == HEAD
        assert counts(path) == expected, f"run {run}"
        path.unlink()
    report(
        runs=result.runs, faults_injected=result.killed_while_running,
        left_at_old_revision=result.outcomes.get(OLD_REVISION, 0),
        left_at_new_revision=result.outcomes.get(HEAD, 0), records_lost=lost,
    )  # fmt: skip
    assert lost == 0
    assert result.killed_while_running >= RUNS // 4  # the kills really struck mid-work


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The program's own export of a register of BATCH memberships (with their fees)."""
    from app.spreadsheet.workbook import export_register

    folder = tmp_path_factory.mktemp("workbook")
    store = Store.open(folder / "source.db")
    try:
        write_batch(store, BATCH)
        export_register(store, 2007, folder / "register-2007.xlsx")
    finally:
        store.close()
    return folder / "register-2007.xlsx"


def test_killed_during_an_import(tmp_path: Path, killer: Killer, workbook: Path, report) -> None:
    template = tmp_path / "template.db"
    Store.open(template).close()
    trial = shutil.copy(template, tmp_path / "trial.db")
    killer.run_to_end(import_workbook, str(trial), str(workbook))
    complete = counts(Path(trial))
    assert complete[:2] == (BATCH, BATCH)  # the whole import, when nothing interrupts it
    result, lost = KillReport(), 0
    for run in range(RUNS):
        path = tmp_path / f"run{run}.db"
        shutil.copy(template, path)
        if killer.kill_at_random(import_workbook, str(path), str(workbook)):
            result.killed_while_running += 1
        result.runs += 1
        assert integrity(path) == [], f"run {run}"
        found = counts(path)
        outcome = "all" if found == complete else "none" if found == (0, 0, 0, 0) else "partial"
        result.count(outcome)
        lost += 0 if outcome != "partial" else complete[1] - found[1]
        assert outcome != "partial", f"run {run}: {found} of {complete}"
        path.unlink()
    report(
        runs=result.runs, faults_injected=result.killed_while_running,
        all_imported=result.outcomes.get("all", 0), none_imported=result.outcomes.get("none", 0),
        half_imported=result.outcomes.get("partial", 0), records_lost=lost,
    )  # fmt: skip
    assert result.killed_while_running >= RUNS // 4
