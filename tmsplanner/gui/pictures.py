"""On-screen pictures: the pulse pattern of each block and the course timeline.

QPainter versions of :mod:`tmsplanner.report.drawings` (the PDF pictures).
Colours come from the widget palette and fonts from the widget font, and all
geometry follows the widget size and font metrics, so the pictures suit dark
themes and 125-200 % scaling.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QDate, QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.dosing import BlockDose
from tmsplanner.core.labels import target_label
from tmsplanner.core.plan import Block, RtmsPattern, TbsPattern

# Minimum heights: (pixels, text lines); the larger wins, so big fonts get room.
RTMS_MIN = (110, 6.2)  # an rTMS block
TBS_MIN = (170, 11.0)  # a theta-burst block: train row and zoom row
TIMELINE_MIN = (110, 6.5)
GROW = 1.15  # preferred timeline height over minimum height
MIN_MARK_SPACING_PX = 3.0  # closer pulses or bursts merge into one solid bar


def nice_step(span: float, target_ticks: int = 6) -> float:
    """Return a 1-2-5 step that divides ``span`` into about ``target_ticks`` parts."""
    raw = span / max(target_ticks, 1)
    power = 10.0 ** math.floor(math.log10(raw))
    return next((f * power for f in (1, 2, 5) if raw <= f * power), 10 * power)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """Blend ``t`` of colour ``b`` into colour ``a``."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3])))


@functools.lru_cache(maxsize=16)
def _derived_fonts(description: str) -> tuple[QFont, QFont]:
    """The small (axis) and bold (title) fonts derived from a font description."""
    small, bold = QFont(), QFont()
    small.fromString(description)
    bold.fromString(description)
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * 0.85)
    else:
        small.setPixelSize(max(1, round(small.pixelSize() * 0.85)))
    bold.setBold(True)
    return small, bold


@dataclass
class _Ink:
    """The widget's colours and fonts, and a recorder of rectangles, lines and texts.

    :meth:`finish` draws what was recorded in a few batched calls (rectangles,
    then lines, then text), keeping the Python-to-Qt calls per paint few.
    """

    painter: QPainter
    text: QColor
    muted: QColor
    accent: QColor
    shade: QColor
    font: QFont
    small: QFont
    bold: QFont
    rects: dict[int, list[QRectF]] = field(default_factory=dict)
    lines: dict[tuple[int, float], list[QLineF]] = field(default_factory=dict)
    texts: dict[tuple[int, int], list[tuple[QPointF, str]]] = field(default_factory=dict)

    @classmethod
    def begin(cls, widget: QWidget) -> _Ink:
        pal = widget.palette()
        text, window = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
        painter = QPainter(widget)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        font = widget.font()
        ink = cls(painter, text, _mix(text, window, 0.35), pal.highlight().color(),
                  _mix(window, text, 0.09), font, *_derived_fonts(font.toString()))
        ink.rects = {ink.shade.rgba(): [], ink.accent.rgba(): []}  # shading below bars
        return ink

    def line_height(self, font: QFont | None = None) -> float:
        return QFontMetricsF(font or self.font).height()

    def write(self, x: float, top: float, text: str, font: QFont, colour: QColor,
              align: str = "left", max_width: float | None = None) -> float:
        """Record one line of text with its top at ``top``; return its width."""
        fm = QFontMetricsF(font)
        if max_width is not None:
            text = fm.elidedText(text, Qt.TextElideMode.ElideRight, max(max_width, 0.0))
        width = fm.horizontalAdvance(text)
        x -= {"left": 0.0, "center": width / 2, "right": width}[align]
        key = ([self.font, self.small, self.bold].index(font), colour.rgba())
        self.texts.setdefault(key, []).append((QPointF(x, top + fm.ascent()), text))
        return width

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: QColor, width: float = 1.0) -> None:
        self.lines.setdefault((colour.rgba(), width), []).append(QLineF(x0, y0, x1, y1))

    def fill(self, rect: QRectF, colour: QColor) -> None:
        self.rects.setdefault(colour.rgba(), []).append(rect)

    def centred(self, rect: QRectF, text: str) -> None:
        self.painter.setFont(self.font)
        self.painter.setPen(self.muted)
        self.painter.drawText(rect, Qt.AlignmentFlag.AlignCenter.value | Qt.TextFlag.TextWordWrap.value, text)

    def finish(self) -> None:
        """Draw everything recorded and end the painter."""
        p = self.painter
        p.setPen(Qt.PenStyle.NoPen)
        for rgba, rects in ((k, v) for k, v in self.rects.items() if v):
            p.setBrush(QColor.fromRgba(rgba))
            p.drawRects(rects)
        for (rgba, width), lines in self.lines.items():
            p.setPen(QPen(QColor.fromRgba(rgba), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
            p.drawLines(lines)
        for (font, rgba), texts in self.texts.items():
            p.setFont([self.font, self.small, self.bold][font])
            p.setPen(QColor.fromRgba(rgba))
            for point, text in texts:
                p.drawText(point, text)
        p.end()


@dataclass(frozen=True)
class _Train:
    """``count`` marks (pulses or bursts), one every ``period_s``, each ``mark_s`` long."""

    start_s: float
    duration_s: float
    period_s: float
    count: int
    mark_s: float


@dataclass(frozen=True)
class _Row:
    """One picture row: a caption, trains on a time axis, an optional pause label."""

    caption: str
    span_s: float
    unit: str
    scale: float  # axis units per second
    trains: list[_Train]
    pause: tuple[float, float, str, str] | None = None  # start, end, label, caption with the pause


def _draw_axis(ink: _Ink, x0: float, x1: float, y: float, row: _Row, locale: QLocale) -> None:
    """Axis line with 1-2-5 ticks, the unit after the last tick label."""
    ink.line(x0, y, x1, y, ink.text)
    lh = ink.line_height(ink.small)
    span = row.span_s * row.scale
    label_room = QFontMetricsF(ink.small).horizontalAdvance("88888.8") + lh
    step = nice_step(span, max(1, int((x1 - x0) / label_room)))
    right = x0
    for k in range(int(span / step + 1e-9) + 1):
        x = x0 + (x1 - x0) * k * step / span
        ink.line(x, y, x, y + lh * 0.3, ink.text)
        label = locale.toString(float(k * step), "g", 6)
        right = x + ink.write(x, y + lh * 0.3, label, ink.small, ink.muted, "center") / 2
    ink.write(right + lh * 0.3, y + lh * 0.3, row.unit, ink.small, ink.muted)


def _draw_train(ink: _Ink, train: _Train, x0: float, px_per_s: float, top: float, h: float) -> None:
    """Marks of one train, or one solid bar when they are too close to tell apart."""
    x_start = x0 + train.start_s * px_per_s
    if train.period_s * px_per_s < MIN_MARK_SPACING_PX and train.count > 1:
        ink.fill(QRectF(x_start, top, max(train.duration_s * px_per_s, 1.0), h), ink.accent)
        return
    pen_w, width = max(1.0, ink.line_height() / 12), train.mark_s * px_per_s
    for k in range(train.count):
        x = x_start + k * train.period_s * px_per_s
        if width < pen_w * 1.5:
            ink.line(x, top, x, top + h, ink.accent, pen_w)
        else:
            ink.fill(QRectF(x, top, width, h), ink.accent)


def _draw_row(ink: _Ink, row: _Row, rect: QRectF, locale: QLocale) -> None:
    """Caption, trains, pause label and axis of one row inside ``rect``."""
    lh, slh, small = ink.line_height(), ink.line_height(ink.small), QFontMetricsF(ink.small)
    x0 = rect.left()
    x1 = rect.right() - small.horizontalAdvance(row.unit) - small.horizontalAdvance("888.8") / 2 - lh * 0.5
    px_per_s = (x1 - x0) / row.span_s
    a, b, label, caption = row.pause or (0.0, 0.0, "", row.caption)
    in_gap = bool(label) and small.horizontalAdvance(label) < (b - a) * px_per_s - lh * 0.5
    ink.write(x0, rect.top(), row.caption if in_gap else caption, ink.font, ink.text, max_width=rect.width())
    if x1 - x0 < lh:  # too narrow for a picture
        return
    bar_top = rect.top() + lh * 1.35
    bar_h = max(min(rect.bottom() - bar_top - slh - lh * 1.2, lh * 3.0), 2.0)
    for train in row.trains:
        _draw_train(ink, train, x0, px_per_s, bar_top, bar_h)
    if in_gap:
        x, y = x0 + (a + b) / 2 * px_per_s, bar_top + (bar_h - slh) / 2
        ink.write(x, y, label, ink.small, ink.muted, "center")
    _draw_axis(ink, x0, x1, bar_top + bar_h + lh * 0.2, row, locale)  # spare height stays below


class _Picture(QWidget):
    """Base of the pictures: size hints from a minimum height, batched painting."""

    _growth = GROW  # preferred height over minimum height

    def _min_height(self) -> float:
        raise NotImplementedError

    def _paint(self, ink: _Ink) -> None:
        raise NotImplementedError

    def minimumSizeHint(self) -> QSize:
        """Return the smallest readable size."""
        return QSize(round(QFontMetricsF(self.font()).height() * 18), math.ceil(self._min_height()))

    def sizeHint(self) -> QSize:
        """Return the preferred size."""
        lh = QFontMetricsF(self.font()).height()
        return QSize(round(lh * 36), math.ceil(self._min_height() * self._growth))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        """Paint the picture with the widget's palette and font."""
        ink = _Ink.begin(self)
        try:
            self._paint(ink)
        finally:
            ink.finish()


class PulsePatternWidget(_Picture):
    """The train (and, for theta burst, burst) structure of every block.

    Each block shows two trains and the pause between them (or its only
    train) on a time axis in seconds; a theta-burst block adds a zoom row of
    its first three bursts with an axis in milliseconds.
    """

    _growth = 1.0  # bars do not grow taller, so extra height would only be empty

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[Block, BlockDose]] = []

    def set_blocks(self, blocks: list[Block], doses: list[BlockDose]) -> None:
        """Show these blocks with their derived figures and repaint.

        Parameters
        ----------
        blocks : list of Block
            The plan's blocks, in order (may be empty).
        doses : list of BlockDose
            The derived figures of the same blocks, in the same order.
        """
        if len(blocks) != len(doses):
            raise ValueError("set_blocks needs one dose per block")
        self._items = list(zip(blocks, doses))
        self.updateGeometry()
        self.update()

    def _group_heights(self) -> list[float]:
        lh = QFontMetricsF(self.font()).height()
        title = lh * 1.8 if len(self._items) > 1 else 0.0
        mins = [TBS_MIN if isinstance(b.pattern, TbsPattern) else RTMS_MIN for b, _ in self._items]
        return [max(pixels, lines * lh) + title for pixels, lines in mins]

    def _min_height(self) -> float:
        lh = QFontMetricsF(self.font()).height()
        return (sum(self._group_heights()) if self._items else lh * 3) + lh

    def _paint(self, ink: _Ink) -> None:
        if not self._items:
            ink.centred(QRectF(self.rect()), self.tr("No stimulation blocks to show"))
            return
        margin = ink.line_height() * 0.5
        heights = self._group_heights()
        scale = min(1.0, (self.height() - 2 * margin) / sum(heights))
        top = margin
        for number, ((block, dose), h) in enumerate(zip(self._items, heights), start=1):
            rect = QRectF(margin, top, self.width() - 2 * margin, h * scale)
            self._paint_group(ink, number, block, dose, rect)
            top = rect.bottom()

    def _paint_group(self, ink: _Ink, number: int, block: Block, dose: BlockDose, rect: QRectF) -> None:
        top = rect.top()
        if len(self._items) > 1:
            top += ink.line_height() * 0.5 if number > 1 else 0.0
            title = self.tr("Block {number}: {target}").format(number=number, target=target_label(block))
            ink.write(rect.left(), top, title, ink.bold, ink.text, max_width=rect.width())
            top += ink.line_height(ink.bold) * 1.3
        rows = self._rows(block, dose)
        row_h = (rect.bottom() - top) / len(rows)
        for k, row in enumerate(rows):
            _draw_row(ink, row, QRectF(rect.left(), top + k * row_h, rect.width(), row_h), self.locale())

    def _rows(self, block: Block, dose: BlockDose) -> list[_Row]:
        p, num, train_s = block.pattern, self._num, dose.train_duration_s
        shown = min(p.trains, 2)
        span = shown * train_s + (shown - 1) * p.inter_train_interval_s
        note = self.tr(", %n trains", "", p.trains) if p.trains > 1 else ""
        if isinstance(p, RtmsPattern):
            caption = self.tr("%n pulses at {hz} Hz = {seconds} s train", "", p.pulses_per_train).format(
                hz=num(p.frequency_hz), seconds=num(train_s))
            marks = (1 / p.frequency_hz, p.pulses_per_train, 0.0)
        else:
            caption = self.tr("Trains of %n bursts = {seconds} s", "", p.bursts_per_train).format(
                seconds=num(train_s))
            marks = (1 / p.burst_frequency_hz, p.bursts_per_train,
                     (p.pulses_per_burst - 1) / p.intra_burst_frequency_hz)
        trains = [_Train(k * (train_s + p.inter_train_interval_s), train_s, *marks) for k in range(shown)]
        pause = None
        if shown == 2 and p.inter_train_interval_s > 0:
            seconds = num(p.inter_train_interval_s)
            pause = (train_s, train_s + p.inter_train_interval_s, self.tr("pause {seconds} s").format(
                seconds=seconds), caption + note + self.tr(", pause {seconds} s").format(seconds=seconds))
        rows = [_Row(caption + note, span, self.tr("s"), 1.0, trains, pause)]
        return rows + [self._zoom_row(p)] if isinstance(p, TbsPattern) else rows

    def _zoom_row(self, p: TbsPattern) -> _Row:
        period = 1 / p.burst_frequency_hz
        caption = self.tr(
            "Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)", "",
            p.pulses_per_burst,
        ).format(hz=self._num(p.intra_burst_frequency_hz), ms=self._num(period * 1000),
                 burst_hz=self._num(p.burst_frequency_hz))
        burst_s = (p.pulses_per_burst - 1) / p.intra_burst_frequency_hz
        bursts = min(3, p.bursts_per_train)
        trains = [_Train(b * period, burst_s, 1 / p.intra_burst_frequency_hz, p.pulses_per_burst, 0.0)
                  for b in range(bursts)]
        return _Row(caption, bursts * period, self.tr("ms"), 1000.0, trains)

    def _num(self, value: float) -> str:
        return self.locale().toString(float(value), "g", 6)


class CourseTimelineWidget(_Picture):
    """Sessions per treatment day across the calendar, weekends shaded, Mondays labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: CourseFigures | None = None

    def set_figures(self, figures: CourseFigures | None) -> None:
        """Show the sessions of these course figures and repaint.

        Parameters
        ----------
        figures : CourseFigures or None
            Derived figures of the current plan, or ``None`` for the empty state.
        """
        self._figures = figures
        self.update()

    def _min_height(self) -> float:
        return max(TIMELINE_MIN[0], TIMELINE_MIN[1] * QFontMetricsF(self.font()).height())

    def _paint(self, ink: _Ink) -> None:
        if self._figures is None or not self._figures.sessions:
            ink.centred(QRectF(self.rect()), self.tr("No sessions to show"))
        else:
            self._paint_timeline(ink, self._figures)

    def _paint_timeline(self, ink: _Ink, figures: CourseFigures) -> None:
        lh, slh, margin = ink.line_height(), ink.line_height(ink.small), ink.line_height() * 0.5
        per_day: dict[dt.date, int] = {}
        for s in figures.sessions:
            per_day[s.date] = per_day.get(s.date, 0) + 1
        most = max(per_day.values())
        ink.write(margin, margin, self.tr("Sessions per day (shaded: weekends)"), ink.font, ink.text,
                  max_width=self.width() - 2 * margin)
        x0 = margin + QFontMetricsF(ink.small).horizontalAdvance(self._num(most)) + lh * 0.4
        x1, top, base = self.width() - margin, margin + lh * 1.6, self.height() - margin - slh - lh * 0.4
        if x1 - x0 < lh or base - top < 1:  # too small for a picture
            return
        days = (figures.end_date - figures.start_date).days + 1
        day_w = (x1 - x0) / days
        for k in range(days):
            day = figures.start_date + dt.timedelta(days=k)
            if day_w >= 1.5 and (day.weekday() == 5 or (k == 0 and day.weekday() == 6)):
                run = min(7 - day.weekday(), days - k)  # Saturday and Sunday as one rectangle
                ink.fill(QRectF(x0 + k * day_w, top, run * day_w, base - top), ink.shade)
            if day in per_day:
                h = (base - top) * per_day[day] / most
                bar = QRectF(x0 + (k + 0.15) * day_w, base - h, max(day_w * 0.7, 1.0), h)
                ink.fill(bar, ink.accent)
        ink.line(x0, base, x1, base, ink.text)
        ink.line(x0, base, x0, top, ink.muted)
        ink.write(x0 - lh * 0.3, top - slh / 2, self._num(most), ink.small, ink.muted, "right")
        ink.write(x0 - lh * 0.3, base - slh / 2, self._num(0), ink.small, ink.muted, "right")
        self._paint_dates(ink, figures.start_date, days, x0, day_w, base)

    def _paint_dates(
        self, ink: _Ink, start: dt.date, days: int, x0: float, day_w: float, base: float
    ) -> None:
        """Ticks at Mondays (every day when there is room) and as many date labels as fit."""
        lh = ink.line_height()
        fmt = "d MMM" if days <= 180 else "d MMM yyyy"
        label_w = QFontMetricsF(ink.small).horizontalAdvance(self._date(dt.date(2000, 9, 28), fmt)) + lh
        if day_w >= label_w:
            candidates, spacing, every = list(range(days)), day_w, 1
        else:
            candidates = [k for k in range(days) if (start + dt.timedelta(days=k)).weekday() == 0]
            spacing = 7 * day_w
            every = next(n for n in (1, 2, 4, 8, 13, 26, 52, 104, 10**9) if n * spacing >= label_w)
        free_from = x0 + (label_w if start.weekday() != 0 else 0.0)  # after the start date's label
        self._date_label(ink, start, x0, base, fmt)
        for i, k in enumerate(candidates):
            x = x0 + k * day_w
            labelled = k > 0 and i % every == 0 and x >= free_from and x + label_w - lh <= self.width()
            if labelled:
                self._date_label(ink, start + dt.timedelta(days=k), x, base, fmt)
            elif k > 0 and spacing >= lh / 3:
                ink.line(x, base, x, base + lh * 0.3, ink.text)

    def _date_label(self, ink: _Ink, day: dt.date, x: float, base: float, fmt: str) -> None:
        ink.line(x, base, x, base + ink.line_height() * 0.3, ink.text)
        ink.write(x, base + ink.line_height() * 0.3, self._date(day, fmt), ink.small, ink.muted)

    def _date(self, day: dt.date, fmt: str) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), fmt)

    def _num(self, value: int) -> str:
        return self.locale().toString(value)
