"""Page decoration: header, footer with 'page x of y', draft watermark."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from tmsplanner.report.fonts import draw_text
from tmsplanner.report.rows import Line, text_width, wrap
from tmsplanner.report.styles import FOOTER_H, HEADER_H, MARGIN, MUTED, RULE

Decorator = Callable[[Canvas, int, int], None]


class _FixedTimeStamp:
    """A PDF timestamp pinned to the export date (00:00 UTC), for reproducible output."""

    def __init__(self, day: dt.date) -> None:
        self.t = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp()
        self.lt = time.gmtime(self.t)
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh = self.dmm = 0
        self.tzname = "UTC"

    @property
    def datetime(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.t, dt.UTC)


def canvas_class(decorate: Decorator, export_date: dt.date) -> type[Canvas]:
    """A canvas that defers page decoration until the page count is known."""

    class PlanCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _FixedTimeStamp(export_date)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                super().showPage()
            super().save()

    return PlanCanvas


def fit(value: str, font: str, size: float, room: float, least: float = 7.0) -> tuple[list[str], float]:
    """``value`` as lines that fit ``room`` points: the font shrinks to ``least``, then the text wraps (two lines
    at most, the second cut with an ellipsis)."""
    while size > least and text_width(value, font, size) > room:
        size = max(least, size - 0.5)
    if text_width(value, font, size) <= room:
        return [value], size
    lines = [line.text for line in wrap(Line(value, bold="Bold" in font, size=size), room)]
    if len(lines) > 2:
        second = " ".join(lines[1:])
        while second and text_width(second + "…", font, size) > room:
            second = second[:-1]
        lines = [lines[0], second.rstrip() + "…"]
    return lines, size


def draw_header(c: Canvas, width: float, height: float, left: str, centre: str, right: str) -> None:
    """Three-part header with a rule under it; a long part shrinks, then wraps, never over its neighbour."""
    y = height - MARGIN + 4
    font = "PTSans-Bold"
    inner = width - 2 * MARGIN
    centre_lines, centre_size = fit(centre, font, 9, inner / 3)
    side = (inner - max(text_width_of(centre_lines, font, centre_size), 0)) / 2 - 12
    c.saveState()
    c.setFillColor(colors.black)
    for value, x, align in ((left, MARGIN, "left"), (centre, width / 2, "centre"), (right, width - MARGIN, "right")):
        if not value:
            continue
        lines, size = (centre_lines, centre_size) if align == "centre" else fit(value, font, 9, side)
        for k, line in enumerate(lines):  # user text (clinic, patient): runs in fonts that have them
            draw_text(c, x, y + (len(lines) - 1 - k) * size * 1.15, line, font, size, align)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y - 4, width - MARGIN, y - 4)
    c.restoreState()


def text_width_of(lines: list[str], font: str, size: float) -> float:
    """The widest of some lines."""
    return max((text_width(line, font, size) for line in lines), default=0.0)


def draw_footer(c: Canvas, width: float, left: str, right: str) -> None:
    """Footer line with a rule above it."""
    y = MARGIN - FOOTER_H + 14
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y + 10, width - MARGIN, y + 10)
    c.setFillColor(MUTED)
    right_w = text_width(right, "PTSans", 7.5)
    lines, size = fit(left, "PTSans", 7.5, width - 2 * MARGIN - right_w - 12)
    for k, line in enumerate(lines):
        draw_text(c, MARGIN, y - k * size * 1.15, line, "PTSans", size)
    draw_text(c, width - MARGIN, y, right, "PTSans", 7.5, "right")
    c.restoreState()


def draw_watermark(c: Canvas, width: float, height: float, words: str) -> None:
    """Large diagonal words across the page, behind nothing important."""
    c.saveState()
    c.setFillColor(colors.Color(0.75, 0.05, 0.1, alpha=0.18))
    c.setFont("PTSans-Bold", 44)
    c.translate(width / 2, height / 2)
    c.rotate(35)
    c.drawCentredString(0, 0, words)
    c.restoreState()


__all__ = ["HEADER_H", "canvas_class", "draw_footer", "draw_header", "draw_watermark"]
