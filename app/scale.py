"""Round axis steps for charts, shared by the window's charts and the report's SVG."""

from __future__ import annotations

import math


def nice_ticks(largest: float, at_most: int = 5, *, whole: bool = False) -> list[float]:
    """Ticks from 0 past `largest` in round steps (1, 2, 2.5 or 5 times a power of ten),
    at most `at_most` + 1 of them; `whole` keeps steps of counts at 1 or more."""
    if largest <= 0 or not math.isfinite(largest):
        return [0.0, 1.0]
    rough = largest / max(at_most, 1)
    power = 10 ** math.floor(math.log10(rough))
    factors = (1, 2, 5, 10) if whole else (1, 2, 2.5, 5, 10)
    step = next(f * power for f in factors if f * power >= rough)
    if whole:
        step = max(round(step), 1)
    count = math.ceil(largest / step - 1e-9)
    return [round(i * step, 10) for i in range(count + 1)]
