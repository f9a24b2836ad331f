"""Numbers in the published report, the way its language writes them (no Qt here).

Swedish groups thousands with a no-break space and uses a decimal comma
(1 301 257; 9,25); English with a comma and a decimal point. Differences get
a real minus sign and an explicit plus.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

NBSP = "\u00a0"
MINUS = "\u2212"
SEPARATORS = {"sv": (NBSP, ","), "en": (",", ".")}


def _separators(language: str) -> tuple[str, str]:
    return SEPARATORS.get(language, SEPARATORS["en"])


def number(value: Decimal | float | int, language: str, decimals: int = 0) -> str:
    """`value` rounded half up to `decimals`, grouped by thousands."""
    group, point = _separators(language)
    quantum = Decimal(1).scaleb(-decimals)
    rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = MINUS if rounded < 0 else ""
    text = f"{abs(rounded):,.{decimals}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", group)
    return sign + (f"{whole}{point}{fraction}" if fraction else whole)


def signed(value: Decimal | float | int, language: str, decimals: int = 0) -> str:
    """A difference: "+3", "−7", "±0"."""
    text = number(value, language, decimals)
    if Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP) == 0:
        return "±0"
    return text if text.startswith(MINUS) else f"+{text}"
