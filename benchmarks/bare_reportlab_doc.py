"""A bare reportlab document of N pages (a heading, a paragraph and a 25-row
table per page), the baseline the PDF export is compared with."""

from __future__ import annotations

import io
import sys

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table


def build(pages: int) -> bytes:
    styles = getSampleStyleSheet()
    story = []
    for page in range(pages):
        story += [Paragraph(f"Page {page + 1}", styles["Heading2"]),
                  Paragraph("A paragraph of body text on every page of the bare document. " * 3, styles["Normal"]),
                  Table([[f"r{r}c{c}" for c in range(6)] for r in range(25)]), PageBreak()]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


if __name__ == "__main__":
    sys.stdout.write(f"{len(build(int(sys.argv[1])))}\n")
