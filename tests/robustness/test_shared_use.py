"""Several programs on one register at once: nothing lost, nothing overwritten silently."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from app.errors import ConflictError
from app.rows import OrganisationData
from app.services import memberships, organisations
from app.store import Store
from tests.support.builders import small_register

ROOT = Path(__file__).resolve().parents[2]
RECORDS_EACH, INCREMENTS_EACH = 40, 25


def start_workers(*commands: list[str]) -> list[str]:
    """Runs the workers side by side, starting their work at the same moment."""
    start = str(time.time() + 2.0)
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.worker", *command, "--start-at", start],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for command in commands
    ]
    outputs = [w.communicate(timeout=120)[0] for w in workers]
    assert [w.returncode for w in workers] == [0] * len(workers), outputs  # no crash
    return outputs


def test_two_programs_writing_one_sqlite_file(tmp_path: Path, report) -> None:
    path = tmp_path / "register.db"
    store = Store.open(path)
    counter = organisations.create_organisation(store, OrganisationData("Counter", description="0"))
    store.close()
    outputs = start_workers(
        ["add", str(path), "--name", "anna", "--count", str(RECORDS_EACH)],
        ["add", str(path), "--name", "sara", "--count", str(RECORDS_EACH)],
        ["count-up", str(path), "--name", "anna", "--count", str(INCREMENTS_EACH),
         "--record", str(counter.id)],
        ["count-up", str(path), "--name", "sara", "--count", str(INCREMENTS_EACH),
         "--record", str(counter.id)],
    )  # fmt: skip
    lines = [line for out in outputs for line in out.splitlines()]
    saved = sum(line.startswith("saved") for line in lines)
    refused = [line for line in lines if line.startswith(("refused", "busy"))]
    conflicts = sum(line == "conflict" for line in lines)
    store = Store.open(path)
    try:
        names = {o.name for o in organisations.list_organisations(store)}
        total = organisations.get_organisation(store, counter.id).description
    finally:
        store.close()
    lost = sum(
        f"{who} organisation {n}" not in names
        for who in ("anna", "sara")
        for n in range(RECORDS_EACH)
        if f"saved {n}" in outputs[0 if who == "anna" else 1]
    )
    lost_increments = 2 * INCREMENTS_EACH - int(total)
    report(
        processes=4, records_saved=saved, refused_with_a_message=len(refused),
        conflicts_reloaded=conflicts, records_lost=lost, increments_lost=lost_increments,
    )  # fmt: skip
    assert lost == 0 and lost_increments == 0
    assert saved + len([r for r in refused if r.startswith("refused")]) == 2 * RECORDS_EACH
    assert all("busy" in r or "Wait a moment" in r for r in refused)  # a clear message


@pytest.mark.postgres
def test_two_sessions_editing_one_membership_on_postgres(postgres_server, report) -> None:
    url = postgres_server.fresh_url()
    anna, sara = Store.open(url, actor="anna"), Store.open(url, actor="sara")
    try:
        reg = small_register(anna)
        annas = memberships.get_membership(anna, reg.eurocities_membership)
        saras = memberships.get_membership(sara, reg.eurocities_membership)
        saved = memberships.update_membership(
            anna, annas.id, replace(annas.data(), notes="Anna's notes"), version=annas.version
        )
        with pytest.raises(ConflictError) as caught:
            memberships.update_membership(
                sara, saras.id, replace(saras.data(), status="under_review"), version=saras.version
            )
        assert caught.value.current == memberships.get_membership(sara, saras.id) == saved
        now = memberships.get_membership(anna, annas.id)
        assert (now.notes, now.status) == ("Anna's notes", "active")  # nothing overwritten
    finally:
        anna.close()
        sara.close()
    report(sessions=2, saves=2, conflicts_raised=1, silent_overwrites=0)
