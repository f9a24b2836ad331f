"""The report as PDF, read back with an independent PDF reader (pypdf)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.report import gather, print_html
from app.services.register import memberships_for_year
from app.store import Store
from tests.support.example import example_in
from ui.report_pdf import svg_image, write_pdf

TODAY = dt.date(2008, 2, 14)
A4_POINTS = (595, 842)


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from example_in(tmp_path_factory.mktemp("pdf"))


def page_texts(path: Path) -> list[str]:
    # pypdf may put tabs or breaks between words: compare with single spaces.
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def test_the_pdf_has_numbered_a4_pages_and_the_text(qapp, example: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = print_html(gather(example, 2007, TODAY), "en")
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    pages = write_pdf(report, first)
    assert write_pdf(report, second) == pages  # stable for the same register
    assert 6 <= pages <= 16
    reader = PdfReader(str(first))
    assert len(reader.pages) == pages
    assert reader.metadata is not None and reader.metadata.title == "International memberships 2007"
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS
    texts = page_texts(first)
    for number, text in enumerate(texts, start=1):
        assert f"International memberships 2007 {number} / {pages}" in text
    whole = " ".join(texts)
    for heading in ("Summary", "Memberships by department and company", "Who takes part where",
                    "Positions of trust", "Changes on the year before"):  # fmt: skip
        assert heading in whole
    assert "Key figures 2007 against 2006" in whole and "1,301,257" in whole
    missing = [r.organisation for r in memberships_for_year(example, 2007)
               if " ".join(r.organisation.split()) not in whole]  # fmt: skip
    assert missing == []
    assert not list(tmp_path.glob("*.part"))


def test_the_charts_are_drawn_into_the_pdf(qapp, example: Store) -> None:  # type: ignore[no-untyped-def]
    report = print_html(gather(example, 2007, TODAY))
    image = svg_image(report.charts["chart-departments"], 2)
    assert image.width() == 960 and image.height() > 200
    colours = {image.pixelColor(x, y).name() for x in range(0, 960, 4) for y in range(0, 200, 4)}
    assert "#2f6aa8" in colours


def test_an_unwritable_place_is_refused(qapp, example: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = print_html(gather(example, 2007, TODAY))
    with pytest.raises(FileNotFoundError):
        write_pdf(report, tmp_path / "missing" / "report.pdf")
    assert list(tmp_path.iterdir()) == []
