"""Title, summary of the course and the motor-threshold record."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from tmsplanner.core.dates import english_date
from tmsplanner.core.labels import (
    duration_words,
    label,
    pattern_words,
    retest_reason_words,
    target_label,
)
from tmsplanner.report.context import ReportContext, mark, text
from tmsplanner.report.tables import key_value


def _coordinates(block) -> list[str]:
    parts = []
    if block.eeg_position:
        parts.append(f"10-20 position {text(block.eeg_position)}")
    if block.mni:
        parts.append(f"MNI x {block.mni.x_mm:g}, y {block.mni.y_mm:g}, z {block.mni.z_mm:g} mm")
    if block.native:
        parts.append(f"scanner x {block.native.x_mm:g}, y {block.native.y_mm:g}, z {block.native.z_mm:g} mm")
    return parts


def _block_box(ctx: ReportContext, b, width: float) -> list[Flowable]:
    s, plan = ctx.styles, ctx.plan
    block, dose = b.block, b.dose
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    device = plan.device
    coil = " · ".join(filter(None, [text(device.name) if device.name else None, text(label(device.coil)),
                                    f"model {text(device.coil_model)}" if device.coil_model else None]))
    orientation = (f"orientation: {text(block.coil_orientation)}" if block.coil_orientation
                   else "orientation: not recorded")
    where = [f"<b>{text(target_label(block))}</b>", f"found by {text(label(block.localisation))}",
             *_coordinates(block)]
    mt = plan.motor_threshold
    threshold = (f"{text(label(b.mt_kind))}{mark('mt_kind' in b.unverified)}, {text(label(b.mt_muscle))}: "
                 f"{mt.value_pct_mso:g}% MSO, "
                 f"{text(label(mt.method))}, measured {english_date(mt.measured_on, '%d %b %Y')}")
    if b.depth_corrected:
        slope = ctx.kb.param("depth_slope_pct_mso_per_mm")
        threshold += (f"; depth-corrected to {b.mt_pct_mso:.1f}% MSO at {b.depth_slope_pct_mso_per_mm:g}% MSO "
                      f"per mm (scalp-to-cortex {b.target_scalp_cortex_distance_mm:g} mm at the target, "
                      f"{b.m1_scalp_cortex_distance_mm:g} mm at M1; without the correction the setting would be "
                      f"{b.uncorrected_intensity_pct_mso_to_set}% MSO) {ctx.citations.marks(slope.citations)}")
    if mt.placeholder:
        threshold += " — <b>PLACEHOLDER, NOT MEASURED</b>"
    if mt.method.value == "visual":
        westin = ctx.kb.param("visual_mt_excess_pct")
        threshold += (f" — visual thresholds averaged {westin.value:g}% above EMG thresholds "
                      f"{ctx.citations.marks(westin.citations)}")
    rows = [
        (P("Coil", s.cell_bold), P(f"{coil}; {orientation}")),
        (P("Target", s.cell_bold), P("; ".join(where))),
        (P("Motor threshold", s.cell_bold), P(threshold)),
        (P("Set on the device", s.cell_bold),
         P(f"<b>{b.intensity_pct_mso_to_set}% MSO</b> = {b.intensity_pct_mt:g}% MT{mark('intensity' in b.unverified)}"
           f" of {b.mt_pct_mso:.1f}% MSO ({b.intensity_pct_mso:.1f}% MSO, halves rounded up)")),
        (P("Pattern", s.cell_bold),
         P(f"{text(pattern_words(block, dose))}{mark('pattern' in b.unverified)}; {dose.pulses} pulses, "
           f"{text(duration_words(dose.duration_s))}")),
    ]
    if b.titration:
        steps = ", ".join(f"{t.intensity_pct_mt:g}% MT = {t.intensity_pct_mso_to_set}% MSO" for t in b.titration)
        rows.append((P("Titration", s.cell_bold),
                     P(f"first {len(b.titration)} delivered treatment days: {steps}; the record sheet gives "
                       "each session's %MSO")))
    for step in b.steps:
        rows.append((P("Before the block", s.cell_bold),
                     P(f"{text(step.text)} {ctx.citations.marks(step.citations)}")))
    head = (f"Block {b.number}: {text(target_label(block))}" if len(ctx.view.blocks) > 1
            else "Stimulator settings")
    return [KeepTogether([Paragraph(head, ctx.styles.h3 if len(ctx.view.blocks) > 1 else ctx.styles.h2),
                          key_value(rows, [0.2 * width, 0.8 * width])])]


def summary_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Each block in the stimulator's terms, then the course: how much, when."""
    s, plan, view = ctx.styles, ctx.plan, ctx.view
    fig = view.figures
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    out: list[Flowable] = [Paragraph("Stimulator settings", s.h2)] if len(view.blocks) > 1 else []
    for b in view.blocks:
        out += _block_box(ctx, b, width)
    out.append(Paragraph("Course", s.h2))
    rows: list[tuple[Paragraph, Paragraph]] = []
    rows += [
        (P("Per session", s.cell_bold),
         P(f"{fig.pulses_per_session} pulses, {text(duration_words(fig.session_duration_s))} of stimulation "
           f"(final pause not counted; {text(duration_words(fig.session_duration_with_final_pause_s))} with it"
           + ("; moving the coil between blocks not counted" if len(plan.blocks) > 1 else "") + ")")),
        (P("Schedule", s.cell_bold),
         P(f"{view.sessions_per_day} session{'s' if view.sessions_per_day > 1 else ''} a day"
           + (f", {plan.schedule.intersession_interval_min:g} min between sessions (one every {fig.slot_min} min)"
              if view.sessions_per_day > 1 else "")
           + f", {plan.schedule.treatment_days} treatment days, "
             f"first session {plan.schedule.first_session_time:%H:%M}")),
        (P("Course", s.cell_bold),
         P(f"<b>{fig.total_sessions} sessions, {fig.total_pulses:,} pulses</b>, "
           f"from {english_date(fig.start_date, '%a %d %b %Y')} "
           f"to {english_date(fig.end_date, '%a %d %b %Y')}")),
    ]
    sched = plan.schedule
    if sched.phases:
        words = "; ".join(f"{text(p.name)}: {p.weeks} week{'s' if p.weeks > 1 else ''}, {p.sessions_per_week} a week"
                          + (f", every {p.every_weeks} weeks" if p.every_weeks > 1 else "") for p in sched.phases)
        rows.append((P("After the acute course", s.cell_bold), P(words)))
    if view.retests:
        rows.append((P("MT re-tests", s.cell_bold),
                     P(", ".join(f"{english_date(x.start, '%d %b')} "
                                 f"({text('; '.join(retest_reason_words(r) for r in x.mt_retest))})"
                                 for x in view.retests))))
    if sched.holiday_country or sched.closures:
        rows.append((P("Calendar", s.cell_bold),
                     P(f"public holidays of {text(sched.holiday_country or 'no country')}; "
                       f"{len(sched.closures)} clinic closure(s); {len(view.skipped)} date(s) skipped")))
    out.append(key_value(rows, [0.2 * width, 0.8 * width]))
    return out
