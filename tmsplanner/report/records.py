"""Session record sheets to fill in by hand at the chair."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph

from tmsplanner.core.dates import english_date
from tmsplanner.core.derived import session_mso_to_set
from tmsplanner.core.schedule import ACUTE, Session
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.tables import grid

HEADINGS = ("No.", "Planned", "MT re-test<br/>% MSO", "% MSO<br/>delivered", "Pulses<br/>delivered",
            "Operator", "Adverse events", "Initials")
ROW_HEIGHT = 22


def _table(ctx: ReportContext, sessions: list[Session], width: float) -> Flowable:
    s = ctx.styles
    rows = [[Paragraph(f"<b>{h}</b>", s.cell) for h in HEADINGS]]
    for session in sessions:
        retest = (f"<font size='6.5'><b>due</b>: {text('; '.join(session.mt_retest))}</font>"
                  if session.mt_retest else "")
        phase = "" if session.phase == ACUTE else f"<br/><font size='6.5'>{text(session.phase)}</font>"
        rows.append([
            Paragraph(str(session.number), s.cell),
            Paragraph(f"{english_date(session.start, '%a %d %b')}<br/>{session.start:%H:%M}{phase}", s.cell),
            Paragraph(retest, s.cell),
            Paragraph(f"<font size='6.5' color='#777777'>plan {' / '.join(map(str, session_mso_to_set(ctx.plan, ctx.figures, session)))}</font>", s.cell),
            Paragraph(f"<font size='6.5' color='#777777'>plan {ctx.figures.pulses_per_session}</font>", s.cell),
            "", "", "",
        ])
    fractions = (0.05, 0.12, 0.1, 0.1, 0.1, 0.15, 0.3, 0.08)
    # Fixed row height leaves room to write by hand.
    return grid(rows, [f * width for f in fractions], row_heights=[None] + [ROW_HEIGHT] * len(sessions))


def records_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """One table for a once-a-day course; one sheet per day for accelerated courses."""
    s, fig = ctx.styles, ctx.figures
    intro = Paragraph(
        "Record each session as delivered. Re-test the motor threshold as the clinic's policy requires; "
        "write any adverse event in full (seizure, syncope, headache, scalp pain, hearing change, mood change).",
        s.small)
    out: list[Flowable] = [PageBreak(), Paragraph("Session record", s.h2), intro]
    if fig.sessions_per_day == 1:
        out.append(_table(ctx, fig.sessions, width))
        return out
    days: dict[int, list[Session]] = {}
    later = [s for s in fig.sessions if s.phase != ACUTE]
    for session in fig.sessions:
        if session.phase == ACUTE:
            days.setdefault(session.day_number, []).append(session)
    for number, sessions in days.items():
        if number > 1:
            out.append(PageBreak())
        out += [CondPageBreak(60), Paragraph(
            f"Day {number} of {len(days)} — {english_date(sessions[0].start, '%A %d %B %Y')}", s.h3),
            _table(ctx, sessions, width)]
    if later:
        out += [PageBreak(), Paragraph("After the acute course", s.h3), _table(ctx, later, width)]
    return out
