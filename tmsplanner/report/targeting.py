"""The Beam F3 targeting worksheet: head measurements, the two distances and how to mark F3."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from tmsplanner.core.beam_f3 import CITATIONS, FIELDS, allowed_range, beam_f3_for
from tmsplanner.core.labels import target_label
from tmsplanner.core.plan import HeadMeasurements
from tmsplanner.core.plan_edit import field_info
from tmsplanner.core.vocab import Localisation, Target
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.tables import grid

WRITE_ROW = 22  # room to write by hand
HOW = {
    "tragus_tragus_cm": "Left tragus to right tragus, over the vertex",
    "nasion_inion_cm": "Nasion to inion, over the vertex",
    "head_circumference_cm": "Around the head",
}


def _cm(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f} cm"


def _sides(targets: set[Target]) -> list[str]:
    """'left' (F3) and/or 'right' (F4, the mirror image) for the Beam F3 blocks' targets."""
    right = bool(targets & {Target.RIGHT_DLPFC, Target.BILATERAL_DLPFC})
    left = not right or bool(targets - {Target.RIGHT_DLPFC})
    return ["left"] * left + ["right"] * right


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
    side_words = " or ".join(sides)

    if beam_blocks:
        which = ", ".join((f"block {i}" if len(plan.blocks) > 1 else "the target") + f" ({text(target_label(b))})"
                          for i, b in beam_blocks)
        used = f"Localisation by Beam F3 for {which}."
    else:
        used = "No block of this plan is localised by Beam F3; the measurements are printed for reference."
    intro = (f"{used} Beam F3 finds the scalp position F3 (left dorsolateral prefrontal cortex) from three head "
             f"measurements {marks}; the distances use the formula of the Beam calculator webpage.")
    if sides == ["right"]:
        intro += " <b>This plan's target is on the right: mark F4, the mirror image of F3.</b>"
    elif "right" in sides:
        intro += " <b>This plan has targets on both sides: mark F3 on the left and F4 on the right.</b>"
    sites = {("left",): "F3", ("right",): "F4"}.get(tuple(sides), "F3 and F4")
    if head is None:
        intro += (" <b>No head measurements are stored in the plan:</b> measure the head, write the values in, "
                  "and compute X and Y with the Beam F3 calculator.")

    rows: list[list[Paragraph | str]] = [[cell("<b>Measurement</b>"), cell("<b>How</b>"), cell("<b>Allowed</b>"),
                                          cell("<b>Value</b>")]]
    for name in FIELDS:
        value = getattr(head, name) if head is not None else None
        rows.append([cell(text(field_info(HeadMeasurements, name).title or name), s.cell_bold), cell(text(HOW[name])),
                     cell(text(allowed_range(name))), cell(f"<b>{_cm(value)}</b>") if value is not None else ""])
    heights = [None] + [None if head is not None else WRITE_ROW] * len(FIELDS)
    measurements = grid(rows, [0.22 * width, 0.46 * width, 0.14 * width, 0.18 * width], row_heights=heights)

    x_text = f"<b>{_cm(result.x_cm, 2)}</b>" if result else ""
    y_text = f"<b>{_cm(result.y_cm, 2)}</b>" if result else ""
    distances = grid([
        [cell("<b>Distance</b>"), cell("<b>Measured</b>"), cell("<b>Value</b>")],
        [cell("X", s.cell_bold), cell("Along the head circumference, from the midline front point (Fpz level) "
                                f"towards the {side_words}, to point A"), cell(x_text if result else "<br/><br/>")],
        [cell("Y", s.cell_bold), cell("From the vertex (Cz) along the line towards point A; "
                                f"{sites} lies at this distance"),
         cell(y_text if result else "<br/><br/>")],
    ], [0.22 * width, 0.6 * width, 0.18 * width])

    half_ni = f" ({_cm(head.nasion_inion_cm / 2)} from the nasion)" if head is not None else ""
    x_words = _cm(result.x_cm, 2) if result else "X"
    y_words = _cm(result.y_cm, 2) if result else "Y"
    steps = [f"Mark the vertex (Cz) halfway along the nasion–inion line, at NI/2{half_ni}."]
    for side in sides:
        site = "F3" if side == "left" else "F4"
        mirror = "" if side == "left" else (" (Right-sided target: the mirror image of F3, a clinic convention; "
                                             "the cited method locates F3 on the left.)")
        steps.append(f"From the midline front point (Fpz level), measure {x_words} along the head circumference "
                     f"towards the {side} and mark point A.")
        steps.append(f"From the vertex, measure {y_words} along the line towards point A and mark {site} "
                     f"there.{mirror}")
    steps.append("Centre the coil over the mark as the block prescribes; keep the marks or a photo for the "
                 "following sessions.")
    step_rows = [[cell(f"{n}."), cell(step)] for n, step in enumerate(steps, start=1)]
    step_table = grid(step_rows, [0.06 * width, 0.94 * width], header=False)

    blank = cell("<br/><br/>")
    signoff = grid([[cell("<b>Measured and marked by (initials)</b>"), cell("<b>Date</b>"), cell("<b>Remarks</b>")],
                    [blank, blank, blank]], [0.35 * width, 0.2 * width, 0.45 * width])

    return [KeepTogether([
        Paragraph("Targeting worksheet", s.h2),
        Paragraph(intro, s.small),
        Spacer(0, 4),
        Paragraph("Head measurements", s.h3),
        measurements,
        Paragraph(f"Distances to {sites}", s.h3),
        distances,
        Paragraph("Steps", s.h3),
        step_table,
        Spacer(0, 6),
        signoff,
    ])]
