"""The schedule as a week-by-week calendar of every session."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph

from tmsplanner.core.course_view import DayTimetable, NotDelivered
from tmsplanner.core.dates import english_date
from tmsplanner.core.labels import phase_words, skip_reason_words
from tmsplanner.core.schedule import ACUTE
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.styles import SHADE
from tmsplanner.report.tables import grid

WEEKDAYS_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _cell_text(day: dt.date, treated: DayTimetable | None, closed: NotDelivered | None, missed: int) -> str:
    head = f"<b>{english_date(day, '%d %b')}</b>"
    notes = ""
    if closed:
        why = closed.holiday if closed.holiday else skip_reason_words(closed.reason, None)
        notes += f"<br/><font size='6.5'>closed: {text(why)}</font>"
    if missed:
        notes += f"<br/><font size='6.5'>{missed} missed</font>"
    if treated is None:
        return f"<font color='#8a8a8a'>{english_date(day, '%d %b')}</font>{notes}"
    sessions = treated.sessions
    if treated.phase != ACUTE:
        head += f" <font size='6.5'>{text(phase_words(treated.phase, treated.phase_name))}</font>"
    if any(s.mt_retest_due for s in sessions):
        notes += "<br/><font size='6.5'>MT re-test</font>"
    numbers = (f"#{sessions[0].index}" if len(sessions) == 1
               else f"#{sessions[0].index}–{sessions[-1].index}")
    if len(sessions) == 1:
        return f"{head}<br/>{sessions[0].start:%H:%M} · {numbers}{notes}"
    return (f"{head}<br/>{len(sessions)} × {sessions[0].start:%H:%M}–{sessions[-1].start:%H:%M}<br/>{numbers}"
            f"{notes}")


def _not_delivered_line(item: NotDelivered) -> str:
    if item.start is not None:
        return f"{english_date(item.start, '%a %d %b %Y %H:%M')}: missed; the course was re-planned after it"
    return f"{english_date(item.date, '%a %d %b %Y')}: {text(skip_reason_words(item.reason, item.holiday))}"


def calendar_section(ctx: ReportContext, width: float) -> list[Flowable]:
    """Week rows, Monday to Sunday; each treatment day shows its time(s) and session numbers."""
    s, view = ctx.styles, ctx.view
    fig = view.figures
    by_day = {d.date: d for d in view.days}
    closed = {d.date: d for d in view.skipped}
    missed: dict[dt.date, int] = {}
    for item in view.missed:
        missed[item.date] = missed.get(item.date, 0) + 1
    monday = ctx.plan.schedule.start_date - dt.timedelta(days=ctx.plan.schedule.start_date.weekday())
    rows = [[Paragraph(f"<b>{d}</b>", s.cell) for d in ("Week", *WEEKDAYS_SHORT)]]
    shaded = []
    week = 1
    while monday <= fig.end_date:
        row = [Paragraph(f"{week}", s.cell)]
        for k in range(7):
            day = monday + dt.timedelta(days=k)
            row.append(Paragraph(_cell_text(day, by_day.get(day), closed.get(day), missed.get(day, 0)), s.cell))
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
    if view.not_delivered:
        out.append(Paragraph("Skipped and missed dates", s.h3))
        out.append(Paragraph("<br/>".join(_not_delivered_line(d) for d in view.not_delivered), s.small))
    if ctx.plan.schedule.holiday_country:
        out.append(Paragraph(f"Public holidays: calendar {text(ctx.plan.schedule.holiday_country)} "
                             "(from the 'holidays' package).", s.small))
    if view.day_timetable:
        out += day_timetable(ctx, width)
    return out


def day_timetable(ctx: ReportContext, width: float) -> list[Flowable]:
    """The clock times of one accelerated treatment day, with the pause before each session."""
    s = ctx.styles
    rows = [[Paragraph(f"<b>{h}</b>", s.cell) for h in ("Session", "Start", "End of stimulation", "Pause before")]]
    for slot in ctx.view.day_timetable:
        pause = "" if slot.pause_before_min is None else f"{slot.pause_before_min} min"
        rows.append([Paragraph(str(slot.index_in_day), s.cell), Paragraph(f"{slot.start:%H:%M}", s.cell),
                     Paragraph(f"{slot.end:%H:%M:%S}", s.cell), Paragraph(pause, s.cell)])
    return [Paragraph("Accelerated day timetable (every treatment day)", s.h3),
            grid(rows, [0.15 * width, 0.2 * width, 0.25 * width, 0.2 * width])]
