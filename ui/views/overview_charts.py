"""The overview's charts, and turning an `Overview` into their points."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.services.overview import Count, Overview, top_with_rest
from app.valuation import total
from app.vocabulary import SCOPES, THEMES, Vocabulary
from ui import formatting
from ui.charts import BarChart, ChartPoint, ColumnChart

TOP_DEPARTMENTS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("OverviewView", text)


class OverviewCharts:
    """The five charts of the overview page, filled from one `Overview`."""

    def __init__(self, parent: QWidget) -> None:
        self.memberships = ColumnChart(parent=parent)
        self.memberships.whole_numbers = True
        self.memberships.value_text = formatting.integer  # type: ignore[assignment]
        self.fees = ColumnChart(parent=parent)
        self.departments = BarChart(parent=parent)
        self.scopes = BarChart(parent=parent)
        self.scopes.value_text = formatting.integer  # type: ignore[assignment]
        self.themes = BarChart(parent=parent)
        self.themes.value_text = formatting.integer  # type: ignore[assignment]
        for name, chart in self.named().items():
            chart.setObjectName(f"{name}Chart")

    def named(self) -> dict[str, ColumnChart | BarChart]:
        return {
            "memberships": self.memberships, "fees": self.fees, "departments": self.departments,
            "scopes": self.scopes, "themes": self.themes,
        }  # fmt: skip

    def show(self, data: Overview) -> None:
        year = data.year
        self.memberships.set_title(_tr("Memberships per year"))
        self.memberships.set_points([
            ChartPoint(str(p.year), p.memberships, _tr("{0}: {1} memberships ({2} organisations, "
                       "{3} networks)").format(p.year, formatting.integer(p.memberships),
                       formatting.integer(p.organisations), formatting.integer(p.networks)),
                       highlight=p.year == year)
            for p in data.per_year
        ])  # fmt: skip
        self.fees.set_title(_tr("Membership fees per year, SEK"))
        self.fees.set_points([
            ChartPoint(str(p.year), None if p.fees_sek is None else float(p.fees_sek),
                       _tr("{0}: no fees on record").format(p.year) if p.fees_sek is None
                       else f"{p.year}: {formatting.money(p.fees_sek)}", highlight=p.year == year)
            for p in data.per_year
        ])  # fmt: skip
        self._show_departments(data)
        self.scopes.set_title(_tr("Memberships by scope {0}").format(year))
        self.scopes.set_points(_counts(data.by_scope, SCOPES))
        self.themes.set_title(_tr("Memberships by theme {0}").format(year))
        self.themes.set_points(_counts(data.by_theme, THEMES))

    def _show_departments(self, data: Overview) -> None:
        top, rest = top_with_rest(data.fees_by_department, TOP_DEPARTMENTS)
        memberships = _tr("{0}: {1}, {2} memberships")
        points = [
            ChartPoint(d.department, float(d.fees_sek), memberships.format(
                d.department, formatting.money(d.fees_sek), formatting.integer(d.memberships)))
            for d in top
        ]  # fmt: skip
        if rest:
            rest_fees = total(d.fees_sek for d in rest)
            names = ", ".join(d.short_name or d.department for d in rest)
            label = _tr("Other departments ({0})").format(len(rest))
            tip = f"{label}: {formatting.money(rest_fees)}\n{names}"
            points.append(ChartPoint(label, float(rest_fees), tip, other=True))
        self.departments.set_title(_tr("Fees by responsible department {0}, SEK").format(data.year))
        self.departments.set_points(points)


def _counts(counts: tuple[Count, ...], words: Vocabulary) -> list[ChartPoint]:
    text = _tr("{0}: {1} memberships")
    return [
        ChartPoint(words.label(c.key), c.memberships,
                   text.format(words.label(c.key), formatting.integer(c.memberships)))
        for c in counts
    ]  # fmt: skip
