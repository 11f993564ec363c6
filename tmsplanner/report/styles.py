"""Paragraph styles, colours and page geometry of the printed plan."""

from __future__ import annotations

from typing import NamedTuple

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from tmsplanner.core.vocab import Severity
from tmsplanner.report.fonts import register_fonts

PAPER = {"a4": A4, "letter": LETTER}
MARGIN = 16 * mm
HEADER_H = 14 * mm
FOOTER_H = 11 * mm

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e2e2e2")  # survives a greyscale photocopy

# Severity colours always come with the severity's word (BLOCK, WARN, INFO),
# so a black-and-white copy says the same.
SEVERITY_COLOUR = {
    Severity.BLOCK: colors.HexColor("#b00020"),
    Severity.WARN: colors.HexColor("#8a5a00"),
    Severity.INFO: colors.HexColor("#1f4e79"),
}
SEVERITY_TINT = {
    Severity.BLOCK: colors.HexColor("#f8e1e5"),
    Severity.WARN: colors.HexColor("#fbefd9"),
    Severity.INFO: colors.HexColor("#e3ecf5"),
}


class Styles(NamedTuple):
    """The named paragraph styles of the report."""

    body: ParagraphStyle
    small: ParagraphStyle
    lead: ParagraphStyle
    tiny: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    verdict: ParagraphStyle


def make_styles() -> Styles:
    """Build the styles (fonts registered first)."""
    family = register_fonts()
    base = ParagraphStyle("body", fontName=family, fontSize=9.5, leading=12.5, textColor=INK, alignment=TA_LEFT)
    return Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        # A section's introduction: on the page of the heading before it and of the table after it.
        lead=ParagraphStyle("lead", parent=base, fontSize=8.5, leading=11, keepWithNext=1),
        tiny=ParagraphStyle("tiny", parent=base, fontSize=7, leading=8.5, textColor=MUTED),
        h1=ParagraphStyle("h1", parent=base, fontName="PTSans-Bold", fontSize=16, leading=20, spaceAfter=4),
        h2=ParagraphStyle("h2", parent=base, fontName="PTSans-Bold", fontSize=12.5, leading=16,
                          spaceBefore=10, spaceAfter=5, keepWithNext=1),
        h3=ParagraphStyle("h3", parent=base, fontName="PTSans-Bold", fontSize=10.5, leading=13,
                          spaceBefore=6, spaceAfter=3, keepWithNext=1),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        cell_bold=ParagraphStyle("cellb", parent=base, fontName="PTSans-Bold", fontSize=8.5, leading=10.5),
        verdict=ParagraphStyle("verdict", parent=base, fontName="PTSans-Bold", fontSize=13, leading=17,
                               textColor=colors.white),
    )
