"""Course-level figures derived from a plan: pulses, durations, sessions, dates.

What the views show per block and per session is built from these in ``core.course_view``.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from tmsplanner.core.dosing import BlockDose, block_doses
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE, UnknownHolidayCalendar
from tmsplanner.core.plan import Plan
from tmsplanner.core.schedule import Calendar, Session, SkippedDate, build_calendar, slot_minutes


class CourseFigures(NamedTuple):
    """Everything the checks, the GUI and the PDF show about a plan's dose."""

    blocks: list[BlockDose]
    pulses_per_session: int
    session_duration_s: float
    session_duration_with_final_pause_s: float
    sessions_per_day: int
    pulses_per_day: int
    slot_min: int
    sessions: tuple[Session, ...]
    missed: tuple[Session, ...]
    skipped: tuple[SkippedDate, ...]
    total_sessions: int
    total_pulses: int
    total_stimulation_s: float
    start_date: dt.date
    end_date: dt.date
    holiday_error: str | None = None
    language: str = DEFAULT_LANGUAGE

    @property
    def last_session_end(self) -> dt.datetime:
        """When the last session of the busiest day ends."""
        return self.sessions[-1].start + dt.timedelta(seconds=self.session_duration_s)


def course_figures(plan: Plan, depth_slope_pct_mso_per_mm: float,
                   language: str = DEFAULT_LANGUAGE) -> CourseFigures:
    """Derive the course figures of a plan.

    Parameters
    ----------
    plan : Plan
        A validated plan.
    depth_slope_pct_mso_per_mm : float
        Motor-threshold change per millimetre of extra scalp-to-cortex distance,
        from the evidence base.
    language : str
        The application's language ('en', 'ru', 'uk', 'ru_RU'...): the language
        of holiday names where the plan's holiday calendar has it. Never taken
        from the process environment.
    """
    doses = block_doses(plan, depth_slope_pct_mso_per_mm)
    per_session = sum(d.pulses for d in doses)
    duration = sum(d.duration_s for d in doses)
    with_pause = sum(d.duration_with_final_pause_s for d in doses)
    holiday_error = None
    try:
        calendar = build_calendar(plan, duration, language)
    except UnknownHolidayCalendar as exc:
        holiday_error = str(exc)
        calendar = build_calendar(plan.model_copy(update={"schedule": plan.schedule.model_copy(
            update={"holiday_country": None})}), duration, language)
    sessions = calendar.sessions or _fallback(plan, calendar)
    return CourseFigures(
        blocks=doses,
        pulses_per_session=per_session,
        session_duration_s=duration,
        session_duration_with_final_pause_s=with_pause,
        sessions_per_day=plan.schedule.sessions_per_day,
        pulses_per_day=per_session * plan.schedule.sessions_per_day,
        slot_min=slot_minutes(plan.schedule, duration),
        sessions=sessions,
        missed=calendar.missed,
        skipped=calendar.skipped,
        holiday_error=holiday_error,
        total_sessions=len(sessions),
        total_pulses=per_session * len(sessions),
        total_stimulation_s=duration * len(sessions),
        start_date=sessions[0].date,
        end_date=sessions[-1].date,
        language=language,
    )


def _fallback(plan: Plan, calendar: Calendar) -> tuple[Session, ...]:
    """A calendar with no open day at all still needs a date to show; validation keeps this theoretical."""
    start = dt.datetime.combine(plan.schedule.start_date, plan.schedule.first_session_time)
    return (Session(1, 1, 1, start),)
