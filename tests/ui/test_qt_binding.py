"""A guard on the Qt binding itself: calls of void Qt methods must not leak `None`.

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to `None` on every
call of a method that returns nothing (`label.setText`, `item.setData`, ...).
Before 3.12 `None` is reference counted, so a long-running window eventually dies
with "Fatal Python error: none_dealloc". 6.11.3 does not leak; from Python 3.12
`None` is immortal and the leak is harmless. pyproject.toml excludes 6.12.0;
this test fails should a leaking binding be installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("x")
    assert sys.getrefcount(None) >= before - 5
