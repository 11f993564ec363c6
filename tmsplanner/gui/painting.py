"""Painting helpers shared by the on-screen pictures: axes, trains, rows, batched ink.

Colours come from the widget palette and fonts from the widget font, and all
geometry follows the widget size and font metrics, so the pictures suit dark
themes and 125-200 % scaling.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from tmsplanner.core.axis import nice_step

# Minimum heights: (pixels, text lines); the larger wins, so big fonts get room.
RTMS_MIN = (110, 6.2)  # an rTMS block
TBS_MIN = (170, 11.0)  # a theta-burst block: train row and zoom row
TIMELINE_MIN = (110, 6.5)
GROW = 1.15  # preferred timeline height over minimum height
MIN_MARK_SPACING_PX = 3.0  # closer pulses or bursts merge into one solid bar


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """Blend ``t`` of colour ``b`` into colour ``a``."""
    return QColor.fromRgbF(*(x + (y - x) * t for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


@functools.lru_cache(maxsize=16)
def derived_fonts(description: str) -> tuple[QFont, QFont]:
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
class Ink:
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
    def begin(cls, widget: QWidget) -> Ink:
        pal = widget.palette()
        text, window = pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window)
        painter = QPainter(widget)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        font = widget.font()
        ink = cls(painter, text, mix(text, window, 0.35), pal.highlight().color(),
                  mix(window, text, 0.09), font, *derived_fonts(font.toString()))
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
class Train:
    """``count`` marks (pulses or bursts), one every ``period_s``, each ``mark_s`` long."""

    start_s: float
    duration_s: float
    period_s: float
    count: int
    mark_s: float


@dataclass(frozen=True)
class Row:
    """One picture row: a caption, trains on a time axis, an optional pause label."""

    caption: str
    span_s: float
    unit: str
    scale: float  # axis units per second
    trains: list[Train]
    pause: tuple[float, float, str, str] | None = None  # start, end, label, caption with the pause


def draw_axis(ink: Ink, x0: float, x1: float, y: float, row: Row, locale: QLocale) -> None:
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


def draw_train(ink: Ink, train: Train, x0: float, px_per_s: float, top: float, h: float) -> None:
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


def draw_row(ink: Ink, row: Row, rect: QRectF, locale: QLocale) -> None:
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
        draw_train(ink, train, x0, px_per_s, bar_top, bar_h)
    if in_gap:
        x, y = x0 + (a + b) / 2 * px_per_s, bar_top + (bar_h - slh) / 2
        ink.write(x, y, label, ink.small, ink.muted, "center")
    draw_axis(ink, x0, x1, bar_top + bar_h + lh * 0.2, row, locale)  # spare height stays below


class Picture(QWidget):
    """Base of the pictures: size hints from a minimum height, batched painting."""

    _growth = GROW  # preferred height over minimum height

    def _min_height(self) -> float:
        raise NotImplementedError

    def _paint(self, ink: Ink) -> None:
        raise NotImplementedError

    def minimumSizeHint(self) -> QSize:
        """Return the smallest readable size."""
        return QSize(round(QFontMetricsF(self.font()).height() * 18), math.ceil(self._min_height()))

    def sizeHint(self) -> QSize:
        """Return the preferred size."""
        lh = QFontMetricsF(self.font()).height()
        return QSize(round(lh * 36), math.ceil(self._min_height() * self._growth))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the picture with the widget's palette and font."""
        ink = Ink.begin(self)
        try:
            self._paint(ink)
        finally:
            ink.finish()


