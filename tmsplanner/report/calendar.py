"""The schedule as a week-by-week calendar of every session."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph

from tmsplanner.core.dates import english_date
from tmsplanner.core.schedule import ACUTE, Session
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.styles import SHADE
from tmsplanner.report.tables import grid

WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _cell_text(day: dt.date, sessions: list[Session], closed: str | None, missed: int) -> str:
    head = f"<b>{english_date(day, '%d %b')}</b>"
    notes = ""
    if closed:
        notes += f"<br/><font size='6.5'>closed: {text(closed.replace('public holiday: ', ''))}</font>"
    if missed:
        notes += f"<br/><font size='6.5'>{missed} missed</font>"
    if not sessions:
        return f"<font color='#8a8a8a'>{english_date(day, '%d %b')}</font>{notes}"
    if sessions[0].phase != ACUTE:
        head += f" <font size='6.5'>{text(sessions[0].phase)}</font>"
    if any(s.mt_retest for s in sessions):
        notes += "<br/><font size='6.5'>MT re-test</font>"
    numbers = (f"#{sessions[0].number}" if len(sessions) == 1
               else f"#{sessions[0].number}–{sessions[-1].number}")
    if len(sessions) == 1:
        return f"{head}<br/>{sessions[0].start:%H:%M} · {numbers}{notes}"
    return (f"{head}<br/>{len(sessions)} × {sessions[0].start:%H:%M}–{sessions[-1].start:%H:%M}<br/>{numbers}"
            f"{notes}")


def calendar_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Week rows, Monday to Sunday; each treatment day shows its time(s) and session numbers."""
    s, fig = ctx.styles, ctx.figures
    by_day: dict[dt.date, list[Session]] = {}
    for session in fig.sessions:
        by_day.setdefault(session.date, []).append(session)
    closed = {d.date: d.reason for d in fig.skipped}
    missed: dict[dt.date, int] = {}
    for session in fig.missed:
        missed[session.date] = missed.get(session.date, 0) + 1
    monday = ctx.plan.schedule.start_date - dt.timedelta(days=ctx.plan.schedule.start_date.weekday())
    rows = [[Paragraph(f"<b>{d}</b>", s.cell) for d in ("Week", *WEEKDAYS_SHORT)]]
    shaded = []
    week = 1
    while monday <= fig.end_date:
        row = [Paragraph(f"{week}", s.cell)]
        for k in range(7):
            day = monday + dt.timedelta(days=k)
            row.append(Paragraph(_cell_text(day, by_day.get(day, []), closed.get(day), missed.get(day, 0)),
                                 s.cell))
            if day in by_day:
                shaded.append(("BACKGROUND", (k + 1, week), (k + 1, week), SHADE))
        rows.append(row)
        monday += dt.timedelta(days=7)
        week += 1
    out: list[Flowable] = [
        Paragraph("Schedule", ctx.styles.h2),
        Paragraph(f"{fig.total_sessions} sessions on {len(by_day)} treatment days, "
                  f"{english_date(fig.start_date, '%a %d %b %Y')} to "
                  f"{english_date(fig.end_date, '%a %d %b %Y')}. "
                  "Each treatment day shows its start time(s) and session numbers.", s.small),
        grid(rows, [0.07 * width] + [0.93 * width / 7] * 7, extra=shaded),
    ]
    if fig.skipped or fig.missed:
        out.append(Paragraph("Skipped and missed dates", s.h3))
        lines = [f"{english_date(d.date, '%a %d %b %Y')}: {text(d.reason)}" for d in fig.skipped]
        lines += [f"{english_date(m.start, '%a %d %b %Y %H:%M')}: missed; the course was re-planned after it"
                  for m in fig.missed]
        out.append(Paragraph("<br/>".join(lines), s.small))
    if ctx.plan.schedule.holiday_country:
        out.append(Paragraph(f"Public holidays: calendar {text(ctx.plan.schedule.holiday_country)} "
                             "(from the 'holidays' package).", s.small))
    if fig.sessions_per_day > 1:
        out += day_timetable(ctx, width)
    return out


def day_timetable(ctx: ReportContext, width: float) -> list[Flowable]:
    """The clock times of one accelerated treatment day, with the pause before each session."""
    s, fig = ctx.styles, ctx.figures
    day = fig.sessions[: fig.sessions_per_day]
    length = dt.timedelta(seconds=fig.session_duration_s)
    rows = [[Paragraph(f"<b>{h}</b>", s.cell) for h in ("Session", "Start", "End of stimulation", "Pause before")]]
    previous_end = None
    for session in day:
        end = session.start + length
        pause = "" if previous_end is None else f"{(session.start - previous_end).total_seconds() / 60:.0f} min"
        rows.append([Paragraph(str(session.index_in_day), s.cell), Paragraph(f"{session.start:%H:%M}", s.cell),
                     Paragraph(f"{end:%H:%M:%S}", s.cell), Paragraph(pause, s.cell)])
        previous_end = end
    return [Paragraph("Accelerated day timetable (every treatment day)", s.h3),
            grid(rows, [0.15 * width, 0.2 * width, 0.25 * width, 0.2 * width])]
