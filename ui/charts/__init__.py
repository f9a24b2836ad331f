"""Small charts drawn with QPainter: columns over years and horizontal bars."""

from ui.charts.bar import BarChart
from ui.charts.base import ChartWidget, Mark
from ui.charts.column import ColumnChart
from ui.charts.point import ChartPoint
from ui.charts.theme import PRINT_THEME, ChartTheme

__all__ = [
    "PRINT_THEME",
    "BarChart",
    "ChartPoint",
    "ChartTheme",
    "ChartWidget",
    "ColumnChart",
    "Mark",
]
