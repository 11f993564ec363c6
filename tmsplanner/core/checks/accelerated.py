"""Several sessions a day, compared with the published accelerated schedules."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.delivery_flags import late_sessions
from tmsplanner.core.evidence.models import ParamValue
from tmsplanner.core.memo import by_identity
from tmsplanner.core.schedule import Session


def check_accelerated(ctx: CheckContext) -> Iterator[Finding]:
    """ACC-001..003: interval, sessions and pulses per day against published schedules."""
    schedule = ctx.plan.schedule
    refs = ctx.kb.accelerated
    if schedule.sessions_per_day < 2 or not refs:
        return
    cited = tuple(dict.fromkeys(c for r in refs for c in r.citations))
    shortest = min(refs, key=lambda r: r.intersession_interval_min)
    if schedule.intersession_interval_min < shortest.intersession_interval_min:
        yield ctx.finding(
            "ACC-001", "schedule.intersession_interval_min", citations=cited,
            interval=schedule.intersession_interval_min, ref_interval=shortest.intersession_interval_min,
            ref=shortest.name,
        )
    most = max(refs, key=lambda r: r.sessions_per_day)
    if schedule.sessions_per_day > most.sessions_per_day:
        yield ctx.finding(
            "ACC-002", "schedule.sessions_per_day", citations=cited,
            sessions=schedule.sessions_per_day, ref_sessions=most.sessions_per_day, ref=most.name,
        )
    densest = max(refs, key=lambda r: r.sessions_per_day * r.pulses_per_session)
    ref_pulses = densest.sessions_per_day * densest.pulses_per_session
    if ctx.figures.pulses_per_day > ref_pulses:
        yield ctx.finding(
            "ACC-003", "schedule.sessions_per_day", citations=cited,
            pulses=ctx.figures.pulses_per_day, ref_pulses=ref_pulses, ref=densest.name,
        )


@by_identity()
def _past_its_day(sessions: tuple[Session, ...], duration_s: float) -> bool:
    """Whether a session ends on another date than its treatment day began (kept by calendar)."""
    length = dt.timedelta(seconds=duration_s)
    first_of_day: dict[int, dt.date] = {}
    for s in sessions:
        if s.day_number:
            first_of_day.setdefault(s.day_number, s.start.date())
    return any((s.start + length).date() != first_of_day.get(s.day_number, s.start.date()) for s in sessions)


def check_day_fits(ctx: CheckContext) -> Iterator[Finding]:
    """SCHED-001: every session must end on its treatment day (not after midnight)."""
    if _past_its_day(ctx.figures.sessions, ctx.figures.session_duration_s):
        yield ctx.finding(
            "SCHED-001", "schedule.sessions_per_day",
            sessions=ctx.plan.schedule.sessions_per_day,
            start=ctx.plan.schedule.first_session_time.replace(second=0, microsecond=0), slot=ctx.figures.slot_min,
        )


def check_clinic_hours(ctx: CheckContext) -> Iterator[Finding]:
    """SCHED-002: the last session of a treatment day ends after the clinic closes."""
    closing = ctx.plan.schedule.clinic_closing_time
    if closing is None:
        return
    closing = closing.replace(tzinfo=None)  # plan times are local clock times (the model refuses an offset)
    length = dt.timedelta(seconds=ctx.figures.session_duration_s)
    sessions = ctx.figures.sessions
    late = [sessions[k - 1] for k in sorted(late_sessions(sessions, ctx.figures.session_duration_s, closing))]
    if late:
        last = max(late, key=lambda s: (s.start + length).time())
        end = (last.start + length).time().replace(second=0, microsecond=0)
        latest = _latest_first_start(ctx, closing, length)
        params: dict[str, ParamValue] = {"count": len(late), "end": end,
                                         "closing": closing.replace(second=0, microsecond=0)}
        if latest is not None:
            params["latest_start"] = latest
        variant = "latest_start" if latest is not None else None
        yield ctx.finding("SCHED-002", "schedule.clinic_closing_time", variant=variant, values=params)


def _latest_first_start(ctx: CheckContext, closing: dt.time, length: dt.timedelta) -> dt.time | None:
    """The latest first-session time at which every treatment day ends by closing time, to the minute
    (rounded down); None if even a start at midnight would not do."""
    first = ctx.plan.schedule.first_session_time.replace(tzinfo=None)
    days: dict[dt.date, dt.datetime] = {}
    for session in ctx.figures.sessions:
        end = session.start + length
        days[session.date] = max(days.get(session.date, end), end)
    span = max(end - dt.datetime.combine(day, first) for day, end in days.items())
    room = dt.datetime.combine(dt.date.min, closing) - dt.datetime.combine(dt.date.min, dt.time(0, 0))
    if span > room:
        return None
    latest = dt.datetime.combine(dt.date.min, dt.time(0, 0)) + (room - span)
    return latest.time().replace(second=0, microsecond=0)


def check_holiday_calendar(ctx: CheckContext) -> Iterator[Finding]:
    """SCHED-003: the plan names a holiday calendar that is not known."""
    country = ctx.plan.schedule.holiday_country
    if ctx.figures.holiday_error and country:
        yield ctx.finding("SCHED-003", "schedule.holiday_country", calendar=country)
