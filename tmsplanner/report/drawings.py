"""Vector pictures: the pulse pattern of one block and the course timeline.

The pictures have no report context: their captions and axis words are looked up
in the catalogue passed in (context ``report``) with :func:`t` and :func:`tn`,
whose English text comes first so that the message extractor finds it.

A picture is a flowable that draws its lines, bars and words straight on the
page's canvas (each word in a font that has its glyphs,
:func:`~tmsplanner.report.fonts.draw_text`), in the names of reportlab's graphics
shapes; reportlab's graphics package would walk a tree of styled nodes for the
same strokes.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from tmsplanner.core.axis import nice_step
from tmsplanner.core.course_view import CourseView
from tmsplanner.core.dates import english_date
from tmsplanner.core.dosing import BlockDose
from tmsplanner.core.i18n import Catalogue
from tmsplanner.core.plan import Block, RtmsPattern, TbsPattern
from tmsplanner.report.fonts import draw_text
from tmsplanner.report.styles import INK, MUTED, RULE

PULSE = colors.HexColor("#1f4e79")
FONT = "PTSans"


# The CLDR patterns of the timeline's date marks (English keeps english_date's form).
_DATE_PATTERNS = {"%d %b": "dd MMM", "%b %Y": "LLL y", "%Y": "y"}


def t(message: str, c: Catalogue, /, **values: object) -> str:
    """A caption of the pictures in the catalogue's language (context ``report``), its ``{names}`` filled."""
    words = c.gettext(message, "report")
    return words.format(**values) if values else words


def tn(singular: str, plural: str, n: int, c: Catalogue, /, **values: object) -> str:
    """A caption whose wording depends on ``n`` (``{n}`` is filled with it)."""
    return c.ngettext(singular, plural, n, "report").format(n=n, **values)


def _num(value: float, c: Catalogue) -> str:
    """A number as the catalogue's language writes it (at most three decimals)."""
    return c.number(value, 3)


def _date(value: dt.date, pattern: str, c: Catalogue) -> str:
    """A date mark of the timeline, with the language's month names."""
    return english_date(value, pattern) if c.language == "en" else c.date(value, _DATE_PATTERNS[pattern])


class Line(NamedTuple):
    """A straight stroke from (x1, y1) to (x2, y2)."""

    x1: float
    y1: float
    x2: float
    y2: float
    strokeColor: Color
    strokeWidth: float

    def draw(self, c: Canvas) -> None:
        c.setStrokeColor(self.strokeColor)
        c.setLineWidth(self.strokeWidth)
        c.line(self.x1, self.y1, self.x2, self.y2)


class Rect(NamedTuple):
    """A filled rectangle without an outline."""

    x: float
    y: float
    width: float
    height: float
    fillColor: Color

    def draw(self, c: Canvas) -> None:
        c.setFillColor(self.fillColor)
        c.rect(self.x, self.y, self.width, self.height, stroke=0, fill=1)


_ALIGN = {"start": "left", "middle": "centre", "end": "right"}  # reportlab's anchors in draw_text's words


class String(NamedTuple):
    """One line of words; ``textAnchor`` start, middle or end says which end of it is at ``x``."""

    x: float
    y: float
    text: str
    fontName: str
    fontSize: float
    fillColor: Color
    textAnchor: str = "start"

    def draw(self, c: Canvas) -> None:
        c.setFillColor(self.fillColor)
        draw_text(c, self.x, self.y, self.text, self.fontName, self.fontSize, _ALIGN[self.textAnchor])


class Drawing(Flowable):
    """A picture of fixed size: its shapes drawn in order, from its lower left corner."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.contents: list[Line | Rect | String] = []

    def add(self, shape: Line | Rect | String) -> None:
        """Add a shape, drawn over those before it."""
        self.contents.append(shape)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        for shape in self.contents:
            shape.draw(self.canv)


def _axis(d: Drawing, x0: float, x1: float, y: float, span: float, unit: str, c: Catalogue,
          scale: float = 1.0) -> None:
    d.add(Line(x0, y, x1, y, strokeColor=INK, strokeWidth=0.6))
    step = nice_step(span)
    k = 0
    while k * step <= span + 1e-9:
        x = x0 + (x1 - x0) * (k * step) / span
        d.add(Line(x, y, x, y - 3, strokeColor=INK, strokeWidth=0.6))
        value = k * step * scale
        d.add(String(x, y - 11, _num(value, c), fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="middle"))
        k += 1
    d.add(String(x1, y - 20, unit, fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))


def _pulses(d: Drawing, x0: float, x1: float, y: float, h: float, times: list[float], span: float) -> None:
    for time in times:
        x = x0 + (x1 - x0) * time / span
        d.add(Line(x, y, x, y + h, strokeColor=PULSE, strokeWidth=0.8))


def _train_row(d: Drawing, x0: float, x1: float, y: float, train_s: float, iti_s: float, trains: int,
               label: str, dense: list[float] | None, c: Catalogue) -> None:
    """Two trains and the pause between them (or the one train), on a time axis."""
    shown = min(trains, 2)
    span = shown * train_s + (shown - 1) * iti_s
    h = 16
    for k in range(shown):
        start = k * (train_s + iti_s)
        if dense is not None:
            _pulses(d, x0, x1, y, h, [start + time for time in dense], span)
        else:
            xa = x0 + (x1 - x0) * start / span
            xb = x0 + (x1 - x0) * (start + train_s) / span
            d.add(Rect(xa, y, max(xb - xa, 0.8), h, fillColor=PULSE))
    d.add(String(x0, y + h + 5, label, fontName=FONT, fontSize=7.5, fillColor=INK))
    if shown == 2 and iti_s > 0:
        xa = x0 + (x1 - x0) * train_s / span
        xb = x0 + (x1 - x0) * (train_s + iti_s) / span
        d.add(String((xa + xb) / 2, y + 5, t("pause {seconds} s", c, seconds=_num(iti_s, c)), fontName=FONT,
                     fontSize=7, fillColor=MUTED, textAnchor="middle"))
    _axis(d, x0, x1, y - 4, span, t("seconds", c), c)


def pulse_diagram(block: Block, dose: BlockDose, width: float, c: Catalogue) -> Drawing:
    """The train (and, for theta burst, burst) structure of one block with time scales."""
    p = block.pattern
    x0, x1 = 8.0, width - 8.0
    if isinstance(p, RtmsPattern):
        d = Drawing(width, 62)
        dense = None
        if p.pulses_per_train <= 60:
            dense = [k / p.frequency_hz for k in range(p.pulses_per_train)]
        label = (t("{pulses} pulses at {hz} Hz = {train} s train", c, pulses=p.pulses_per_train,
                   hz=_num(p.frequency_hz, c), train=_num(dose.train_duration_s, c))
                 + (", " + tn("{n} train", "{n} trains", p.trains, c) if p.trains > 1 else ""))
        _train_row(d, x0, x1, 30, dose.train_duration_s, p.inter_train_interval_s, p.trains, label, dense, c)
        return d
    assert isinstance(p, TbsPattern)
    d = Drawing(width, 122)
    label = (t("trains of {bursts} bursts = {train} s", c, bursts=p.bursts_per_train,
               train=_num(dose.train_duration_s, c))
             + (", " + tn("{n} train", "{n} trains", p.trains, c) if p.trains > 1 else ""))
    _train_row(d, x0, x1, 90, dose.train_duration_s, p.inter_train_interval_s, p.trains, label, None, c)
    # Zoom: the first three bursts of a train, in milliseconds.
    period = 1 / p.burst_frequency_hz
    bursts = min(3, p.bursts_per_train)
    span = bursts * period
    times = [b * period + k / p.intra_burst_frequency_hz for b in range(bursts) for k in range(p.pulses_per_burst)]
    _pulses(d, x0, x1, 30, 16, times, span)
    d.add(String(x0, 51, t("zoom: bursts of {pulses} pulses at {hz} Hz, one burst every {ms} ms ({rate} Hz)", c,
                           pulses=p.pulses_per_burst, hz=_num(p.intra_burst_frequency_hz, c),
                           ms=_num(period * 1000, c), rate=_num(p.burst_frequency_hz, c)),
                 fontName=FONT, fontSize=7.5, fillColor=INK))
    _axis(d, x0, x1, 26, span * 1000, t("milliseconds", c), c)
    return d


def _marks(start: dt.date, days: int, day_w: float, least: float) -> tuple[list[int], str]:
    """Day offsets of the marks spaced at least ``least`` points apart, and their date format.

    Every day for a short course, then Mondays, first days of months, of quarters, of years.
    """
    every = list(range(days))
    mondays = [k for k in every if (start + dt.timedelta(days=k)).weekday() == 0]
    firsts = [k for k in every if (start + dt.timedelta(days=k)).day == 1]
    quarters = [k for k in firsts if (start + dt.timedelta(days=k)).month in (1, 4, 7, 10)]
    years = [k for k in firsts if (start + dt.timedelta(days=k)).month == 1]
    for spacing, marks, pattern in ((1, every, "%d %b"), (7, mondays, "%d %b"), (30, firsts, "%b %Y"),
                                    (91, quarters, "%b %Y"), (365, years, "%Y")):
        if spacing * day_w >= least:
            return marks, pattern
    return years[::math.ceil(least / (365 * day_w))], "%Y"


def timeline(view: CourseView, width: float, c: Catalogue) -> Drawing:
    """Sessions per treatment day across the calendar; days, weeks, months or years marked as the length allows."""
    start, end = view.figures.start_date, view.figures.end_date
    days = (end - start).days + 1
    x0, x1, base, top = 24.0, width - 6.0, 22.0, 70.0
    d = Drawing(width, 86)
    per_day = view.days.sessions_per_date
    most = view.most_sessions_in_a_day
    day_w = (x1 - x0) / days
    weekends = day_w >= 1.0  # narrower, the shading is a grey wash, not a mark
    for k in range(days):
        day = start + dt.timedelta(days=k)
        x = x0 + k * day_w
        if weekends and day.weekday() >= 5:
            d.add(Rect(x, base, day_w, top - base, fillColor=colors.HexColor("#dcdcdc")))
        if day in per_day:
            h = (top - base) * per_day[day] / most
            d.add(Rect(x + day_w * 0.15, base, max(day_w * 0.7, 0.6), h, fillColor=PULSE))
    ticks, _ = _marks(start, days, day_w, 4.0)
    for k in ticks:
        d.add(Line(x0 + k * day_w, base, x0 + k * day_w, base - 3, strokeColor=INK, strokeWidth=0.5))
    labels, pattern = _marks(start, days, day_w, 34.0)
    for k in sorted({0, *labels}):
        if k and k * day_w < 34.0:
            continue  # too near the first day's label
        d.add(String(x0 + k * day_w, base - 11, _date(start + dt.timedelta(days=k), pattern, c), fontName=FONT,
                     fontSize=7, fillColor=MUTED))
    d.add(Line(x0, base, x1, base, strokeColor=INK, strokeWidth=0.6))
    d.add(Line(x0, base, x0, top, strokeColor=RULE, strokeWidth=0.5))
    d.add(String(x0 - 3, top - 6, f"{most}", fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))
    d.add(String(x0 - 3, base, "0", fontName=FONT, fontSize=7, fillColor=MUTED, textAnchor="end"))
    caption = t("sessions per day (shaded: weekends)", c) if weekends else t("sessions per day", c)
    d.add(String(x0, top + 6, caption, fontName=FONT, fontSize=7.5, fillColor=INK))
    return d
