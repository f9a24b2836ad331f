"""Driving a review through the services, and reading its minutes back."""

from __future__ import annotations

from html.parser import HTMLParser

from app.services import reviews
from app.services.review_items import review_items
from app.store import Store

CYCLE = ("keep", "leave", "change", "postpone")


def decide_all(store: Store, review_id: int) -> dict[int, tuple[str, str]]:
    """Decides every membership in turn keep/leave/change/postpone; returns what was decided."""
    decided = {}
    for n, item in enumerate(review_items(store, review_id)):
        kind = CYCLE[n % len(CYCLE)]
        reason = f"Reason {n} for {item.organisation}"
        reviews.record_decision(store, review_id, item.membership_id, kind, reason)
        decided[item.membership_id] = (kind, reason)
    return decided


class TableReader(HTMLParser):
    """The headings and table rows of an HTML page, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[list[str]]] = {}
        self.heading: str | None = None
        self._text: list[str] | None = None
        self._row: list[str] | None = None
        self._in_heading = False

    def handle_starttag(self, tag: str, _attrs: object) -> None:
        if tag in ("h1", "h2"):
            self._in_heading, self._text = True, []
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th"):
            self._text = []
        elif tag == "br" and self._text is not None:
            self._text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h1", "h2") and self._text is not None:
            self.heading = "".join(self._text).strip()
            self.sections.setdefault(self.heading, [])
            self._in_heading, self._text = False, None
        elif tag in ("td", "th") and self._row is not None and self._text is not None:
            self._row.append("".join(self._text).strip())
            self._text = None
        elif tag == "tr" and self._row is not None and self.heading is not None:
            self.sections[self.heading].append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)


def read_tables(html: str) -> dict[str, list[list[str]]]:
    reader = TableReader()
    reader.feed(html)
    reader.close()
    return reader.sections
