"""One table style for the whole report."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Table, TableStyle

from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.styles import RULE, SHADE


def grid(
    rows: Sequence[Sequence[Paragraph | str]],
    widths: Sequence[float],
    *,
    header: bool = True,
    repeat_header: bool = True,
    extra: Sequence[tuple] = (),
    row_heights: Sequence[float | None] | None = None,
) -> Table:
    """A ruled table; the first row is a shaded header when ``header``."""
    table = Table(list(rows), colWidths=list(widths), rowHeights=row_heights,
                  repeatRows=1 if header and repeat_header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), "PTSans"),  # plain-string cells; never the Helvetica default
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    table.setStyle(TableStyle([*style, *extra]))
    return table


def key_value(rows: Sequence[tuple[Paragraph, Paragraph]], widths: Sequence[float]) -> Table:
    """A two-column label/value table with shaded labels."""
    return grid(rows, widths, header=False, extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)])
