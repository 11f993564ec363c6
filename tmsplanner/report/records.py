"""Session record sheets to fill in by hand at the chair."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from tmsplanner.core.course_view import SessionRow
from tmsplanner.core.dates import english_date
from tmsplanner.core.labels import phase_words, retest_reason_words
from tmsplanner.core.schedule import ACUTE
from tmsplanner.report.context import ReportContext
from tmsplanner.report.rows import Line, Row, RowTable
from tmsplanner.report.styles import MUTED

HEADINGS = ("No.", "Planned", "MT re-test\n% MSO", "% MSO\ndelivered", "Pulses\ndelivered",
            "Operator", "Adverse events", "Initials")
ROW_HEIGHT = 24  # room to write by hand; a row with more lines grows
SMALL = 7.5


def _table(ctx: ReportContext, sessions: tuple[SessionRow, ...], width: float) -> Flowable:
    header = [[Line(part, bold=True) for part in h.split("\n")] for h in HEADINGS]
    rows = []
    for session in sessions:
        planned = [Line(english_date(session.start, "%a %d %b")), Line(f"{session.start:%H:%M}")]
        if session.phase != ACUTE:
            planned.append(Line(phase_words(session.phase, session.phase_name), size=SMALL))
        retest = []
        if session.mt_retest_due:
            reasons = "; ".join(retest_reason_words(r) for r in session.mt_retest)
            retest = [Line("due:", bold=True, size=SMALL), Line(reasons, size=SMALL)]
        to_set = " / ".join(str(b.intensity_pct_mso_to_set) for b in session.blocks)
        rows.append(Row((
            str(session.index), planned, retest,
            Line(f"plan {to_set}", size=SMALL, colour=MUTED),
            Line(f"plan {ctx.view.figures.pulses_per_session}", size=SMALL, colour=MUTED),
            "", "", "",
        ), min_height=ROW_HEIGHT))
    fractions = (0.05, 0.12, 0.14, 0.1, 0.1, 0.13, 0.28, 0.08)
    return RowTable(header, rows, [f * width for f in fractions])


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
