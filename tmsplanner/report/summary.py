"""Title, summary of the course and the motor-threshold record."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from tmsplanner.core.holiday_calendar import country_words
from tmsplanner.core.labels import duration_words, pattern_words, retest_reason_words, target_label
from tmsplanner.report.context import ReportContext, mark, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.tables import key_value


def _fixed(ctx: ReportContext, value: float, decimals: int) -> str:
    """A number printed with fixed decimals in English ('50.0'); other languages write it their own way."""
    return f"{value:.{decimals}f}" if ctx.catalogue.language == "en" else ctx.num(value, decimals)


def _coordinates(ctx: ReportContext, block) -> list[str]:
    parts = []
    if block.eeg_position:
        parts.append(ctx.t("10-20 position {position}", position=text(block.eeg_position)))
    if block.mni:
        parts.append(ctx.t("MNI x {x}, y {y}, z {z} mm", x=ctx.num(block.mni.x_mm, 1), y=ctx.num(block.mni.y_mm, 1),
                           z=ctx.num(block.mni.z_mm, 1)))
    if block.native:
        parts.append(ctx.t("scanner x {x}, y {y}, z {z} mm", x=ctx.num(block.native.x_mm, 1),
                           y=ctx.num(block.native.y_mm, 1), z=ctx.num(block.native.z_mm, 1)))
    return parts


def _block_box(ctx: ReportContext, b, width: float) -> list[Flowable]:
    s, plan = ctx.styles, ctx.plan
    block, dose = b.block, b.dose
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    device = plan.device
    coil = " · ".join(filter(None, [text(device.name) if device.name else None, text(ctx.label(device.coil)),
                                    ctx.t("model {model}", model=text(device.coil_model)) if device.coil_model
                                    else None]))
    orientation = (ctx.t("orientation: {orientation}", orientation=text(block.coil_orientation))
                   if block.coil_orientation else ctx.t("orientation: not recorded"))
    where = [f"<b>{text(target_label(block, ctx.catalogue))}</b>",
             ctx.t("found by {method}", method=text(ctx.label(block.localisation))), *_coordinates(ctx, block)]
    mt = plan.motor_threshold
    threshold = ctx.t("{kind}{mark}, {muscle}: {mt}% MSO, {method}, measured {date}",
                      kind=text(ctx.label(b.mt_kind)), mark=mark("mt_kind" in b.unverified),
                      muscle=text(ctx.label(b.mt_muscle)), mt=ctx.num(mt.value_pct_mso, 1),
                      method=text(ctx.label(mt.method)), date=ctx.day(mt.measured_on, "%d %b %Y"))
    if b.depth_corrected:
        slope = ctx.kb.param("depth_slope_pct_mso_per_mm")
        threshold += "; " + ctx.t(
            "depth-corrected to {mt}% MSO at {slope}% MSO per mm (scalp-to-cortex {target} mm at the target, "
            "{m1} mm at M1; without the correction the setting would be {uncorrected}% MSO)",
            mt=_fixed(ctx, b.mt_pct_mso, 1), slope=ctx.num(b.depth_slope_pct_mso_per_mm, 2),
            target=ctx.num(b.target_scalp_cortex_distance_mm, 1), m1=ctx.num(b.m1_scalp_cortex_distance_mm, 1),
            uncorrected=b.uncorrected_intensity_pct_mso_to_set) + f" {ctx.citations.marks(slope.citations)}"
    if mt.placeholder:
        threshold += " — " + ctx.t("<b>PLACEHOLDER, NOT MEASURED</b>")
    if mt.method.value == "visual":
        westin = ctx.kb.param("visual_mt_excess_pct")
        threshold += " — " + ctx.t("visual thresholds averaged {pct}% above EMG thresholds",
                                   pct=ctx.num(westin.value, 1)) + f" {ctx.citations.marks(westin.citations)}"
    rows = [
        (P(ctx.t("Coil"), s.cell_bold), P(f"{coil}; {orientation}")),
        (P(ctx.t("Target"), s.cell_bold), P("; ".join(where))),
        (P(ctx.t("Motor threshold"), s.cell_bold), P(threshold)),
        (P(ctx.t("Set on the device"), s.cell_bold),
         P(ctx.t("<b>{mso}% MSO</b> = {pct}% MT{mark} of {mt}% MSO ({exact}% MSO, halves rounded up)",
                 mso=b.intensity_pct_mso_to_set, pct=ctx.num(b.intensity_pct_mt, 1),
                 mark=mark("intensity" in b.unverified), mt=_fixed(ctx, b.mt_pct_mso, 1),
                 exact=_fixed(ctx, b.intensity_pct_mso, 1)))),
        (P(ctx.t("Pattern"), s.cell_bold),
         P(f"{text(pattern_words(block, dose, ctx.catalogue))}{mark('pattern' in b.unverified)}; "
           + ctx.t("{pulses} pulses, {duration}", pulses=dose.pulses,
                   duration=text(duration_words(dose.duration_s, ctx.catalogue))))),
    ]
    if b.titration:
        steps = ", ".join(ctx.t("{pct}% MT = {mso}% MSO", pct=ctx.num(day.intensity_pct_mt, 1),
                                mso=day.intensity_pct_mso_to_set) for day in b.titration)
        rows.append((P(ctx.t("Titration"), s.cell_bold),
                     P(ctx.tn("first {n} delivered treatment day: {steps}; the record sheet gives each session's "
                              "%MSO",
                              "first {n} delivered treatment days: {steps}; the record sheet gives each session's "
                              "%MSO", len(b.titration), steps=steps))))
    for step in b.steps:
        rows.append((P(ctx.t("Before the block"), s.cell_bold),
                     P(f"{text(ctx.ev(step, 'text'))} {ctx.citations.marks(step.citations)}")))
    several = len(ctx.view.blocks) > 1
    head = (ctx.t("Block {n}: {target}", n=b.number, target=text(target_label(block, ctx.catalogue))) if several
            else ctx.t("Stimulator settings"))
    return [KeepTogether([Paragraph(head, ctx.styles.h3 if several else ctx.styles.h2),
                          key_value(rows, [0.2 * width, 0.8 * width])])]


def _phases(ctx: ReportContext) -> str:
    """Each phase after the acute course: its name, weeks, sessions a week and spacing."""
    return "; ".join(
        f"{text(p.name)}: " + ctx.tn("{n} week", "{n} weeks", p.weeks) + ", "
        + ctx.tn("{n} a week", "{n} a week", p.sessions_per_week)
        + (", " + ctx.tn("every {n} week", "every {n} weeks", p.every_weeks) if p.every_weeks > 1 else "")
        for p in ctx.plan.schedule.phases)


def summary_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Each block in the stimulator's terms, then the course: how much, when."""
    s, plan, view = ctx.styles, ctx.plan, ctx.view
    fig = view.figures
    P = lambda value, style=s.cell: Paragraph(value, style)  # noqa: E731
    out: list[Flowable] = [Paragraph(ctx.t("Stimulator settings"), s.h2)] if len(view.blocks) > 1 else []
    for b in view.blocks:
        out += _block_box(ctx, b, width)
    out.append(Paragraph(ctx.t("Course"), s.h2))
    duration = text(duration_words(fig.session_duration_s, ctx.catalogue))
    with_pause = text(duration_words(fig.session_duration_with_final_pause_s, ctx.catalogue))
    if len(plan.blocks) > 1:
        per_session = ctx.t("{pulses} pulses, {duration} of stimulation (final pause not counted; {with_pause} "
                            "with it; moving the coil between blocks not counted)", pulses=fig.pulses_per_session,
                            duration=duration, with_pause=with_pause)
    else:
        per_session = ctx.t("{pulses} pulses, {duration} of stimulation (final pause not counted; {with_pause} "
                            "with it)", pulses=fig.pulses_per_session, duration=duration, with_pause=with_pause)
    sched = plan.schedule
    schedule = ctx.tn("{n} session a day", "{n} sessions a day", view.sessions_per_day)
    if view.sessions_per_day > 1:
        schedule += ", " + ctx.t("{interval} min between sessions (one every {slot} min)",
                                 interval=ctx.num(sched.intersession_interval_min, 1), slot=fig.slot_min)
    first = f"{sched.first_session_time:%H:%M}"
    schedule += ", " + ctx.t("{days} treatment days, first session {time}", days=sched.treatment_days, time=first)
    rows: list[tuple[Paragraph, Paragraph]] = [
        (P(ctx.t("Per session"), s.cell_bold), P(per_session)),
        (P(ctx.t("Schedule"), s.cell_bold), P(schedule)),
        (P(ctx.t("Course"), s.cell_bold),
         P(ctx.t("<b>{sessions} sessions, {pulses} pulses</b>, from {start} to {end}", sessions=fig.total_sessions,
                 pulses=ctx.num(fig.total_pulses), start=ctx.day(fig.start_date, "%a %d %b %Y"),
                 end=ctx.day(fig.end_date, "%a %d %b %Y")))),
    ]
    if sched.phases:
        rows.append((P(ctx.t("After the acute course"), s.cell_bold), P(_phases(ctx))))
    if view.retests:
        rows.append((P(ctx.t("MT re-tests"), s.cell_bold),
                     P(", ".join(f"{ctx.day(x.start, '%d %b')} "
                                 f"({text('; '.join(retest_reason_words(r, ctx.catalogue) for r in x.mt_retest))})"
                                 for x in view.retests))))
    if sched.holiday_country or sched.closures:
        holidays = (ctx.t("public holidays of {calendar}",
                                  calendar=text(country_words(sched.holiday_country, ctx.catalogue.language)))
                    if sched.holiday_country else ctx.t("public holidays of no country"))
        rows.append((P(ctx.t("Calendar"), s.cell_bold),
                     P(f"{holidays}; " + ctx.tn("{n} clinic closure(s)", "{n} clinic closure(s)", len(sched.closures))
                       + "; " + ctx.tn("{n} date(s) skipped", "{n} date(s) skipped", len(view.skipped)))))
    out.append(key_value(rows, [0.2 * width, 0.8 * width]))
    return out
