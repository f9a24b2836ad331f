"""The Qt binding itself must not wear the program down.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a
method that returns nothing (setText, addItem, show ...). None's count starts
near 30,000, so the window dies ('Fatal Python error: none_dealloc') after some
tens of thousands of such calls: a few minutes of work, or opening the
membership editor three times on a large register. pyproject.toml excludes
that release; this test catches a binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLineEdit


def test_calls_returning_nothing_keep_none_alive(qapp: object) -> None:
    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        edit.setText("Eurocities")
    lost = before - sys.getrefcount(None)
    assert lost < 100, f"each Qt call loses a reference to None ({lost} in 2,000 calls)"
