"""The bare stack doing the least of `tmsplanner export`: validate the plan file with
the small pydantic model (bare_plan.py, when a file is given), then build a
reportlab document of N pages (a heading, a paragraph and a 25-row table per
page) in the TrueType faces the printed plan uses (PT Sans regular and bold,
embedded), and write it.

Run: python benchmarks/bare_reportlab_doc.py PAGES [PLAN] [-o OUT.pdf]
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import fontpkg_pt_sans
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle


def build(pages: int) -> bytes:
    files = Path(fontpkg_pt_sans.ROOT) / "files"
    pdfmetrics.registerFont(TTFont("Body", str(files / "PT_Sans-Web-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Body-Bold", str(files / "PT_Sans-Web-Bold.ttf")))
    styles = getSampleStyleSheet()
    heading, body = styles["Heading2"], styles["Normal"]
    heading.fontName, body.fontName = "Body-Bold", "Body"
    table_style = TableStyle([("FONT", (0, 0), (-1, -1), "Body", 9)])
    story = []
    for page in range(pages):
        story += [Paragraph(f"Страница {page + 1}", heading),
                  Paragraph("Абзац основного текста на каждой странице документа. " * 3, body),
                  Table([[f"r{r}c{c}" for c in range(6)] for r in range(25)], style=table_style), PageBreak()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


if __name__ == "__main__":
    if len(sys.argv) > 2:
        from bare_plan import load

        load(sys.argv[2])
    data = build(int(sys.argv[1]))
    if "-o" in sys.argv:
        Path(sys.argv[sys.argv.index("-o") + 1]).write_bytes(data)
    sys.stdout.write(f"{len(data)}\n")
