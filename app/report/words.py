"""The report's words in its language: translated text, numbers and labels."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from app.i18n import QT_TRANSLATE_NOOP as N_
from app.i18n import translate
from app.numbers import number, signed
from app.vocabulary import Vocabulary

SEK = N_("report", "{amount} SEK")


class Words:
    """`words(text, **params)` translates a text marked in context "report"; the
    result is escaped for HTML, as are the parameters."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, text: str, **params: object) -> str:
        template = escape(translate("report", text, self.language), quote=False)
        return template.format(**{k: escape(str(v), quote=False) for k, v in params.items()})

    def plain(self, text: str, **params: object) -> str:
        """Unescaped, for SVG titles and the like that escape on their own."""
        return translate("report", text, self.language).format(**params)

    def number(self, value: Decimal | float | int | None, decimals: int = 0) -> str:
        return "–" if value is None else number(value, self.language, decimals)

    def signed(self, value: Decimal | float | int) -> str:
        return signed(value, self.language)

    def sek(self, value: Decimal | float | int | None) -> str:
        if value is None:
            return "–"
        return self.plain(SEK, amount=number(value, self.language))

    def label(self, vocabulary: Vocabulary, key: str) -> str:
        """A stored key's label in the report's language, escaped."""
        return escape(vocabulary.label(key, self.language))
