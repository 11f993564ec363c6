"""The bare stack doing the least of `tmsplanner export`: validate the plan file with
the small pydantic model (bare_plan.py, when a file is given), then build a
reportlab document of N pages in the TrueType faces the printed plan uses (PT
Sans regular and bold, embedded), and write it.

Each page has a heading, body paragraphs and a table. By default a page holds
about 1,000 characters (a short paragraph and a 25-row table of short cells);
with --chars TOTAL the pages together hold about TOTAL characters, half in
paragraphs and half in table cells, so that the document carries as much text
as the plan it is compared with.

Run: python benchmarks/bare_reportlab_doc.py PAGES [PLAN] [--chars TOTAL] [-o OUT.pdf]
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

SENTENCE = "Абзац основного текста на странице документа, набранный тем же шрифтом. "  # 73 characters
CELL = "ячейка 12345"  # 12 characters


def build(pages: int, chars: int | None = None) -> bytes:
    files = Path(fontpkg_pt_sans.ROOT) / "files"
    pdfmetrics.registerFont(TTFont("Body", str(files / "PT_Sans-Web-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("Body-Bold", str(files / "PT_Sans-Web-Bold.ttf")))
    styles = getSampleStyleSheet()
    heading, body = styles["Heading2"], styles["Normal"]
    heading.fontName, body.fontName = "Body-Bold", "Body"
    body.fontSize, body.leading = 9, 11
    table_style = TableStyle([("FONT", (0, 0), (-1, -1), "Body", 8), ("GRID", (0, 0), (-1, -1), 0.25, "grey")])
    per_page = (chars or 0) // max(pages, 1)
    sentences_per_paragraph, paragraphs, rows = (3, 1, 25) if chars is None else (
        4, max(1, per_page // 2 // (4 * len(SENTENCE))), max(1, per_page // 2 // (6 * len(CELL))))
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Страница {page + 1}", heading))
        story += [Paragraph(SENTENCE * sentences_per_paragraph, body) for _ in range(paragraphs)]
        story += [Table([[CELL if chars else f"r{r}c{c}" for c in range(6)] for r in range(rows)], style=table_style),
                  PageBreak()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


def _option(args: list[str], name: str) -> str | None:
    """The value after ``name`` (removed from ``args`` with it), None without it: argv read by hand, as the
    least a script can do."""
    if name not in args:
        return None
    at = args.index(name)
    value = args[at + 1]
    del args[at:at + 2]
    return value


if __name__ == "__main__":
    argv = sys.argv[1:]
    output, chars = _option(argv, "-o"), _option(argv, "--chars")
    if len(argv) > 1:
        from bare_plan import load

        load(argv[1])
    data = build(int(argv[0]), int(chars) if chars else None)
    if output:
        Path(output).write_bytes(data)
    sys.stdout.write(f"{len(data)}\n")
