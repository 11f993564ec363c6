"""The Beam F3 targeting worksheet: head measurements, the two distances and how to mark F3."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from tmsplanner.core.beam_f3 import CITATIONS, FIELDS, allowed_range, beam_f3_for
from tmsplanner.core.labels import length_words, target_label
from tmsplanner.core.plan import HeadMeasurements
from tmsplanner.core.plan_edit import field_info
from tmsplanner.core.vocab import Localisation, Target
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.tables import grid

WRITE_ROW = 22  # room to write by hand


def _how(ctx: ReportContext, name: str) -> str:
    """How to take one head measurement."""
    return {
        "tragus_tragus_cm": ctx.t("Left tragus to right tragus, over the vertex"),
        "nasion_inion_cm": ctx.t("Nasion to inion, over the vertex"),
        "head_circumference_cm": ctx.t("Around the head"),
    }[name]


def _title(ctx: ReportContext, name: str) -> str:
    """A head measurement's name (the plan model's title; a title not known here prints as the model has it)."""
    title = field_info(HeadMeasurements, name).title or name
    return {
        "Tragus to tragus": ctx.t("Tragus to tragus"),
        "Nasion to inion": ctx.t("Nasion to inion"),
        "Head circumference": ctx.t("Head circumference"),
    }.get(title, title)


def _cm(ctx: ReportContext, value: float, decimals: int = 1) -> str:
    """A length in centimetres with fixed decimals ('36.0 cm', «36,0 см»)."""
    return length_words(value, decimals, ctx.catalogue)


def _sides(targets: set[Target]) -> list[str]:
    """'left' (F3) and/or 'right' (F4, the mirror image) for the Beam F3 blocks' targets."""
    right = bool(targets & {Target.RIGHT_DLPFC, Target.BILATERAL_DLPFC})
    left = not right or bool(targets - {Target.RIGHT_DLPFC})
    return ["left"] * left + ["right"] * right


def _along_circumference(ctx: ReportContext, sides: list[str]) -> str:
    """Where X is measured, towards the side(s) of the plan's targets."""
    if sides == ["left"]:
        return ctx.t("Along the head circumference, from the midline front point (Fpz level) towards the left, "
                     "to point A")
    if sides == ["right"]:
        return ctx.t("Along the head circumference, from the midline front point (Fpz level) towards the right, "
                     "to point A")
    return ctx.t("Along the head circumference, from the midline front point (Fpz level) towards the left or "
                 "right, to point A")


def _steps(ctx: ReportContext, sides: list[str], half_ni: str | None, x_words: str, y_words: str) -> list[str]:
    """The numbered steps of marking F3 (and F4) on the head."""
    if half_ni is not None:
        steps = [ctx.t("Mark the vertex (Cz) halfway along the nasion–inion line, at NI/2 ({distance} from the "
                       "nasion).", distance=half_ni)]
    else:
        steps = [ctx.t("Mark the vertex (Cz) halfway along the nasion–inion line, at NI/2.")]
    for side in sides:
        if side == "left":
            steps.append(ctx.t("From the midline front point (Fpz level), measure {x} along the head circumference "
                               "towards the left and mark point A.", x=x_words))
            steps.append(ctx.t("From the vertex, measure {y} along the line towards point A and mark {site} there.",
                               y=y_words, site="F3"))
        else:
            steps.append(ctx.t("From the midline front point (Fpz level), measure {x} along the head circumference "
                               "towards the right and mark point A.", x=x_words))
            steps.append(ctx.t("From the vertex, measure {y} along the line towards point A and mark {site} there.",
                               y=y_words, site="F4")
                         + " " + ctx.t("(Right-sided target: the mirror image of F3, a clinic convention; the cited "
                                       "method locates F3 on the left.)"))
    steps.append(ctx.t("Centre the coil over the mark as the block prescribes; keep the marks or a photo for the "
                       "following sessions."))
    return steps


def targeting_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """The worksheet, when the plan holds head measurements or a block is localised by Beam F3."""
    plan, s = ctx.plan, ctx.styles
    beam_blocks = [(i, b) for i, b in enumerate(plan.blocks, start=1) if b.localisation == Localisation.BEAM_F3]
    head = plan.head
    if head is None and not beam_blocks:
        return []

    def cell(value: str, style: ParagraphStyle = s.cell) -> Paragraph:
        return Paragraph(value, style)

    result = beam_f3_for(head) if head is not None else None
    marks = ctx.citations.marks(CITATIONS)
    sides = _sides({b.target for _, b in beam_blocks})

    if beam_blocks:
        which = ", ".join((ctx.t("block {n}", n=i) if len(plan.blocks) > 1 else ctx.t("the target"))
                          + f" ({text(target_label(b, ctx.catalogue))})" for i, b in beam_blocks)
        used = ctx.t("Localisation by Beam F3 for {which}.", which=which)
    else:
        used = ctx.t("No block of this plan is localised by Beam F3; the measurements are printed for reference.")
    intro = used + " " + ctx.t("Beam F3 finds the scalp position F3 (left dorsolateral prefrontal cortex) from three "
                               "head measurements {marks}; the distances use the formula of the Beam calculator "
                               "webpage.", marks=marks)
    if sides == ["right"]:
        intro += " " + ctx.t("<b>This plan's target is on the right: mark F4, the mirror image of F3.</b>")
    elif "right" in sides:
        intro += " " + ctx.t("<b>This plan has targets on both sides: mark F3 on the left and F4 on the right.</b>")
    sites = "F3" if sides == ["left"] else "F4" if sides == ["right"] else ctx.t("F3 and F4")
    if head is None:
        intro += " " + ctx.t("<b>No head measurements are stored in the plan:</b> measure the head, write the values "
                             "in, and compute X and Y with the Beam F3 calculator.")

    rows: list[list[Paragraph | str]] = [[cell(ctx.t("<b>Measurement</b>")), cell(ctx.t("<b>How</b>")),
                                          cell(ctx.t("<b>Allowed</b>")), cell(ctx.t("<b>Value</b>"))]]
    for name in FIELDS:
        value = getattr(head, name) if head is not None else None
        rows.append([cell(text(_title(ctx, name)), s.cell_bold), cell(text(_how(ctx, name))),
                     cell(text(allowed_range(name, ctx.catalogue))),
                     cell(f"<b>{_cm(ctx, value)}</b>") if value is not None else ""])
    heights = [None] + [None if head is not None else WRITE_ROW] * len(FIELDS)
    measurements = grid(rows, [0.22 * width, 0.46 * width, 0.14 * width, 0.18 * width], row_heights=heights)

    x_text = f"<b>{_cm(ctx, result.x_cm, 2)}</b>" if result else ""
    y_text = f"<b>{_cm(ctx, result.y_cm, 2)}</b>" if result else ""
    distances = grid([
        [cell(ctx.t("<b>Distance</b>")), cell(ctx.t("<b>Measured</b>")), cell(ctx.t("<b>Value</b>"))],
        [cell("X", s.cell_bold), cell(_along_circumference(ctx, sides)), cell(x_text if result else "<br/><br/>")],
        [cell("Y", s.cell_bold), cell(ctx.t("From the vertex (Cz) along the line towards point A; {sites} lies at "
                                            "this distance", sites=sites)),
         cell(y_text if result else "<br/><br/>")],
    ], [0.22 * width, 0.6 * width, 0.18 * width])

    half_ni = _cm(ctx, head.nasion_inion_cm / 2) if head is not None else None
    x_words = _cm(ctx, result.x_cm, 2) if result else "X"
    y_words = _cm(ctx, result.y_cm, 2) if result else "Y"
    steps = _steps(ctx, sides, half_ni, x_words, y_words)
    step_rows = [[cell(f"{n}."), cell(step)] for n, step in enumerate(steps, start=1)]
    step_table = grid(step_rows, [0.06 * width, 0.94 * width], header=False)

    blank = cell("<br/><br/>")
    signoff = grid([[cell(ctx.t("<b>Measured and marked by (initials)</b>")), cell(ctx.t("<b>Date</b>")),
                     cell(ctx.t("<b>Remarks</b>"))], [blank, blank, blank]],
                   [0.35 * width, 0.2 * width, 0.45 * width])

    return [KeepTogether([
        Paragraph(ctx.t("Targeting worksheet"), s.h2),
        Paragraph(intro, s.small),
        Spacer(0, 4),
        Paragraph(ctx.t("Head measurements"), s.h3),
        measurements,
        Paragraph(ctx.t("Distances to {sites}", sites=sites), s.h3),
        distances,
        Paragraph(ctx.t("Steps"), s.h3),
        step_table,
        Spacer(0, 6),
        signoff,
    ])]
