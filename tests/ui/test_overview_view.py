"""The overview page driven as a user would: figures, charts, attention list, exports."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPdfWriter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from app.services.attention import Concern
from app.services.overview import overview
from app.services.register import memberships_for_year, year_summary
from app.store import Store
from tests.support.example import example_in
from ui import formatting
from ui.charts import PRINT_THEME
from ui.views.attention_tree import MEMBERSHIP_ID_ROLE
from ui.views.overview_view import OverviewView


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    yield from example_in(tmp_path_factory.mktemp("overview"))


@pytest.fixture
def view(qtbot, example: Store) -> OverviewView:  # type: ignore[no-untyped-def]
    widget = OverviewView(example)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    show_year(qtbot, widget, 2007)
    return widget


def show_year(qtbot, view: OverviewView, year: int) -> None:  # type: ignore[no-untyped-def]
    """The figures are read in the background: wait until they are shown."""
    with qtbot.waitSignal(view.refreshed, timeout=30_000):
        view.set_year(year)


def double_click(widget: QWidget, position: QPoint) -> None:
    # Qt 6 item views take a double click as the second press of a click pair.
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=position)
    QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=position)


def test_tiles_show_the_services_figures(view: OverviewView, example: Store) -> None:
    now, before = year_summary(example, 2007), year_summary(example, 2006)
    tiles = view.tiles
    assert tiles["organisations"].value.text() == formatting.integer(now.organisations) == "76"
    assert tiles["organisations"].change.text() == "\u22127 on 2006"
    assert tiles["networks"].value.text() == "5"
    assert tiles["departments"].change.text() == "unchanged on 2006"
    assert tiles["positions"].value.text() == formatting.integer(now.positions)
    assert tiles["fees"].value.text() == formatting.amount(now.fees_sek)
    difference = formatting.money(now.fees_sek - before.fees_sek)
    assert tiles["fees"].change.text() == f"+{difference} on 2006"
    assert difference.endswith("\u00a0kr")  # the Swedish locale's own currency
    assert "Organisations: 76" in tiles["organisations"].accessibleName()
    assert view.heading.text() == "Overview of 2007" and view.example_note.isVisibleTo(view)


def test_charts_show_the_services_series(view: OverviewView, example: Store) -> None:
    data = overview(example, 2007)
    charts = view.charts
    points = charts.memberships.points()
    assert [(p.label, p.value) for p in points] == [
        (str(p.year), p.memberships) for p in data.per_year
    ]
    assert [p.highlight for p in points] == [False, False, True, False]
    assert [p.value for p in charts.fees.points()] == [float(p.fees_sek) for p in data.per_year]
    departments = charts.departments.points()
    assert len(departments) == 9 and departments[-1].other
    assert departments[0].label == data.fees_by_department[0].department
    total = sum(p.value for p in departments)
    assert total == pytest.approx(float(sum(d.fees_sek for d in data.fees_by_department)))
    assert {p.label: p.value for p in charts.scopes.points()}["Global"] == 38
    assert "2007: 82" in charts.memberships.accessibleDescription()


def test_hovering_a_column_tells_its_value(view: OverviewView) -> None:
    chart = view.charts.memberships
    chart.repaint()
    marks = chart.marks()
    assert len(marks) == 4
    assert marks[2].tip.startswith("2007: 82 memberships")
    assert chart.mark_at(marks[2].rect.center().toPoint()) == 2
    assert chart.mark_at(QPoint(1, 1)) == -1


def test_attention_list_opens_the_membership(qtbot, view: OverviewView, example: Store) -> None:  # type: ignore[no-untyped-def]
    tree = view.attention
    model = tree.model()
    without_contact = {r.id for r in memberships_for_year(example, 2007) if not r.primary_contact}
    group = next(model.index(row, 0) for row in range(model.rowCount())
                 if model.index(row, 0).data().startswith("No primary contact"))  # fmt: skip
    assert model.rowCount(group) == len(without_contact)
    first = model.index(0, 0, group)
    expected = first.data(MEMBERSHIP_ID_ROLE)
    assert expected in without_contact
    tree.scrollTo(first)
    centre = tree.visualRect(first).center()
    with qtbot.waitSignal(view.open_membership) as opened:
        double_click(tree.viewport(), centre)
    assert opened.args == [expected]
    tree.setCurrentIndex(model.index(1, 1, group))
    with qtbot.waitSignal(view.open_membership) as entered:
        QTest.keyClick(tree, Qt.Key.Key_Return)
    assert entered.args == [model.index(1, 0, group).data(MEMBERSHIP_ID_ROLE)]
    assert (
        view.attention_heading.text()
        == f"Needs attention ({overview(example, 2007).attention.total})"
    )


def test_attention_model_is_sound(qtmodeltester, view: OverviewView) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(view.attention.model())


def test_group_headers_do_not_open_anything(qtbot, view: OverviewView) -> None:  # type: ignore[no-untyped-def]
    tree = view.attention
    header = tree.model().index(0, 0)
    with qtbot.assertNotEmitted(view.open_membership):
        QTest.mouseDClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(header).center()
        )


def test_a_year_without_a_year_before(qtbot, view: OverviewView) -> None:  # type: ignore[no-untyped-def]
    show_year(qtbot, view, 1900)
    assert view.tiles["organisations"].value.text() == "0"
    assert view.tiles["organisations"].change.text() == "no figures for 1899"
    assert view.overview_data() is not None and view.overview_data().attention.total == 0
    assert view.attention.model().rowCount() == 0


def test_fee_rises_are_listed_in_2008(qtbot, view: OverviewView) -> None:  # type: ignore[no-untyped-def]
    show_year(qtbot, view, 2008)
    data = view.overview_data()
    assert data is not None and any(i.concern == Concern.FEE_UP for i in data.attention.items)
    labels = [
        view.attention.model().index(r, 0).data() for r in range(view.attention.model().rowCount())
    ]
    assert "Fee up more than 20 % (2)" in labels


def test_chart_as_png_for_slides(view: OverviewView, tmp_path: Path) -> None:
    path = tmp_path / "departments.png"
    view.charts.departments.render_png(str(path), QSize(1000, 600))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (1000, 600)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1000, 5) for y in range(0, 600, 5)}
    assert QColor(PRINT_THEME.series).name() in colours
    assert QColor(PRINT_THEME.other).name() in colours  # the "other departments" bar
    with pytest.raises(FileNotFoundError, match="missing"):
        view.charts.departments.render_png(str(tmp_path / "missing" / "x.png"))


def test_chart_printed_to_pdf(view: OverviewView, tmp_path: Path) -> None:
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    view.charts.fees.print_to(writer)
    del writer
    reader = PdfReader(str(path))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())  # pypdf may put tabs between words
    assert "Membership fees per year, SEK" in text and "2007" in text


def test_a_quick_second_year_wins_over_a_slow_first(qtbot, view: OverviewView) -> None:  # type: ignore[no-untyped-def]
    view.set_year(2005)
    show_year(qtbot, view, 2008)
    qtbot.wait(200)  # any result of the first read arrives too late to be shown
    assert view.overview_data() is not None and view.overview_data().year == 2008
    assert view.heading.text() == "Overview of 2008"


def test_save_report_from_the_window(qtbot, view: OverviewView, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for name in ("report.html", "report.pdf"):
        path = tmp_path / name
        with qtbot.waitSignal(view.report_buttons.saved, timeout=60_000) as saved:
            view.save_report(path)
        assert saved.args == [str(path)]
        assert path.stat().st_size > 10_000
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "Eurocities" in (tmp_path / "report.html").read_text(encoding="utf-8")
