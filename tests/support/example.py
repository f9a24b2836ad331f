"""The example register for tests that only read it: built once per test module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import build_example_register
from app.store import Store


def example_in(folder: Path) -> Iterator[Store]:
    """The example register in `folder`, with the user's folders there too (a module
    fixture outlives the per-test user folder); yields the open register, closes it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("MEMBERSHIP_REGISTER_HOME", str(folder / "home"))
        store = Store.open(folder / "register.db", backup_dir=folder / "backups")
        build_example_register(store)
        yield store
        store.close()
