"""Literature rationale, written from the evidence base's records."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from tmsplanner.core.course_view import rationale_for
from tmsplanner.core.evidence.models import Cited
from tmsplanner.core.labels import label, lower_first
from tmsplanner.core.vocab import Provenance
from tmsplanner.report.context import ReportContext, sentence, text


def _unverified(record: Cited) -> str:
    if record.provenance != Provenance.UNVERIFIED:
        return ""
    note = f": {text(record.note)}" if record.note else ""
    return f" <b>[UNVERIFIED{note}]</b>"


def rationale_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Guideline level, regulatory status, trial figures and mechanisms for this course."""
    s, plan = ctx.styles, ctx.plan
    found = ctx.view.rationale or rationale_for(plan, ctx.kb)
    cite = ctx.citations.marks
    out: list[Flowable] = [PageBreak(), Paragraph("Literature rationale", s.h2)]
    proto = found.protocol
    if proto:
        out += [Paragraph(f"Preset: {text(proto.name)}", s.h3),
                Paragraph(f"{sentence(proto.summary)} {cite(proto.citations)}{_unverified(proto)}", s.body)]
    grades, clearances, trials, mechanisms = found.guidelines, found.clearances, found.trials, found.mechanisms
    out.append(Paragraph("Guideline level", s.h3))
    if grades:
        out += [Paragraph(f"<b>Level {g.level}</b> ({text(g.guideline)}): {sentence(g.statement)} "
                          f"{cite(g.citations)}{_unverified(g)}", s.body) for g in grades]
    else:
        out.append(Paragraph(f"No guideline level was found for this combination in "
                             f"{text(lower_first(label(plan.indication)))}.", s.body))
    out.append(Paragraph("Regulatory status", s.h3))
    if clearances:
        out += [Paragraph(f"<b>{text(c.regulator)} {text(c.date)}</b>, {text(c.device)} ({text(c.pathway)}): "
                          f"{sentence(c.statement)} {cite(c.citations)}{_unverified(c)}", s.body) for c in clearances]
    else:
        out.append(Paragraph("No regulatory clearance was found for this combination: off-label use.", s.body))
    if trials:
        out.append(Paragraph("Key trials and meta-analyses", s.h3))
        out += [Paragraph(f"<b>{text(t.name)}</b> — {sentence(t.design)} {sentence(t.figures)} "
                          f"{cite(t.citations)}{_unverified(t)}", s.body) for t in trials]
    if mechanisms:
        out.append(Paragraph("Mechanisms (preclinical and physiological evidence)", s.h3))
        out.append(Paragraph("These findings explain how stimulation may act; most come from animals or slice "
                             "cultures and do not by themselves support a clinical choice.", s.small))
        for m in mechanisms:
            correction = f" <i>Correction to the review:</i> {text(m.correction)}" if m.correction else ""
            source = "2026 Cell paper" if m.source_document == "cell_2026" else "seed review"
            out.append(Paragraph(
                f"<b>Finding:</b> {sentence(m.primary_finding)} <b>Species:</b> {sentence(m.species)} "
                f"<b>Caveats:</b> {sentence(m.caveats)} "
                f"(cited in the {source}.){correction} {cite(m.citations)}{_unverified(m)}", s.body))
    return out
