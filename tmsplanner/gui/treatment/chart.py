"""The outcome chart: scores over the course, with the response and remission levels dashed."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QWidget,
)

from tmsplanner.core.axis import nice_step
from tmsplanner.core.record_view import RecordView, ScaleTrend
from tmsplanner.gui.fields import (
    words,
)
from tmsplanner.gui.findings_panel import readable
from tmsplanner.gui.painting import Ink, Picture
from tmsplanner.gui.treatment.common import date_text, number

SERIES_COLOURS = ("#1f5f99", "#855600", "#6a1b9a", "#276a2b", "#b00020")
MARKERS = ("circle", "square", "triangle", "diamond", "cross")


class OutcomeChart(Picture):
    """The recorded scores of each scale over the dates, with the response and remission levels dashed.

    One line and one marker shape per scale (colour is never the only cue);
    the remission level is the scale's threshold from the evidence base, the
    response level the baseline less the evidence base's reduction.
    """

    _growth = 1.25

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trends: tuple[ScaleTrend, ...] = ()
        self._span: tuple[dt.date, dt.date] | None = None

    def set_view(self, view: RecordView | None) -> None:
        """Show the scores of a record view (the course's first and last planned dates bound the time axis)."""
        self._trends = tuple(t for t in view.trends if t.points) if view is not None else ()
        dates = [row.date for row in view.course.sessions] if view is not None else []
        dates += [p.date for t in self._trends for p in t.points]
        self._span = (min(dates), max(dates)) if dates else None
        self.updateGeometry()
        self.update()

    def series(self) -> list[tuple[str, list[tuple[dt.date, float]]]]:
        """What is drawn: each scale's id and its (date, score) points."""
        return [(t.scale.id, [(p.date, p.value) for p in t.points]) for t in self._trends]

    def levels(self) -> list[tuple[str, str, float]]:
        """The dashed levels drawn: (scale id, 'response' or 'remission', score)."""
        found = []
        for trend in self._trends:
            if trend.response_level is not None:
                found.append((trend.scale.id, "response", trend.response_level))
            if trend.remission_level is not None:
                found.append((trend.scale.id, "remission", trend.remission_level))
        return found

    def _min_height(self) -> float:
        lh = QFontMetricsF(self.font()).height()
        return max(160.0, lh * 11)

    def sizeHint(self) -> QSize:
        lh = QFontMetricsF(self.font()).height()
        return QSize(round(lh * 30), math.ceil(self._min_height() * self._growth))

    def _colour(self, k: int, ink: Ink) -> QColor:
        return readable(SERIES_COLOURS[k % len(SERIES_COLOURS)], self.palette().color(QPalette.ColorRole.Window))

    def _paint(self, ink: Ink) -> None:
        if not self._trends or self._span is None:
            ink.centred(QRectF(self.rect()), self.tr("No scores recorded yet"))
            return
        p = ink.painter
        lh, slh = ink.line_height(), ink.line_height(ink.small)
        margin = lh * 0.5
        small = QFontMetricsF(ink.small)
        c = words()
        # Legend: one entry per scale, its marker and line.
        x, y = margin, margin
        legend: list[tuple[float, float, int, str]] = []
        for k, trend in enumerate(self._trends):
            name = c.evidence(trend.scale, "short")
            width = lh * 1.6 + small.horizontalAdvance(name) + lh
            if x + width > self.width() - margin and x > margin:
                x, y = margin, y + lh * 1.2
            legend.append((x, y, k, name))
            x += width
        levels = self.levels()
        values = [pt.value for t in self._trends for pt in t.points] + [v for _, _, v in levels]
        top_value = max(values) if values else 1.0
        step = nice_step(top_value if top_value > 0 else 1.0, 5)
        top_value = math.ceil(top_value / step) * step if top_value > 0 else step
        label_w = max(small.horizontalAdvance(number(top_value)), small.horizontalAdvance(number(0))) + lh * 0.4
        x0, x1 = margin + label_w, self.width() - margin - lh * 0.5
        inner0, inner1 = x0 + lh, x1 - lh  # the first and last dates clear of the axis
        plot_top, base = y + lh * 1.6, self.height() - margin - slh - lh * 0.5
        if x1 - x0 < lh * 4 or base - plot_top < lh * 2:
            return
        first, last = self._span
        days = max((last - first).days, 1)

        def px(day: dt.date) -> float:
            return inner0 + (inner1 - inner0) * (day - first).days / days

        def py(value: float) -> float:
            return base - (base - plot_top) * value / top_value

        # Grid and axes.
        k = 0
        while k * step <= top_value + 1e-9:
            yy = py(k * step)
            ink.line(x0, yy, x1, yy, ink.shade if k else ink.text)
            ink.write(x0 - lh * 0.2, yy - slh / 2, number(k * step), ink.small, ink.muted, "right")
            k += 1
        ink.line(x0, base, x0, plot_top, ink.muted)
        for k in range(days + 1):  # a tick at each Monday
            day = first + dt.timedelta(days=k)
            if day.weekday() == 0 and (inner1 - inner0) / days * 7 >= lh / 2:
                ink.line(px(day), base, px(day), base + lh * 0.2, ink.muted)
        for day, align in ((first, "left"), (last, "right")):
            ink.line(px(day), base, px(day), base + lh * 0.3, ink.text)
            ink.write(px(day), base + lh * 0.3, date_text(day, "d MMM yyyy"), ink.small, ink.muted, align)
        # Levels, dashed, in the scale's colour, named at their right end.
        for scale_id, kind, value in levels:
            k = next(i for i, t in enumerate(self._trends) if t.scale.id == scale_id)
            colour = self._colour(k, ink)
            pen = QPen(colour, max(1.0, lh / 14), Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x0, py(value)), QPointF(x1, py(value)))
            name = c.evidence(self._trends[k].scale, "short")
            label = (self.tr("%1 response") if kind == "response" else self.tr("%1 remission")).replace("%1", name)
            ink.write(x1, py(value) - slh - 1, label, ink.small, colour, "right")
        # The scores: a line through them and a marker at each.
        for k, trend in enumerate(self._trends):
            colour = self._colour(k, ink)
            points = [QPointF(px(pt.date), py(pt.value)) for pt in trend.points]
            p.setPen(QPen(colour, max(1.5, lh / 9)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) > 1:
                p.drawPolyline(QPolygonF(points))
            for point in points:
                self._marker(ink, MARKERS[k % len(MARKERS)], point, lh * 0.3, colour)
            for point, pt in zip(points, trend.points, strict=True):
                ink.write(point.x(), point.y() - slh - lh * 0.3, number(pt.value), ink.small, colour, "center")
        for x, y, k, name in legend:
            colour = self._colour(k, ink)
            p.setPen(QPen(colour, max(1.5, lh / 9)))
            p.drawLine(QPointF(x, y + lh / 2), QPointF(x + lh * 1.2, y + lh / 2))
            self._marker(ink, MARKERS[k % len(MARKERS)], QPointF(x + lh * 0.6, y + lh / 2), lh * 0.25, colour)
            ink.write(x + lh * 1.6, y + (lh - slh) / 2, name, ink.small, ink.text)

    def _marker(self, ink: Ink, shape: str, at: QPointF, r: float, colour: QColor) -> None:
        p = ink.painter
        p.setPen(QPen(colour, 1.2))
        p.setBrush(colour)
        if shape == "circle":
            p.drawEllipse(at, r, r)
        elif shape == "square":
            p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r * 1.2), QPointF(at.x() + r * 1.1, at.y() + r),
                                     QPointF(at.x() - r * 1.1, at.y() + r)]))
        elif shape == "diamond":
            p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r * 1.3), QPointF(at.x() + r * 1.3, at.y()),
                                     QPointF(at.x(), at.y() + r * 1.3), QPointF(at.x() - r * 1.3, at.y())]))
        else:
            p.setPen(QPen(colour, 2.0))
            p.drawLine(QPointF(at.x() - r, at.y() - r), QPointF(at.x() + r, at.y() + r))
            p.drawLine(QPointF(at.x() - r, at.y() + r), QPointF(at.x() + r, at.y() - r))
