"""The check verdict and every finding, grouped by severity."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tmsplanner.core.labels import verdict_words
from tmsplanner.core.messages import EnglishTranslator, render_finding
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.vocab import Severity
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.styles import SEVERITY_COLOUR, SEVERITY_TINT
from tmsplanner.report.tables import grid

_HEADINGS = {
    Severity.BLOCK: "Blocking findings: must not be delivered as planned",
    Severity.WARN: "Warnings: need the clinician's judgement",
    Severity.INFO: "For the record",
}


def verdict_text(ctx: ReportContext) -> tuple[str, Severity | None]:
    """The one-line verdict (the course view's counts in ``labels.verdict_words``) and the severity that colours it."""
    summary = ctx.view.verdict
    assert summary is not None  # the report's view is built with its findings
    return verdict_words(summary.blocking, summary.warnings)


def findings_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Verdict box, then the findings table per severity."""
    s = ctx.styles
    words, severity = verdict_text(ctx)
    colour = SEVERITY_COLOUR[severity] if severity else SEVERITY_COLOUR[Severity.INFO]
    box = Table([[Paragraph(text(words), s.verdict)]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colour), ("FONTNAME", (0, 0), (-1, -1), "PTSans"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    out: list[Flowable] = [Paragraph("Check verdict", s.h2), box, Spacer(0, 4)]
    translator = EnglishTranslator(ctx.kb)  # the PDF is printed in the catalogue's English
    if ctx.options.draft:
        out.append(Paragraph(f"<b>{DRAFT_WORDS}.</b> This plan has blocking findings and was printed "
                             "as a draft for discussion only.", s.small))
    for sev in Severity:
        group = [f for f in ctx.findings if f.severity == sev]
        if not group:
            continue
        out.append(Paragraph(f"{_HEADINGS[sev]} ({len(group)})", s.h3))
        rows = [[Paragraph("<b>Severity</b>", s.cell), Paragraph("<b>Rule</b>", s.cell),
                 Paragraph("<b>Finding</b>", s.cell)]]
        for f in group:
            unverified = " <b>[rests on UNVERIFIED data]</b>" if f.unverified else ""
            rows.append([
                Paragraph(f"<b>{sev.value.upper()}</b>", s.cell),
                Paragraph(f"{text(f.rule)}<br/><font size='7'>{text(f.field)}</font>", s.cell),
                Paragraph(f"{text(render_finding(f, ctx.kb.rules, translator))} "
                          f"{ctx.citations.marks(f.citations)}{unverified}", s.cell),
            ])
        out.append(grid(rows, [0.09 * width, 0.21 * width, 0.7 * width],
                        extra=[("BACKGROUND", (0, 1), (0, -1), SEVERITY_TINT[sev]),
                               ("TEXTCOLOR", (0, 1), (0, -1), SEVERITY_COLOUR[sev])]))
    return out
