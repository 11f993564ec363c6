"""Page decoration: header, footer with 'page x of y', draft watermark."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from tmsplanner.report.fonts import draw_text
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


def draw_header(c: Canvas, width: float, height: float, left: str, centre: str, right: str) -> None:
    """Three-part header line with a rule under it."""
    y = height - MARGIN + 4
    c.saveState()
    c.setFont("PTSans-Bold", 9)
    c.setFillColor(colors.black)
    draw_text(c, MARGIN, y, left, "PTSans-Bold", 9)  # user text (clinic, patient): runs in fonts that have them
    draw_text(c, width / 2, y, centre, "PTSans-Bold", 9, "centre")
    draw_text(c, width - MARGIN, y, right, "PTSans-Bold", 9, "right")
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y - 4, width - MARGIN, y - 4)
    c.restoreState()


def draw_footer(c: Canvas, width: float, left: str, right: str) -> None:
    """Footer line with a rule above it."""
    y = MARGIN - FOOTER_H + 14
    c.saveState()
    c.setStrokeColor(RULE)
    c.setLineWidth(0.6)
    c.line(MARGIN, y + 10, width - MARGIN, y + 10)
    c.setFont("PTSans", 7.5)
    c.setFillColor(MUTED)
    draw_text(c, MARGIN, y, left, "PTSans", 7.5)
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
