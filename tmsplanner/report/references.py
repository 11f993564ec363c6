"""Numbered references and the sign-off block."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from tmsplanner.core.evidence.models import Reference
from tmsplanner.core.vocab import Provenance
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.tables import grid


def reference_text(ref: Reference) -> str:
    """A full reference in Vancouver-like style, escaped for a Paragraph."""
    parts = [f"{text(ref.authors)}.", f"{text(ref.title)}."]
    venue = " ".join(filter(None, [ref.journal, f"{ref.year}" if ref.year else "n.d."]))
    if ref.volume_pages:
        venue += f";{ref.volume_pages}"
    parts.append(f"<i>{text(venue)}</i>.")
    if ref.doi:
        parts.append(f"doi:{text(ref.doi)}.")
    if ref.pmid:
        parts.append(f"PMID {text(ref.pmid)}.")
    if ref.provenance == Provenance.UNVERIFIED:
        parts.append(f"<b>[Some details UNVERIFIED: {text(ref.note or 'not all details were seen')}]</b>")
    return " ".join(parts)


def references_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Every cited reference, numbered as in the text."""
    s = ctx.styles
    out: list[Flowable] = [Paragraph("References", s.h2)]
    for ref_id in ctx.citations.used():
        ref = ctx.kb.references[ref_id]
        out.append(Paragraph(f"[{ctx.citations.number(ref_id)}] {reference_text(ref)}", s.small))
        out.append(Spacer(0, 2))
    return out


def signoff_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Prescriber's name, signature and date, and the decision-support statement."""
    s = ctx.styles
    blank = Paragraph("<br/><br/>", s.cell)
    rows = [[Paragraph("<b>Prescribing physician</b>", s.cell), Paragraph("<b>Signature</b>", s.cell),
             Paragraph("<b>Date</b>", s.cell)], [blank, blank, blank]]
    return [KeepTogether([
        Paragraph("Sign-off", s.h2),
        grid(rows, [0.45 * width, 0.35 * width, 0.2 * width]),
        Spacer(0, 6),
        Paragraph("tmsplanner is decision support, not a device controller: confirm every parameter on the "
                  "stimulator before each session.", s.small),
    ])]
