"""On-screen pictures: the pulse pattern of each block and the course timeline.

QPainter versions of :mod:`tmsplanner.report.drawings` (the PDF pictures).
Colours come from the widget palette and fonts from the widget font, and all
geometry follows the widget size and font metrics, so the pictures suit dark
themes and 125-200 % scaling.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from tmsplanner.core.course_view import CourseView
from tmsplanner.core.dosing import BlockDose
from tmsplanner.core.labels import target_label
from tmsplanner.core.plan import Block, RtmsPattern, TbsPattern
from tmsplanner.gui.fields import words
from tmsplanner.gui.painting import (
    RTMS_MIN,
    TBS_MIN,
    TIMELINE_MIN,
    Ink,
    Picture,
    Row,
    Train,
    draw_row,
)


class PulsePatternWidget(Picture):
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
        self._items = list(zip(blocks, doses, strict=True))
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

    def _paint(self, ink: Ink) -> None:
        if not self._items:
            ink.centred(QRectF(self.rect()), self.tr("No stimulation blocks to show"))
            return
        margin = ink.line_height() * 0.5
        heights = self._group_heights()
        scale = min(1.0, (self.height() - 2 * margin) / sum(heights))
        top = margin
        for number, ((block, dose), h) in enumerate(zip(self._items, heights, strict=True), start=1):
            rect = QRectF(margin, top, self.width() - 2 * margin, h * scale)
            self._paint_group(ink, number, block, dose, rect)
            top = rect.bottom()

    def _paint_group(self, ink: Ink, number: int, block: Block, dose: BlockDose, rect: QRectF) -> None:
        top = rect.top()
        if len(self._items) > 1:
            top += ink.line_height() * 0.5 if number > 1 else 0.0
            title = self.tr("Block {number}: {target}").format(number=number, target=target_label(block, words()))
            ink.write(rect.left(), top, title, ink.bold, ink.text, max_width=rect.width())
            top += ink.line_height(ink.bold) * 1.3
        rows = self._rows(block, dose)
        row_h = (rect.bottom() - top) / len(rows)
        for k, row in enumerate(rows):
            draw_row(ink, row, QRectF(rect.left(), top + k * row_h, rect.width(), row_h), self.locale())

    def _rows(self, block: Block, dose: BlockDose) -> list[Row]:
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
        trains = [Train(k * (train_s + p.inter_train_interval_s), train_s, *marks) for k in range(shown)]
        pause = None
        if shown == 2 and p.inter_train_interval_s > 0:
            seconds = num(p.inter_train_interval_s)
            pause = (train_s, train_s + p.inter_train_interval_s, self.tr("pause {seconds} s").format(
                seconds=seconds), caption + note + self.tr(", pause {seconds} s").format(seconds=seconds))
        rows = [Row(caption + note, span, self.tr("s"), 1.0, trains, pause)]
        return rows + [self._zoom_row(p)] if isinstance(p, TbsPattern) else rows

    def _zoom_row(self, p: TbsPattern) -> Row:
        period = 1 / p.burst_frequency_hz
        caption = self.tr(
            "Zoom: bursts of %n pulses at {hz} Hz, one burst every {ms} ms ({burst_hz} Hz)", "",
            p.pulses_per_burst,
        ).format(hz=self._num(p.intra_burst_frequency_hz), ms=self._num(period * 1000),
                 burst_hz=self._num(p.burst_frequency_hz))
        burst_s = (p.pulses_per_burst - 1) / p.intra_burst_frequency_hz
        bursts = min(3, p.bursts_per_train)
        trains = [Train(b * period, burst_s, 1 / p.intra_burst_frequency_hz, p.pulses_per_burst, 0.0)
                  for b in range(bursts)]
        return Row(caption, bursts * period, self.tr("ms"), 1000.0, trains)

    def _num(self, value: float) -> str:
        return self.locale().toString(float(value), "g", 6)


class CourseTimelineWidget(Picture):
    """Sessions per treatment day across the calendar, weekends shaded, Mondays labelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: CourseView | None = None

    def set_view(self, view: CourseView | None) -> None:
        """Show the treatment days of this course view and repaint.

        Parameters
        ----------
        view : CourseView or None
            The course view of the current plan, or ``None`` for the empty state.
        """
        self._view = view
        self.update()

    def _min_height(self) -> float:
        return max(TIMELINE_MIN[0], TIMELINE_MIN[1] * QFontMetricsF(self.font()).height())

    def _paint(self, ink: Ink) -> None:
        if self._view is None or not self._view.sessions:
            ink.centred(QRectF(self.rect()), self.tr("No sessions to show"))
        else:
            self._paint_timeline(ink, self._view)

    def _paint_timeline(self, ink: Ink, view: CourseView) -> None:
        lh, slh, margin = ink.line_height(), ink.line_height(ink.small), ink.line_height() * 0.5
        figures = view.figures
        per_day = view.days.sessions_per_date
        most = view.most_sessions_in_a_day
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
        self, ink: Ink, start: dt.date, days: int, x0: float, day_w: float, base: float
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

    def _date_label(self, ink: Ink, day: dt.date, x: float, base: float, fmt: str) -> None:
        ink.line(x, base, x, base + ink.line_height() * 0.3, ink.text)
        ink.write(x, base + ink.line_height() * 0.3, self._date(day, fmt), ink.small, ink.muted)

    def _date(self, day: dt.date, fmt: str) -> str:
        return self.locale().toString(QDate(day.year, day.month, day.day), fmt)

    def _num(self, value: int) -> str:
        return self.locale().toString(value)
