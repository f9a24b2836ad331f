"""Charts for the published report as inline SVG, written in Python (no Qt, no files).

Each chart is an `<svg role="img">` with a `<title>` and a `<desc>` that says
what it shows in words; the same figures are in a table beside it. Colours
match the window's charts and differ in lightness, so they read in greyscale.
Only presentation attributes are used (no CSS), so Qt's SVG renderer draws
the same pictures into the PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from app.scale import nice_ticks

SERIES, HIGHLIGHT, OTHER = "#2f6aa8", "#0b2545", "#8d96a0"
TEXT, MUTED, GRID = "#1a1a1a", "#4d4d4d", "#d0d0d0"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
WIDTH = 480  # bar charts; column charts are narrower so their text reads at half a page
COLUMN_WIDTH, COLUMN_HEIGHT = 360, 220
BAR_FONT_SIZE = 15  # bar charts are shown wider, so their text shrinks more on a phone
FONT_SIZE = 13


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # None: nothing on record, drawn as a dash
    highlight: bool = False  # the report's year
    other: bool = False  # the rest, summed


def _open(
    ident: str, width: int, height: int, title: str, desc: str, font_size: int = FONT_SIZE
) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" font-family="{escape(FONT)}" '
        f'font-size="{font_size}">',
        f'<title id="{ident}-title">{escape(title)}</title>',
        f'<desc id="{ident}-desc">{escape(desc)}</desc>',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
    ]


def _text(x: float, y: float, text: str, anchor: str = "start", fill: str = TEXT) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}">{escape(text)}</text>'
    )


def _width(text: str, size: int = FONT_SIZE) -> float:
    """A text's rough width: enough to lay out labels without a font at hand."""
    return len(text) * size * 0.56


def column_chart(
    ident: str, title: str, desc: str, bars: list[Bar], fmt: Callable[[float], str], whole: bool
) -> str:
    """Columns over years on a value axis; the highlighted column carries its value."""
    width, height = COLUMN_WIDTH, COLUMN_HEIGHT
    ticks = nice_ticks(max((b.value or 0.0) for b in bars) if bars else 0.0, 4, whole=whole)
    axis = max(_width(fmt(t)) for t in ticks) + 10
    left, top, bottom = axis, 22.0, height - 26.0
    plot_h, top_value = bottom - top, ticks[-1] or 1.0
    parts = _open(ident, width, height, title, desc)
    for tick in ticks:
        y = bottom - plot_h * tick / top_value
        parts.append(
            f'<line x1="{left:.1f}" y1="{y:.1f}" x2="{width - 4}" y2="{y:.1f}" stroke="{GRID}"/>'
        )
        parts.append(_text(left - 6, y + 4, fmt(tick), "end", MUTED))
    slot = (width - 4 - left) / max(len(bars), 1)
    for index, bar in enumerate(bars):
        x = left + slot * index
        h = plot_h * (bar.value or 0.0) / top_value
        fill = HIGHLIGHT if bar.highlight else SERIES
        parts.append(
            f'<rect x="{x + slot * 0.18:.1f}" y="{bottom - h:.1f}" width="{slot * 0.64:.1f}" '
            f'height="{h:.1f}" fill="{fill}"><title>{escape(bar.label)}: '
            f"{escape(_value(bar, fmt))}</title></rect>"
        )
        parts.append(_text(x + slot / 2, height - 8, bar.label, "middle"))
        if bar.highlight or bar.value is None:
            parts.append(_text(x + slot / 2, bottom - h - 5, _value(bar, fmt), "middle"))
    parts.append("</svg>")
    return "\n".join(parts)


def bar_chart(
    ident: str, title: str, desc: str, bars: list[Bar], fmt: Callable[[float], str]
) -> str:
    """Horizontal bars, labelled on the left, each with its value at its end."""
    row, size = 30, BAR_FONT_SIZE
    height = row * len(bars) + 8
    label_w = min(WIDTH * 0.5, max((_width(b.label, size) for b in bars), default=0) + 10)
    value_w = max((_width(fmt(b.value or 0), size) for b in bars), default=0) + 8
    span = WIDTH - label_w - value_w - 4
    largest = max((b.value or 0.0) for b in bars) if bars else 1.0
    parts = _open(ident, WIDTH, height, title, desc, size)
    for index, bar in enumerate(bars):
        y = 4 + row * index
        length = span * (bar.value or 0.0) / (largest or 1.0)
        fill = OTHER if bar.other else SERIES
        parts.append(_text(0, y + row * 0.65, _clip(bar.label, label_w - 10, size)))
        parts.append(
            f'<rect x="{label_w:.1f}" y="{y + 5}" width="{length:.1f}" height="{row - 10}" '
            f'fill="{fill}"><title>{escape(bar.label)}: {escape(_value(bar, fmt))}</title></rect>'
        )
        parts.append(_text(label_w + length + 4, y + row * 0.65, _value(bar, fmt)))
    parts.append("</svg>")
    return "\n".join(parts)


def _value(bar: Bar, fmt: Callable[[float], str]) -> str:
    return "–" if bar.value is None else fmt(bar.value)


def _clip(text: str, width: float, size: int) -> str:
    """Shortens a label that would run into its bar; the full text is in the table."""
    if _width(text, size) <= width:
        return text
    keep = max(int(width / (size * 0.56)) - 1, 1)
    return text[:keep].rstrip() + "…"
