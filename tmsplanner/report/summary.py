"""Title, summary of the course and the motor-threshold record."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from tmsplanner.core.dates import english_date
from tmsplanner.core.labels import (
    duration_words,
    label,
    pattern_words,
    retest_reason_words,
    target_label,
    timing_words,
)
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.tables import key_value


def _patient_line(ctx: ReportContext) -> str:
    p = ctx.plan.patient
    parts = [f"<b>{text(p.identifier)}</b>"]
    if p.display_name:
        parts.append(text(p.display_name))
    if p.birth_year:
        parts.append(f"born {p.birth_year}")
    if p.sex:
        parts.append(text(label(p.sex)))
    return " · ".join(parts)


def summary_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """The course at a glance: what to set, how much, when."""
    s, plan, view = ctx.styles, ctx.plan, ctx.view
    fig = view.figures
    proto = ctx.kb.protocols.get(plan.protocol_id or "")
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    out: list[Flowable] = [
        Paragraph("rTMS course plan", s.h1),
        Paragraph(_patient_line(ctx), s.body),
        Spacer(0, 6),
        Paragraph("Summary", s.h2),
    ]
    rows = [
        (P("Indication", s.cell_bold), P(text(label(plan.indication)))),
        (P("Preset", s.cell_bold), P(text(proto.name) if proto else "none (planned by hand)")),
        (P("Device and coil", s.cell_bold),
         P(text(" · ".join(filter(None, [plan.device.name, label(plan.device.coil),
                                           f"maximum output {plan.device.max_output_pct_mso:g}% MSO"]))))),
    ]
    for b in view.blocks:
        block, dose = b.block, b.dose
        title = f"Block {b.number}" if len(view.blocks) > 1 else "Stimulation"
        corrected = ""
        if b.depth_corrected:
            slope = ctx.kb.param("depth_slope_pct_mso_per_mm")
            corrected = (f", MT depth-corrected at {b.depth_slope_pct_mso_per_mm:g}% MSO per mm "
                         f"(scalp-to-cortex distance {b.target_scalp_cortex_distance_mm:g} mm at the target, "
                         f"{b.m1_scalp_cortex_distance_mm:g} mm at M1); "
                         f"{b.uncorrected_intensity_pct_mso_to_set}% MSO without correction "
                         f"{ctx.citations.marks(slope.citations)}")
        ramp = ""
        if b.titration:
            steps = ", ".join(f"{t.intensity_pct_mt:g}" for t in b.titration)
            to_set = ", ".join(str(t.intensity_pct_mso_to_set) for t in b.titration)
            ramp = (f"<br/>Titration over the first {len(b.titration)} treatment days: {steps}% MT, "
                    f"set {to_set}% MSO (the record sheets give each session's %MSO)")
        rows.append((
            P(title, s.cell_bold),
            P(f"<b>{text(target_label(block))}</b>, localised by {text(label(block.localisation))}<br/>"
              f"{text(pattern_words(block, dose))}<br/>"
              f"<b>Intensity {b.intensity_pct_mt:g}% MT: set {b.intensity_pct_mso_to_set}% MSO on the device</b> "
              f"({b.intensity_pct_mso:.1f}% MSO from MT {b.mt_pct_mso:.1f}% MSO{corrected}){ramp}<br/>"
              f"{dose.pulses} pulses, {text(duration_words(dose.duration_s))}<br/>"
              f"<font size='7.5'>Timing (NIBS-BIDS): {text(timing_words(dose.timing))}</font>"),
        ))
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
    mt = plan.motor_threshold
    mt_text = (f"{label(mt.kind)} {mt.value_pct_mso:g}% MSO, {label(mt.method)}, "
               f"measured {english_date(mt.measured_on, '%d %b %Y')}")
    if mt.m1_scalp_cortex_distance_mm and (mt.target_scalp_cortex_distance_mm or any(
            b.scalp_cortex_distance_mm for b in plan.blocks)):
        mt_text += f"; scalp-to-cortex distance at M1 {mt.m1_scalp_cortex_distance_mm:g} mm"
    if mt.placeholder:
        mt_text += " — PLACEHOLDER, NOT MEASURED"
    if mt.method.value == "visual":
        westin = ctx.kb.param("visual_mt_excess_pct")
        mt_text += (f" — visual thresholds averaged {westin.value:g}% above EMG thresholds "
                    f"{ctx.citations.marks(westin.citations)}")
    rows.append((P("Motor threshold", s.cell_bold), P(text(mt_text) if "[" not in mt_text else mt_text)))
    out.append(key_value(rows, [0.2 * width, 0.8 * width]))
    return out
