"""What the editors offer beyond the vocabulary: the currencies, common ones first.

The words of kinds, scopes, statuses and roles are `app.vocabulary`'s.
"""

from __future__ import annotations

from app.currencies import COMMON, ISO_4217


def currencies() -> list[str]:
    """ISO 4217 codes, the common ones first: SEK, EUR, USD ..."""
    return [*COMMON, *sorted(ISO_4217.difference(COMMON))]
