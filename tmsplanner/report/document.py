"""Assemble the printed plan: sections in order, page decoration, metadata."""

from __future__ import annotations

import io
from collections.abc import Iterator

from pydantic import BaseModel
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate, Spacer

from tmsplanner import __version__
from tmsplanner.core.checks import CheckSettings, Finding, figures_for, run_checks
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.i18n import normalise
from tmsplanner.core.labels import target_label
from tmsplanner.core.plan import Plan
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.report.appendix import appendix_section
from tmsplanner.report.calendar import calendar_section
from tmsplanner.report.canvas import canvas_class, draw_footer, draw_header, draw_watermark
from tmsplanner.report.context import ReportContext, ReportOptions, text
from tmsplanner.report.drawings import pulse_diagram, timeline
from tmsplanner.report.findings import findings_section
from tmsplanner.report.fonts import UnprintableText, check_printable
from tmsplanner.report.outcomes_section import outcomes_section
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.prescription import prescription_section
from tmsplanner.report.rationale import rationale_section
from tmsplanner.report.records import records_section
from tmsplanner.report.references import references_section
from tmsplanner.report.styles import FOOTER_H, HEADER_H, MARGIN, PAPER, make_styles
from tmsplanner.report.summary import summary_section
from tmsplanner.report.targeting import targeting_section


def _pictures(ctx: ReportContext, width: float) -> list[Flowable]:
    s = ctx.styles
    out: list[Flowable] = []
    for settings in ctx.view.blocks:
        parts: list[Flowable] = [Paragraph(ctx.t("Pulse pattern"), s.h2)] if settings.number == 1 else []
        if len(ctx.view.blocks) > 1:
            parts.append(Paragraph(ctx.t("Block {n}: {target}", n=settings.number,
                                         target=text(target_label(settings.block, ctx.catalogue))), s.h3))
        out.append(KeepTogether([*parts, pulse_diagram(settings.block, settings.dose, width, ctx.catalogue)]))
    out += [Spacer(0, 4), KeepTogether([Paragraph(ctx.t("Course timeline"), s.h2),
                                        timeline(ctx.view, width, ctx.catalogue)])]
    return out


def build_story(ctx: ReportContext, width: float) -> list[Flowable]:
    """All sections in reading order (citations are numbered in this order)."""
    story: list[Flowable] = []
    for section in (prescription_section, summary_section, findings_section, _pictures, calendar_section,
                    outcomes_section, targeting_section, records_section, rationale_section, references_section,
                    appendix_section):
        story += section(ctx, width)
    return story


def _decorator(ctx: ReportContext, page_w: float, page_h: float):
    opts, plan = ctx.options, ctx.plan
    left = opts.clinic_name or ""
    patient = plan.patient
    right = " · ".join(filter(None, (ctx.t("Patient {id}", id=patient.identifier), patient.display_name)))
    footer = (ctx.t("Plan fingerprint {fingerprint}", fingerprint=ctx.fingerprint)
              + (" · " + ctx.t("plan {id}", id=plan.plan_id) if plan.plan_id else "")
              + " · " + ctx.t("exported {date} · evidence base {version}", date=ctx.day(opts.export_date),
                              version=ctx.kb.info.version)
              + f" · tmsplanner {__version__}")
    title = ctx.t("rTMS course plan") + (" — " + ctx.t("DRAFT") if opts.draft else "")
    stamp = ctx.t(DRAFT_WORDS)

    def decorate(c: Canvas, page: int, total: int) -> None:
        if opts.draft:
            draw_watermark(c, page_w, page_h, stamp)
        draw_header(c, page_w, page_h, left, title, right)
        draw_footer(c, page_w, footer, ctx.t("Page {page} of {total}", page=page, total=total))

    return decorate


def _strings(value: object, path: str) -> Iterator[tuple[str, str]]:
    """Every text of a plan with its field path (``patient.display_name``, ``schedule.phases[0].name``)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _strings(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def _unprintable_field(plan: Plan, options: ReportOptions, exc: UnprintableText) -> UnprintableText:
    """The refusal naming the field the unprintable characters come from (the first that has them)."""
    for field, value in [("clinic_name", options.clinic_name or ""), *_strings(plan, "")]:
        if any(ch in value for ch in exc.characters):
            try:
                check_printable([(field, value)])
            except UnprintableText as named:
                return named
    return exc


def render_pdf(plan: Plan, kb: KnowledgeBase, findings: list[Finding], options: ReportOptions,
               figures: CourseFigures | None = None) -> bytes:
    """Render a plan and its findings to PDF bytes.

    The caller decides whether a blocked plan may be printed (only as a draft);
    this function prints what it is given. ``figures`` are the plan's course
    figures when the caller already has them; the report is in English, so
    figures derived for another language (holiday names) are derived anew.

    Raises
    ------
    UnprintableText
        If a printed text has a character none of the report's fonts can draw
        (named with its field); no PDF is made.
    """
    check_printable([("clinic_name", options.clinic_name), ("patient.identifier", plan.patient.identifier),
                     ("plan_id", plan.plan_id)])
    styles = make_styles()
    if figures is None or normalise(figures.language) != normalise(options.language):
        figures = figures_for(plan, kb, options.language)  # holiday names in the printed plan's language
    ctx = ReportContext(plan=plan, kb=kb, figures=figures, findings=findings, options=options, styles=styles)
    page_w, page_h = PAPER[options.paper]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=(page_w, page_h), leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_H - 4, bottomMargin=MARGIN + FOOTER_H - 8,
        title=ctx.t("rTMS course plan") + f" — {plan.patient.identifier}",
        author=options.clinic_name or "tmsplanner",
        subject=ctx.t("rTMS course plan") + f": {ctx.label(plan.indication)}",
        creator=f"tmsplanner {__version__}", producer=f"tmsplanner {__version__}",
        keywords="rTMS; " + ctx.t("Plan fingerprint {fingerprint}", fingerprint=ctx.fingerprint),
        initialFontName="PTSans", invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        doc.build(build_story(ctx, doc.width),
                  canvasmaker=canvas_class(_decorator(ctx, page_w, page_h), options.export_date))
    except UnprintableText as exc:
        raise _unprintable_field(plan, options, exc) from None
    return buffer.getvalue()


def export_plan(plan: Plan, kb: KnowledgeBase, settings: CheckSettings, options: ReportOptions) -> bytes:
    """Check a plan and render it; the findings printed are those of ``settings``."""
    figures = figures_for(plan, kb)
    return render_pdf(plan, kb, run_checks(plan, kb, settings, figures), options, figures)
