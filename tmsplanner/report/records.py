"""Session record sheets to fill in by hand at the chair.

One row per delivered session: when it is planned (and, on accelerated days,
the actual start and end), the checks before it, one labelled column per block
(the planned %MT and %MSO to set, with room for the delivered %MSO and pulses),
adverse events and the technician's initials. An MT re-test gets its own row
above the session, with the rule that turns the new threshold into the %MSO to set.
Every word is in the printed plan's language (``ctx.t``).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from tmsplanner.core.course_view import BlockSettings, SessionRow
from tmsplanner.core.labels import phase_words, retest_reason_words, target_label
from tmsplanner.core.schedule import ACUTE
from tmsplanner.report.context import UNVERIFIED_LEGEND, ReportContext, mark, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.rows import Cell, Line, Row, RowTable

SMALL = 8.0
BLANK = "______"


def _checks(ctx: ReportContext) -> tuple[tuple[str, str], ...]:
    """The checks before each session: the fixed five, then the preset's own steps (P1, P2...)."""
    fixed = ((ctx.t("Q"), ctx.t("screening answers unchanged")), (ctx.t("S"), ctx.t("slept as usual")),
             (ctx.t("A"), ctx.t("no alcohol reported")), (ctx.t("H"), ctx.t("hearing protection in place")),
             (ctx.t("C"), ctx.t("coil position checked")))
    steps = ctx.view.steps
    return fixed + tuple((f"P{k}" if len(steps) > 1 else "P", ctx.ev(step, 'text')) for k, step in enumerate(steps, 1))


def _check_cell(ctx: ReportContext) -> list[Line]:
    # A code and its blank never part (no-break space); the line breaks between boxes where the column ends.
    return [Line("  ".join(f"{code}\u00a0___" for code, _ in _checks(ctx)), size=SMALL)]


def _block_cell(ctx: ReportContext, session: SessionRow, settings: BlockSettings, retested: bool) -> list[Line]:
    planned = session.blocks[settings.number - 1]
    pct = ctx.t("{pct}% MT", pct=ctx.num(planned.intensity_pct_mt, 1)) + mark("intensity" in settings.unverified)
    if retested:  # after an MT re-test the printed %MSO holds only if the threshold did not change
        first = [Line(ctx.t("plan {pct} of the re-tested MT", pct=pct), bold=True, size=SMALL),
                 Line(ctx.t("({mso}% MSO if MT unchanged)", mso=planned.intensity_pct_mso_to_set), size=SMALL)]
    else:
        first = [Line(ctx.t("plan {mso}% MSO ({pct})", mso=planned.intensity_pct_mso_to_set, pct=pct), bold=True,
                      size=SMALL)]
    return [*first,
            Line(ctx.t("delivered {blank}% MSO", blank=BLANK), size=SMALL),
            Line(ctx.t("pulses {blank} of {pulses}", blank=BLANK, pulses=settings.dose.pulses)
                 + mark("pattern" in settings.unverified), size=SMALL)]


def _planned_cell(ctx: ReportContext, session: SessionRow, accelerated: bool, with_year: bool) -> list[Line]:
    day = ctx.day(session.start, "%a %d %b %Y" if with_year else "%a %d %b")
    lines = [Line(f"{session.start:%H:%M}", bold=True)] if accelerated else [
        Line(day, bold=True), Line(f"{session.start:%H:%M}")]
    if session.pause_before_min is not None:
        lines.append(Line(ctx.t("{minutes} min pause before", minutes=session.pause_before_min), size=SMALL))
    if session.phase != ACUTE:
        lines.append(Line(phase_words(session.phase, session.phase_name, ctx.catalogue), size=SMALL))
    return lines


def _actual(ctx: ReportContext) -> list[Line]:
    return [Line(ctx.t("start __:__"), size=SMALL), Line(ctx.t("end __:__"), size=SMALL)]


def _formula(ctx: ReportContext, settings: BlockSettings) -> str:
    """How a new threshold becomes the %MSO to set for one block (the core's rule, in words)."""
    pct = ctx.num(settings.intensity_pct_mt, 1)
    if settings.depth_corrected:
        return ctx.t("(new MT + {slope} % MSO/mm × ({target} − {m1}) mm) × {pct}%",
                     slope=ctx.num(settings.depth_slope_pct_mso_per_mm or 0, 2),
                     target=ctx.num(settings.target_scalp_cortex_distance_mm or 0, 1),
                     m1=ctx.num(settings.m1_scalp_cortex_distance_mm or 0, 1), pct=pct)
    return ctx.t("new MT × {pct}%", pct=pct)


def _retest_row(ctx: ReportContext, session: SessionRow) -> Row:
    view = ctx.view
    reasons = "; ".join(retest_reason_words(r, ctx.catalogue) for r in session.mt_retest)
    several = len(view.blocks) > 1
    rules = "; ".join((ctx.t("block {n}", n=b.number) + ": " if several else "") + _formula(ctx, b)
                      for b in view.blocks)
    blanks = "   ".join((ctx.t("block {n}", n=b.number) + " " if several else "") + f"{BLANK}% MSO"
                        for b in view.blocks)
    return Row((
        [Line(ctx.t("MT re-test before session {n} ({reasons}): new MT {blank}% MSO, by {blank}", n=session.index,
                    reasons=reasons, blank=BLANK), bold=True, size=SMALL),
         Line(ctx.t("% MSO to set = {rules}, halves rounded up.", rules=rules), size=SMALL),
         Line(ctx.t("New % MSO to set from this session on: {blanks}", blanks=blanks), bold=True, size=SMALL)],
    ), span=True, keep_with_next=True)


def _headings(ctx: ReportContext) -> list[Cell]:
    view = ctx.view
    several = len(view.blocks) > 1
    blocks: list[Cell] = [
        [Line(ctx.t("Block {n}", n=b.number) if several else ctx.t("Stimulation"), bold=True),
         Line(target_label(b.block, ctx.catalogue), bold=several, size=SMALL)] for b in view.blocks]
    actual: list[Cell] = ([[Line(ctx.t("Actual"), bold=True), Line(ctx.t("time"), bold=True)]]
                          if view.sessions_per_day > 1 else [])
    return [Line(ctx.t("No."), bold=True), Line(ctx.t("Planned"), bold=True), *actual,
            [Line(ctx.t("Checks"), bold=True)], *blocks, Line(ctx.t("Adverse events"), bold=True),
            Line(ctx.t("Initials"), bold=True)]


def _table(ctx: ReportContext, sessions: tuple[SessionRow, ...], width: float) -> Flowable:
    view = ctx.view
    accelerated = view.sessions_per_day > 1
    with_year = view.figures.start_date.year != view.figures.end_date.year
    retested = any(s.mt_retest_due and s.index < sessions[0].index for s in view.sessions)
    rows: list[Row] = []
    for session in sessions:
        if session.mt_retest_due:
            rows.append(_retest_row(ctx, session))
            retested = True
        actual = [_actual(ctx)] if accelerated else []
        rows.append(Row((str(session.index), _planned_cell(ctx, session, accelerated, with_year), *actual,
                         _check_cell(ctx), *(_block_cell(ctx, session, b, retested) for b in view.blocks), "", ""),
                        min_height=30))
    block_share = 0.36 if len(view.blocks) == 1 else 0.46
    fixed = (0.05, 0.12, 0.1, 0.13) if accelerated else (0.05, 0.14, 0.13)
    rest = 1 - sum(fixed) - block_share - 0.09
    fractions = (*fixed, *([block_share / len(view.blocks)] * len(view.blocks)), rest, 0.09)
    return RowTable(_headings(ctx), rows, [f * width for f in fractions])


def _legend(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    checks = "; ".join(f"<b>{text(code)}</b> {text(words)}" for code, words in _checks(ctx))
    unverified = " " + ctx.t(UNVERIFIED_LEGEND) if any(b.unverified for b in ctx.view.blocks) else ""
    return [Paragraph(ctx.t(
        "Record each session as delivered: the %MSO actually set and the pulses delivered for each block, "
        "any adverse event in full (seizure, syncope, headache, scalp pain, hearing change, mood change), "
        "and your initials. Before each session tick or initial: {checks}.", checks=checks) + unverified, s.small)]


def records_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """One table for a once-a-day course; one sheet per day for accelerated courses."""
    s, view = ctx.styles, ctx.view
    out: list[Flowable] = [PageBreak(), Paragraph(ctx.t("Session record"), s.h2), *_legend(ctx)]
    if view.sessions_per_day == 1:
        out.append(_table(ctx, view.sessions, width))
        return out
    days = view.acute_days
    later = tuple(x for x in view.sessions if x.phase != ACUTE)
    for k, day in enumerate(days):
        if k:
            out.append(PageBreak())
        out += [CondPageBreak(60), Paragraph(ctx.t("Day {n} of {days} — {date}", n=day.day_number, days=len(days),
                                                   date=ctx.day(day.date, "%A %d %B %Y")), s.h3),
                _table(ctx, day.sessions, width)]
    if later:
        out += [PageBreak(), Paragraph(ctx.t("After the acute course"), s.h3), _table(ctx, later, width)]
    return out
