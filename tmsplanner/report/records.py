"""Session record sheets to fill in by hand at the chair.

One row per delivered session: when it is planned (and, on accelerated days,
the actual start and end), the checks before it, one labelled column per block
(the planned %MT and %MSO to set, with room for the delivered %MSO and pulses),
adverse events and the technician's initials. An MT re-test gets its own row
above the session, with the rule that turns the new threshold into the %MSO to set.
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from tmsplanner.core.course_view import BlockSettings, CourseView, SessionRow
from tmsplanner.core.dates import english_date
from tmsplanner.core.labels import phase_words, retest_reason_words, target_label
from tmsplanner.core.schedule import ACUTE
from tmsplanner.report.context import UNVERIFIED_LEGEND, ReportContext, mark, text
from tmsplanner.report.rows import Cell, Line, Row, RowTable

SMALL = 8.0
BLANK = "______"
CHECKS = (("Q", "screening answers unchanged"), ("S", "slept as usual"), ("A", "no alcohol reported"),
          ("H", "hearing protection in place"), ("C", "coil position checked"))


def _checks(view: CourseView) -> tuple[tuple[str, str], ...]:
    """The checks before each session: the fixed five, then the preset's own steps (P1, P2...)."""
    steps = tuple((f"P{k}" if len(view.steps) > 1 else "P", step.text) for k, step in enumerate(view.steps, 1))
    return CHECKS + steps


def _check_cell(view: CourseView) -> list[Line]:
    boxes = [f"{code} ___" for code, _ in _checks(view)]
    return [Line("  ".join(boxes[k:k + 3]), size=SMALL) for k in range(0, len(boxes), 3)]


def _block_cell(session: SessionRow, settings: BlockSettings, retested: bool) -> list[Line]:
    planned = session.blocks[settings.number - 1]
    pct = f"{planned.intensity_pct_mt:g}% MT{mark('intensity' in settings.unverified)}"
    if retested:  # after an MT re-test the printed %MSO holds only if the threshold did not change
        first = [Line(f"plan {pct} of the re-tested MT", bold=True, size=SMALL),
                 Line(f"({planned.intensity_pct_mso_to_set}% MSO if MT unchanged)", size=SMALL)]
    else:
        first = [Line(f"plan {planned.intensity_pct_mso_to_set}% MSO ({pct})", bold=True, size=SMALL)]
    return [*first,
            Line(f"delivered {BLANK}% MSO", size=SMALL),
            Line(f"pulses {BLANK} of {settings.dose.pulses}{mark('pattern' in settings.unverified)}", size=SMALL)]


def _planned_cell(session: SessionRow, accelerated: bool, with_year: bool) -> list[Line]:
    day = english_date(session.start, "%a %d %b %Y" if with_year else "%a %d %b")
    lines = [Line(f"{session.start:%H:%M}", bold=True)] if accelerated else [
        Line(day, bold=True), Line(f"{session.start:%H:%M}")]
    if session.pause_before_min is not None:
        lines.append(Line(f"{session.pause_before_min} min pause before", size=SMALL))
    if session.phase != ACUTE:
        lines.append(Line(phase_words(session.phase, session.phase_name), size=SMALL))
    return lines


ACTUAL = [Line("start __:__", size=SMALL), Line("end __:__", size=SMALL)]


def _formula(settings: BlockSettings) -> str:
    """How a new threshold becomes the %MSO to set for one block (the core's rule, in words)."""
    pct = f"{settings.intensity_pct_mt:g}%"
    if settings.depth_corrected:
        target, m1 = settings.target_scalp_cortex_distance_mm, settings.m1_scalp_cortex_distance_mm
        return f"(new MT + {settings.depth_slope_pct_mso_per_mm:g} % MSO/mm × ({target:g} − {m1:g}) mm) × {pct}"
    return f"new MT × {pct}"


def _retest_row(view: CourseView, session: SessionRow) -> Row:
    reasons = "; ".join(retest_reason_words(r) for r in session.mt_retest)
    several = len(view.blocks) > 1
    rules = "; ".join((f"block {b.number}: " if several else "") + _formula(b) for b in view.blocks)
    blanks = "   ".join((f"block {b.number} " if several else "") + f"{BLANK}% MSO" for b in view.blocks)
    return Row((
        [Line(f"MT re-test before session {session.index} ({reasons}): new MT {BLANK}% MSO, "
              f"by {BLANK}", bold=True, size=SMALL),
         Line(f"% MSO to set = {rules}, halves rounded up.", size=SMALL),
         Line(f"New % MSO to set from this session on: {blanks}", bold=True, size=SMALL)],
    ), span=True, keep_with_next=True)


def _headings(view: CourseView) -> list[Cell]:
    several = len(view.blocks) > 1
    blocks: list[Cell] = [
        [Line(f"Block {b.number}" if several else "Stimulation", bold=True),
         Line(target_label(b.block), bold=several, size=SMALL)] for b in view.blocks]
    actual: list[Cell] = [[Line("Actual", bold=True), Line("time", bold=True)]] if view.sessions_per_day > 1 else []
    return [Line("No.", bold=True), Line("Planned", bold=True), *actual, [Line("Checks", bold=True)], *blocks,
            Line("Adverse events", bold=True), Line("Initials", bold=True)]


def _table(view: CourseView, sessions: tuple[SessionRow, ...], width: float) -> Flowable:
    accelerated = view.sessions_per_day > 1
    with_year = view.figures.start_date.year != view.figures.end_date.year
    retested = any(s.mt_retest_due and s.index < sessions[0].index for s in view.sessions)
    rows: list[Row] = []
    for session in sessions:
        if session.mt_retest_due:
            rows.append(_retest_row(view, session))
            retested = True
        actual = [ACTUAL] if accelerated else []
        rows.append(Row((str(session.index), _planned_cell(session, accelerated, with_year), *actual,
                         _check_cell(view), *(_block_cell(session, b, retested) for b in view.blocks), "", ""),
                        min_height=30))
    block_share = 0.36 if len(view.blocks) == 1 else 0.46
    fixed = (0.05, 0.12, 0.1, 0.13) if accelerated else (0.05, 0.14, 0.13)
    rest = 1 - sum(fixed) - block_share - 0.07
    fractions = (*fixed, *([block_share / len(view.blocks)] * len(view.blocks)), rest, 0.07)
    return RowTable(_headings(view), rows, [f * width for f in fractions])


def _legend(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    checks = "; ".join(f"<b>{code}</b> {text(words)}" for code, words in _checks(ctx.view))
    return [Paragraph(
        "Record each session as delivered: the %MSO actually set and the pulses delivered for each block, "
        "any adverse event in full (seizure, syncope, headache, scalp pain, hearing change, mood change), "
        f"and your initials. Before each session tick or initial: {checks}."
        + (f" {UNVERIFIED_LEGEND}" if any(b.unverified for b in ctx.view.blocks) else ""), s.small)]


def records_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """One table for a once-a-day course; one sheet per day for accelerated courses."""
    s, view = ctx.styles, ctx.view
    out: list[Flowable] = [PageBreak(), Paragraph("Session record", s.h2), *_legend(ctx)]
    if view.sessions_per_day == 1:
        out.append(_table(view, view.sessions, width))
        return out
    days = view.acute_days
    later = tuple(x for x in view.sessions if x.phase != ACUTE)
    for k, day in enumerate(days):
        if k:
            out.append(PageBreak())
        out += [CondPageBreak(60), Paragraph(
            f"Day {day.day_number} of {len(days)} — {english_date(day.date, '%A %d %B %Y')}", s.h3),
            _table(view, day.sessions, width)]
    if later:
        out += [PageBreak(), Paragraph("After the acute course", s.h3), _table(view, later, width)]
    return out


