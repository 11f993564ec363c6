"""Course-level figures derived from a plan: pulses, durations, sessions, dates."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from tmsplanner.core.dosing import BlockDose, block_doses, intensity_on_day, round_half_up
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE, UnknownHolidayCalendar
from tmsplanner.core.plan import Plan
from tmsplanner.core.schedule import ACUTE, Calendar, Session, SkippedDate, build_calendar, slot_minutes


@dataclass(frozen=True, slots=True)
class CourseFigures:
    """Everything the checks, the GUI and the PDF show about a plan's dose."""

    blocks: list[BlockDose]
    pulses_per_session: int
    session_duration_s: float
    session_duration_with_final_pause_s: float
    sessions_per_day: int
    pulses_per_day: int
    slot_min: int
    sessions: list[Session]
    missed: list[Session]
    skipped: list[SkippedDate]
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


def session_mso_to_set(plan: Plan, figures: CourseFigures, session: Session) -> list[int]:
    """The %MSO to set at one session for each block, following an intensity titration on its ramp days."""
    values = []
    for block, dose in zip(plan.blocks, figures.blocks, strict=True):
        pct_mt = intensity_on_day(block, session.day_number) if session.phase == ACUTE else block.intensity_pct_mt
        values.append(dose.intensity_pct_mso_to_set if pct_mt == block.intensity_pct_mt
                      else round_half_up(dose.mt_pct_mso * pct_mt / 100))
    return values


def _fallback(plan: Plan, calendar: Calendar) -> list[Session]:
    """A calendar with no open day at all still needs a date to show; validation keeps this theoretical."""
    start = dt.datetime.combine(plan.schedule.start_date, plan.schedule.first_session_time)
    return [Session(1, 1, 1, start)]


def figures_as_json(figures: CourseFigures) -> dict[str, Any]:
    """Return the figures as plain JSON-ready data (the CLI's ``derived``)."""
    return {
        "pulses_per_session": figures.pulses_per_session,
        "session_duration_s": round(figures.session_duration_s, 3),
        "session_duration_counts_final_pause": False,
        "session_duration_with_final_pause_s": round(figures.session_duration_with_final_pause_s, 3),
        "sessions_per_day": figures.sessions_per_day,
        "pulses_per_day": figures.pulses_per_day,
        "total_sessions": figures.total_sessions,
        "total_pulses": figures.total_pulses,
        "total_stimulation_s": round(figures.total_stimulation_s, 3),
        "start_date": figures.start_date.isoformat(),
        "end_date": figures.end_date.isoformat(),
        "sessions": [
            {"date": s.date.isoformat(), "time": s.time.strftime("%H:%M"), "phase": s.phase,
             **({"mt_retest": list(s.mt_retest)} if s.mt_retest else {})}
            for s in figures.sessions
        ],
        "missed_sessions": [{"date": s.date.isoformat(), "time": s.time.strftime("%H:%M")} for s in figures.missed],
        "skipped_dates": [{"date": d.date.isoformat(), "reason": d.reason} for d in figures.skipped],
        "blocks": [
            {
                "pulses_per_train": b.pulses_per_train,
                "train_duration_s": round(b.train_duration_s, 4),
                "pulses": b.pulses,
                "duration_s": round(b.duration_s, 3),
                "mt_pct_mso": round(b.mt_pct_mso, 2),
                "depth_corrected": b.depth_corrected,
                "intensity_pct_mso": round(b.intensity_pct_mso, 2),
                "intensity_pct_mso_to_set": b.intensity_pct_mso_to_set,
                "nested_timing": {
                    "pulses_in_burst": b.timing.pulses_in_burst,
                    "inter_pulse_interval": round(b.timing.inter_pulse_interval_s, 6),
                    "bursts_in_train": b.timing.bursts_in_train,
                    "inter_burst_interval": round(b.timing.inter_burst_interval_s, 6),
                    "trains_in_protocol": b.timing.trains_in_protocol,
                    "inter_train_interval": round(b.timing.inter_train_interval_s, 6),
                },
            }
            for b in figures.blocks
        ],
    }
