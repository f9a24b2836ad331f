"""Sorting names the Swedish way, without Qt: å, ä and ö come after z.

Python's default order puts "Ö" before "a" and "Å" between "z" and "ä" only by
accident of code points; Swedish readers expect a-z, then å, ä, ö, with case
and other accents not mattering (é sorts as e, ü as y, æ as ä, ø as ö).
`swedish_key` gives a sort key with that order; ties fall back to the text
itself so the order is total and stable.
"""

from __future__ import annotations

import unicodedata

# Letters Swedish sorts on their own, placed after z ("{" follows "z" in ASCII).
_AFTER_Z = str.maketrans({"å": "{a", "ä": "{b", "æ": "{b", "ö": "{c", "ø": "{c", "ü": "y"})


def _primary(text: str) -> str:
    folded = text.casefold().translate(_AFTER_Z)
    if folded.isascii():
        return folded
    # Other accents sort as their base letter: é -> e.
    return "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))


def swedish_key(text: str) -> tuple[str, str]:
    """The sort key of `text` in Swedish alphabetical order."""
    return (_primary(text), text)
