"""Session record sheets to fill in by hand at the chair."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from tmsplanner.core.course_view import SessionRow
from tmsplanner.core.dates import english_date
from tmsplanner.core.labels import phase_words, retest_reason_words
from tmsplanner.core.schedule import ACUTE
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.tables import grid

HEADINGS = ("No.", "Planned", "MT re-test<br/>% MSO", "% MSO<br/>delivered", "Pulses<br/>delivered",
            "Operator", "Adverse events", "Initials")
ROW_HEIGHT = 22


def _table(ctx: ReportContext, sessions: tuple[SessionRow, ...], width: float) -> Flowable:
    s = ctx.styles
    rows = [[Paragraph(f"<b>{h}</b>", s.cell) for h in HEADINGS]]
    for session in sessions:
        reasons = "; ".join(retest_reason_words(r) for r in session.mt_retest)
        retest = f"<font size='6.5'><b>due</b>: {text(reasons)}</font>" if session.mt_retest_due else ""
        phase = ("" if session.phase == ACUTE
                 else f"<br/><font size='6.5'>{text(phase_words(session.phase, session.phase_name))}</font>")
        to_set = " / ".join(str(b.intensity_pct_mso_to_set) for b in session.blocks)
        rows.append([
            Paragraph(str(session.index), s.cell),
            Paragraph(f"{english_date(session.start, '%a %d %b')}<br/>{session.start:%H:%M}{phase}", s.cell),
            Paragraph(retest, s.cell),
            Paragraph(f"<font size='6.5' color='#777777'>plan {to_set}</font>", s.cell),
            Paragraph(f"<font size='6.5' color='#777777'>plan {ctx.view.figures.pulses_per_session}</font>", s.cell),
            "", "", "",
        ])
    fractions = (0.05, 0.12, 0.1, 0.1, 0.1, 0.15, 0.3, 0.08)
    # Fixed row height leaves room to write by hand.
    return grid(rows, [f * width for f in fractions], row_heights=[None] + [ROW_HEIGHT] * len(sessions))


def records_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """One table for a once-a-day course; one sheet per day for accelerated courses."""
    s, view = ctx.styles, ctx.view
    intro = Paragraph(
        "Record each session as delivered. Re-test the motor threshold as the clinic's policy requires; "
        "write any adverse event in full (seizure, syncope, headache, scalp pain, hearing change, mood change).",
        s.small)
    out: list[Flowable] = [PageBreak(), Paragraph("Session record", s.h2), intro]
    if view.sessions_per_day == 1:
        out.append(_table(ctx, view.sessions, width))
        return out
    days = view.acute_days
    later = tuple(x for x in view.sessions if x.phase != ACUTE)
    for k, day in enumerate(days):
        if k:
            out.append(PageBreak())
        out += [CondPageBreak(60), Paragraph(
            f"Day {day.day_number} of {len(days)} — {english_date(day.date, '%A %d %B %Y')}", s.h3),
            _table(ctx, day.sessions, width)]
    if later:
        out += [PageBreak(), Paragraph("After the acute course", s.h3), _table(ctx, later, width)]
    return out
