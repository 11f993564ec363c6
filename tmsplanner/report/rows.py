"""Long tables of plain text drawn straight on the canvas: the calendar and the session records.

A course at the schema's limits has thousands of sessions. reportlab's
``Table`` of ``Paragraph`` cells parses markup and re-measures every row each
time a page breaks, so such a course took half a minute to print. Here each
cell is plain text (never markup), wrapped once when the table is made; a row's
height is known from its lines, so a page break is a sum, and drawing is one
string per line in a font that has its glyphs (:func:`~tmsplanner.report.fonts.draw_text`).

The layout is public (:meth:`RowTable.cell_boxes`) so that a test can measure
every line against its cell.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from tmsplanner.report.fonts import FAMILY, line_runs
from tmsplanner.report.styles import INK, RULE, SHADE

BOLD = "PTSans-Bold"
CELL_SIZE = 8.5
PAD_X = 4.0
PAD_TOP = 2.5
PAD_BOTTOM = 3.0
LEADING = 1.2  # times the font size
BASELINE = 0.9  # from the top of a line's slot, times the font size (PT Sans ascent plus half the gap)


class Line(NamedTuple):
    """One line of a cell as given (it may wrap); one font, size and colour."""

    text: str
    bold: bool = False
    size: float = CELL_SIZE
    colour: Color = INK

    @property
    def font(self) -> str:
        return BOLD if self.bold else FAMILY


Cell = str | Line | Sequence[Line]


def _lines(cell: Cell) -> tuple[Line, ...]:
    if isinstance(cell, str):
        return tuple(Line(part) for part in cell.split("\n")) if cell else ()
    if isinstance(cell, Line):
        return (cell,)
    return tuple(cell)


@lru_cache(maxsize=8192)  # a long course repeats its times, dates and plan figures
def text_width(value: str, font: str, size: float) -> float:
    """Printed width of one line, each run in the font that draws it."""
    return sum(pdfmetrics.stringWidth(part, name, size) for name, part in line_runs(value, font))


def wrap(line: Line, width: float) -> list[Line]:
    """Break a line at spaces (inside a word where a word alone is too wide) to fit ``width``."""
    if text_width(line.text, line.font, line.size) <= width:
        return [line]
    out: list[str] = []
    current = ""
    for word in line.text.split(" "):
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, line.font, line.size) <= width:
            current = candidate
            continue
        if current:
            out.append(current)
        current = ""
        for ch in word:  # a word wider than the cell breaks where it must
            if current and text_width(current + ch, line.font, line.size) > width:
                out.append(current)
                current = ""
            current += ch
    if current:
        out.append(current)
    return [Line(part, line.bold, line.size, line.colour) for part in out]


class Row(NamedTuple):
    """One table row: its cells and which of them are shaded.

    A ``span`` row has one cell across the whole table; a row that must stay
    on the page of the next one (a note and the session it belongs to) has
    ``keep_with_next``.
    """

    cells: Sequence[Cell]
    shaded: frozenset[int] = frozenset()
    min_height: float = 0.0
    span: bool = False
    keep_with_next: bool = False


class _Laid(NamedTuple):
    cells: tuple[tuple[Line, ...], ...]
    widths: tuple[float, ...]
    shaded: frozenset[int]
    height: float
    keep_with_next: bool


class CellBox(NamedTuple):
    """Where a cell was put and the printed width of each of its lines (for tests)."""

    row: int
    column: int
    width: float
    height: float
    line_widths: tuple[float, ...]
    lines_height: float


def _lay(row: Row, widths: Sequence[float]) -> _Laid:
    widths = (sum(widths),) if row.span else tuple(widths)
    cells = []
    for cell, width in zip(row.cells, widths, strict=True):
        wrapped: list[Line] = []
        for line in _lines(cell):
            wrapped += wrap(line, width - 2 * PAD_X)
        cells.append(tuple(wrapped))
    content = max((sum(line.size * LEADING for line in lines) for lines in cells), default=0.0)
    height = max(row.min_height, PAD_TOP + content + PAD_BOTTOM)
    return _Laid(tuple(cells), widths, row.shaded, height, row.keep_with_next)


class _Layout:
    __slots__ = ("header", "rows", "tops", "widths")

    def __init__(self, widths: tuple[float, ...], header: _Laid | None, rows: list[_Laid]) -> None:
        self.widths, self.header, self.rows = widths, header, rows
        self.tops = [0.0]  # tops[k]: height of rows[:k]
        for row in rows:
            self.tops.append(self.tops[-1] + row.height)


class RowTable(Flowable):
    """A ruled table with a shaded header row repeated on every page; rows never split.

    ``keep`` rows at least stay together at the start and at the end of the
    table, so that a page never holds a lone row or two of it.
    """

    def __init__(self, header: Sequence[Cell] | None, rows: Sequence[Row | Sequence[Cell]],
                 widths: Sequence[float], *, keep: int = 3) -> None:
        super().__init__()
        widths = tuple(widths)
        laid_header = _lay(Row(tuple(header), frozenset(range(len(widths)))), widths) if header else None
        layout = _Layout(widths, laid_header, [_lay(r if isinstance(r, Row) else Row(tuple(r)), widths) for r in rows])
        self._set(layout, 0, len(layout.rows), keep)

    def _set(self, layout: _Layout, first: int, end: int, keep: int) -> None:
        self._layout, self._first, self._end, self.keep = layout, first, end, keep
        self.width = sum(layout.widths)
        self.height = self._header_height + layout.tops[end] - layout.tops[first]

    @property
    def _header_height(self) -> float:
        return self._layout.header.height if self._layout.header else 0.0

    def _rows(self) -> list[_Laid]:
        return ([self._layout.header] if self._layout.header else []) + self._layout.rows[self._first:self._end]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _part(self, first: int, end: int) -> RowTable:
        part = RowTable.__new__(RowTable)
        Flowable.__init__(part)
        part._set(self._layout, first, end, self.keep)
        return part

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        tops, first, end = self._layout.tops, self._first, self._end
        limit = tops[first] + availHeight - self._header_height
        cut = bisect.bisect_right(tops, limit, first, end + 1) - 1  # rows[first:cut] fit
        if cut >= end:
            return [self]
        keep = min(self.keep, end - first)
        cut = min(cut, end - keep)  # leave no lone rows for the next page
        while cut > first and self._layout.rows[cut - 1].keep_with_next:
            cut -= 1
        if cut - first < keep and not self._at_top():
            return []  # start on the next page
        cut = max(cut, first + 1)  # at the top of a page, a row taller than the rest of it goes alone
        if cut >= end:
            return []
        return [self._part(first, cut), self._part(cut, end)]

    def _at_top(self) -> bool:
        frame = getattr(self, "_frame", None)
        return bool(getattr(frame, "_atTop", True))

    def cell_boxes(self) -> list[CellBox]:
        """Each cell's size and its lines' printed widths, header first (row 0 when there is one)."""
        boxes = []
        for r, row in enumerate(self._rows()):
            for c, (lines, width) in enumerate(zip(row.cells, row.widths, strict=True)):
                boxes.append(CellBox(r, c, width, row.height,
                                     tuple(text_width(line.text, line.font, line.size) for line in lines),
                                     PAD_TOP + sum(line.size * LEADING for line in lines) + PAD_BOTTOM))
        return boxes

    def draw(self) -> None:
        c = self.canv
        laid = self._rows()
        ys = [self.height]
        for row in laid:
            ys.append(ys[-1] - row.height)
        c.saveState()
        c.setFillColor(SHADE)
        for row, top, bottom in zip(laid, ys, ys[1:], strict=False):
            xs = _edges(row.widths)
            for col in sorted(row.shaded):
                c.rect(xs[col], bottom, row.widths[col], top - bottom, stroke=0, fill=1)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        lines = [(0.0, y, self.width, y) for y in ys]
        for row, top, bottom in zip(laid, ys, ys[1:], strict=False):
            lines += [(x, top, x, bottom) for x in _edges(row.widths)]
        c.lines(lines)
        text = c.beginText()
        font: tuple[str, float] | None = None
        colour: Color | None = None
        for row, top in zip(laid, ys, strict=False):
            xs = _edges(row.widths)
            for col, cell_lines in enumerate(row.cells):
                y = top - PAD_TOP
                for line in cell_lines:
                    if line.colour != colour:
                        colour = line.colour
                        text.setFillColor(colour)
                    text.setTextOrigin(xs[col] + PAD_X, y - line.size * BASELINE)
                    for name, part in line_runs(line.text, line.font):
                        if (name, line.size) != font:
                            font = (name, line.size)
                            text.setFont(name, line.size)
                        text.textOut(part)
                    y -= line.size * LEADING
        c.drawText(text)
        c.restoreState()


def _edges(widths: tuple[float, ...]) -> list[float]:
    xs = [0.0]
    for w in widths:
        xs.append(xs[-1] + w)
    return xs
