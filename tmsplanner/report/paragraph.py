"""The report's paragraph: reportlab's, laid out once per width.

A paragraph is wrapped several times before it is drawn: a table measures its
cells, a block kept together measures its parts, the frame measures it again
to place it. Reportlab breaks the lines anew each time. The lines depend only
on the text, the style and the width, none of which changes after the
paragraph is made, so a wrap at the width of the last one returns that one's
size and keeps its lines (while reportlab keeps them: a split that finds no
room drops them, and the next wrap makes them anew). A paragraph split across pages is made anew by
reportlab (as this class), with its own layout.
"""

from __future__ import annotations

from reportlab.platypus import paragraph


class Paragraph(paragraph.Paragraph):
    """A reportlab paragraph whose wrap at an unchanged width reuses the last layout."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._wrapped
        if last is not None and last[0] == availWidth and "blPara" in self.__dict__:
            return last[1]  # reportlab drops the lines when a split finds no room: then they are made anew
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size
