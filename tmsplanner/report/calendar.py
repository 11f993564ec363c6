"""The schedule as a week-by-week calendar of every session."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from tmsplanner.core.course_view import DayTimetable, NotDelivered
from tmsplanner.core.labels import phase_words, skip_reason_words
from tmsplanner.core.schedule import ACUTE
from tmsplanner.report.context import ReportContext, text
from tmsplanner.report.paragraph import Paragraph
from tmsplanner.report.rows import Cell, Line, Row, RowTable
from tmsplanner.report.styles import MUTED
from tmsplanner.report.tables import grid

SMALL = 7.5


def _cell(ctx: ReportContext, day: dt.date, treated: DayTimetable | None, closed: NotDelivered | None,
          missed: int) -> list[Line]:
    notes = []
    if closed:
        why = closed.holiday if closed.holiday else skip_reason_words(closed.reason, None, ctx.catalogue)
        notes.append(Line(ctx.t("closed: {why}", why=why), size=SMALL))
    if missed:
        notes.append(Line(ctx.tn("{n} missed", "{n} missed", missed), size=SMALL))
    if treated is None:
        return [Line(ctx.day(day, "%d %b"), colour=MUTED), *notes]
    sessions = treated.sessions
    head = [Line(ctx.day(day, "%d %b"), bold=True)]
    if treated.phase != ACUTE:
        head.append(Line(phase_words(treated.phase, treated.phase_name, ctx.catalogue), size=SMALL))
    if any(s.mt_retest_due for s in sessions):
        notes.append(Line(ctx.t("MT re-test"), size=SMALL))
    if len(sessions) == 1:
        return [*head, Line(f"{sessions[0].start:%H:%M} · #{sessions[0].index}"), *notes]
    return [*head, Line(f"{len(sessions)} × {sessions[0].start:%H:%M}–{sessions[-1].start:%H:%M}"),
            Line(f"#{sessions[0].index}–{sessions[-1].index}"), *notes]


def _not_delivered_line(ctx: ReportContext, item: NotDelivered) -> str:
    if item.start is not None:
        when = f"{ctx.day(item.start, '%a %d %b %Y')} {item.start:%H:%M}"
        return ctx.t("{date}: missed; the course was re-planned after it", date=when)
    return f"{ctx.day(item.date, '%a %d %b %Y')}: {text(skip_reason_words(item.reason, item.holiday, ctx.catalogue))}"


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
    weekdays = [ctx.day(monday + dt.timedelta(days=k), "%a") for k in range(7)]  # Mon ... Sun
    header = [Line(d, bold=True) for d in (ctx.t("Week"), *weekdays)]
    rows = []
    week = 1
    while monday <= fig.end_date:
        cells: list[Cell] = [str(week)]
        shaded = set()
        for k in range(7):
            day = monday + dt.timedelta(days=k)
            cells.append(_cell(ctx, day, by_day.get(day), closed.get(day), missed.get(day, 0)))
            if day in by_day:
                shaded.add(k + 1)
        rows.append(Row(tuple(cells), frozenset(shaded)))
        monday += dt.timedelta(days=7)
        week += 1
    out: list[Flowable] = [
        Paragraph(ctx.t("Schedule"), ctx.styles.h2),
        Paragraph(ctx.t("{sessions} sessions on {days} treatment days, {start} to {end}.",
                        sessions=fig.total_sessions, days=len(by_day), start=ctx.day(fig.start_date, "%a %d %b %Y"),
                        end=ctx.day(fig.end_date, "%a %d %b %Y"))
                  + " " + ctx.t("Each treatment day shows its start time(s) and session numbers."), s.lead),
        RowTable(header, rows, [0.07 * width] + [0.93 * width / 7] * 7),
    ]
    if view.not_delivered:
        out.append(Paragraph(ctx.t("Skipped and missed dates"), s.h3))
        out.append(Paragraph("<br/>".join(_not_delivered_line(ctx, d) for d in view.not_delivered), s.small))
    if ctx.plan.schedule.holiday_country:
        out.append(Paragraph(ctx.t("Public holidays: calendar {calendar} (from the 'holidays' package).",
                                   calendar=text(ctx.plan.schedule.holiday_country)), s.small))
    if view.day_timetable:
        out += day_timetable(ctx, width)
    return out


def day_timetable(ctx: ReportContext, width: float) -> list[Flowable]:
    """The clock times of one accelerated treatment day, with the pause before each session."""
    s = ctx.styles
    rows = [[Paragraph(f"<b>{h}</b>", s.cell)
             for h in (ctx.t("Session"), ctx.t("Start"), ctx.t("End of stimulation"), ctx.t("Pause before"))]]
    for slot in ctx.view.day_timetable:
        pause = "" if slot.pause_before_min is None else ctx.t("{minutes} min", minutes=slot.pause_before_min)
        rows.append([Paragraph(str(slot.index_in_day), s.cell), Paragraph(f"{slot.start:%H:%M}", s.cell),
                     Paragraph(f"{slot.end:%H:%M:%S}", s.cell), Paragraph(pause, s.cell)])
    return [Paragraph(ctx.t("Accelerated day timetable (every treatment day)"), s.h3),
            grid(rows, [0.15 * width, 0.2 * width, 0.25 * width, 0.2 * width])]
