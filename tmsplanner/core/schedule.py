"""The concrete session list: the date and clock time of every session.

Acute course: treatment days fall on the plan's weekdays (Monday to Friday by
default), skipping public holidays of the plan's calendar and clinic
closures; missed sessions are kept in the record and the course re-flows so
that the planned number of sessions is still delivered (the end date moves).
Within a day, sessions follow one another at a fixed slot: the session length
rounded up to whole minutes plus the interval between sessions, so an
accelerated day keeps round clock times (a 592 s session with 50 min between
sessions starts every hour).

Taper and maintenance phases follow the acute course week by week; a missed
session there is recorded but not re-flowed.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import OrderedDict
from enum import StrEnum
from typing import NamedTuple

from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE, HolidayLookup, holiday_lookup
from tmsplanner.core.plan import Phase, Plan, Schedule


class PhaseKind(StrEnum):
    """Which part of the course a session belongs to (an id; the user's phase name is kept apart)."""

    ACUTE = "acute"
    TAPER = "taper"
    MAINTENANCE = "maintenance"


ACUTE = PhaseKind.ACUTE


class SkipReason(StrEnum):
    """Why a planned treatment date was not used."""

    HOLIDAY = "holiday"
    CLOSURE = "closure"
    MISSED = "missed"


class RetestKind(StrEnum):
    """Why a motor-threshold re-test is due."""

    INTERVAL = "interval"
    MEDICATION_CHANGE = "medication_change"


class RetestReason(NamedTuple):
    """One reason for a motor-threshold re-test: every ``every_days`` days, or after ``medication`` changed."""

    kind: RetestKind
    every_days: int | None = None
    medication: str | None = None


def phase_kind(phase: Phase) -> PhaseKind:
    """Taper or maintenance, from the phase's rhythm (the plan stores only a display name).

    A phase with sessions less often than weekly (``every_weeks`` > 1) or
    lasting longer than four weeks is maintenance; a shorter weekly phase is a
    taper.
    """
    if phase.every_weeks > 1 or phase.weeks > 4:
        return PhaseKind.MAINTENANCE
    return PhaseKind.TAPER

# Which weekdays (0 = Monday) a course uses for a given number of days a week,
# spread through the week so that rest days are not bunched.
DEFAULT_WEEKDAYS: dict[int, tuple[int, ...]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}
# How far ahead the acute course may run. Long enough for every schedule the
# plan format allows, so that no course is cut: 365 treatment days on one
# weekday, with all 366 closures and 500 missed days on that weekday and its
# public holidays, need fewer than 30 years. From the last start date the plan
# format allows (2100-12-31), this and ten phases of 104 weeks stay far within
# the dates Python can compute.
MAX_CALENDAR_DAYS = 40 * 366


class Session(NamedTuple):
    """One session on the calendar.

    ``number`` counts delivered sessions (0 for a missed one); ``day_number``
    counts treatment days of the acute course (0 in later phases), a missed day
    included; ``delivered_day`` counts the acute treatment days on which a
    session is delivered, this one's day included (a titration ramp advances by
    it, so a missed day never skips a step). ``phase``
    is the id of the course part; ``phase_name`` the name the plan gives a
    taper or maintenance phase (None in the acute course).
    """

    number: int
    day_number: int
    index_in_day: int
    start: dt.datetime
    phase: PhaseKind = ACUTE
    missed: bool = False
    mt_retest: tuple[RetestReason, ...] = ()
    phase_name: str | None = None
    delivered_day: int = 0

    @property
    def date(self) -> dt.date:
        """Calendar date of the session."""
        return self.start.date()

    @property
    def time(self) -> dt.time:
        """Clock time of the session's start."""
        return self.start.time()


class SkippedDate(NamedTuple):
    """A weekday the course would have used, and why it did not.

    ``reason`` is an id; ``holiday`` is the public holiday's name (in the
    language the calendar was built for), None for a clinic closure.
    """

    date: dt.date
    reason: SkipReason
    holiday: str | None = None


class Calendar(NamedTuple):
    """Sessions delivered (in order), sessions missed, and skipped dates."""

    sessions: tuple[Session, ...]
    missed: tuple[Session, ...]
    skipped: tuple[SkippedDate, ...]


def treatment_weekdays(schedule: Schedule) -> tuple[int, ...]:
    """Return the weekdays (0 = Monday) on which the course runs."""
    if schedule.weekdays:
        return tuple(sorted(schedule.weekdays))
    return DEFAULT_WEEKDAYS[schedule.days_per_week]


def session_minutes(session_duration_s: float) -> int:
    """The session length rounded up to whole minutes (what a day plan or a calendar event reserves)."""
    return math.ceil(session_duration_s / 60)


def slot_minutes(schedule: Schedule, session_duration_s: float) -> int:
    """Return the minutes from one session's start to the next on the same day."""
    return session_minutes(session_duration_s) + math.ceil(schedule.intersession_interval_min)


def _closed(day: dt.date, closures: set[dt.date], holidays: HolidayLookup) -> SkippedDate | None:
    name = holidays(day)
    if name:
        return SkippedDate(day, SkipReason.HOLIDAY, name)
    if day in closures:
        return SkippedDate(day, SkipReason.CLOSURE)
    return None


def _acute(schedule: Schedule, duration_s: float, holidays: HolidayLookup) -> Calendar:
    weekdays = set(treatment_weekdays(schedule))
    slot = dt.timedelta(minutes=slot_minutes(schedule, duration_s))
    missed_days = {m.date for m in schedule.missed_sessions if m.index_in_day is None}
    missed_slots = {(m.date, m.index_in_day) for m in schedule.missed_sessions if m.index_in_day}
    target = schedule.treatment_days * schedule.sessions_per_day
    sessions: list[Session] = []
    missed: list[Session] = []
    skipped: list[SkippedDate] = []
    closures = set(schedule.closures)
    day, day_number, delivered_days = schedule.start_date, 0, 0
    while len(sessions) < target and (day - schedule.start_date).days < MAX_CALENDAR_DAYS:
        closed = _closed(day, closures, holidays) if day.weekday() in weekdays else None
        if closed:
            skipped.append(closed)
        elif day.weekday() in weekdays:
            day_number += 1
            first = dt.datetime.combine(day, schedule.first_session_time)
            delivered_today = False
            for k in range(1, schedule.sessions_per_day + 1):
                if len(sessions) >= target:
                    break
                start = first + (k - 1) * slot
                if day in missed_days or (day, k) in missed_slots:
                    missed.append(Session(0, day_number, k, start, missed=True, delivered_day=delivered_days))
                else:
                    if not delivered_today:
                        delivered_today, delivered_days = True, delivered_days + 1
                    sessions.append(Session(len(sessions) + 1, day_number, k, start,
                                            delivered_day=delivered_days))
        day += dt.timedelta(days=1)
    return Calendar(tuple(sessions), tuple(missed), tuple(skipped))


def _phase_sessions(phase: Phase, after: dt.date, schedule: Schedule, holidays: HolidayLookup,
                    first_number: int) -> tuple[list[Session], list[SkippedDate], dt.date]:
    """Sessions of one phase, starting the Monday after ``after``; returns them and the phase's last day."""
    monday = after + dt.timedelta(days=7 - after.weekday())
    wanted = DEFAULT_WEEKDAYS[phase.sessions_per_week]
    sessions: list[Session] = []
    skipped: list[SkippedDate] = []
    closures = set(schedule.closures)
    last = after
    for week in range(phase.weeks):
        week_start = monday + dt.timedelta(weeks=week)
        last = week_start + dt.timedelta(days=6)
        if week % phase.every_weeks:
            continue
        open_days = []
        for offset in range(7):
            day = week_start + dt.timedelta(days=offset)
            closed = _closed(day, closures, holidays)
            if closed and offset in wanted:
                skipped.append(closed)
            if not closed:
                open_days.append(offset)
        # The planned weekdays, moved to the next open weekday of the same week when closed.
        chosen = [d for d in wanted if d in open_days]
        spare = [d for d in open_days if d not in chosen and d < 5]
        while len(chosen) < len(wanted) and spare:
            chosen.append(spare.pop(0))
        for offset in sorted(chosen):
            start = dt.datetime.combine(week_start + dt.timedelta(days=offset), schedule.first_session_time)
            sessions.append(Session(first_number + len(sessions), 0, 1, start, phase=phase_kind(phase),
                                    phase_name=phase.name))
    return sessions, skipped, last


def _retests(plan: Plan, sessions: list[Session]) -> list[Session]:
    """Mark the sessions at which the motor threshold is to be re-determined."""
    every = plan.schedule.mt_retest_every_days
    due: dict[int, list[RetestReason]] = {}
    if every:
        mark = plan.motor_threshold.measured_on + dt.timedelta(days=every)
        for i, session in enumerate(sessions):
            if session.date >= mark:
                due.setdefault(i, []).append(RetestReason(RetestKind.INTERVAL, every_days=every))
                mark = session.date + dt.timedelta(days=every)
    measured = plan.motor_threshold.measured_on
    for med in plan.medications:
        # A threshold measured after the change already reflects it; one measured that day may not.
        if med.changed_on is None or med.changed_on < measured:
            continue
        after = next((k for k, s in enumerate(sessions) if s.date > med.changed_on), None)
        if after is not None:
            due.setdefault(after, []).append(RetestReason(RetestKind.MEDICATION_CHANGE, medication=med.name))
    return [_with_retest(s, tuple(due[i])) if i in due else s for i, s in enumerate(sessions)]


def _with_retest(session: Session, reasons: tuple[RetestReason, ...]) -> Session:
    return session._replace(mt_retest=reasons)


# The calendars made last, by everything a calendar is made from (see calendar_inputs): an edit that
# leaves them as they are (an intensity, a pattern's pulses) reuses the calendar instead of walking
# every day of the course again.
_CALENDARS: OrderedDict[tuple[str, str, str, float, str], Calendar] = OrderedDict()
_CALENDARS_KEPT = 8


def calendar_inputs(plan: Plan, session_duration_s: float,
                    language: str = DEFAULT_LANGUAGE) -> tuple[str, str, str, float, str]:
    """Everything :func:`build_calendar` reads: the schedule, the motor threshold (its date starts the
    re-test interval), the medications (a change calls for a re-test), the session's length and the language.

    The models are keyed by their ``repr``, which names every field's value: their JSON would build a
    serializer for each of these models on first use (several milliseconds at every start)."""
    return (repr(plan.schedule), repr(plan.motor_threshold), repr(plan.medications), session_duration_s, language)


def build_calendar(plan: Plan, session_duration_s: float, language: str = DEFAULT_LANGUAGE) -> Calendar:
    """Every session of the course, acute phase then taper and maintenance.

    Holiday names are in ``language`` (the application's language) where the
    plan's holiday calendar supports it, else in the country's own language.
    The last few calendars are kept by :func:`calendar_inputs`: a call with
    the same inputs returns the same (immutable) calendar, so what is computed
    from its sessions can be kept by their identity (:mod:`tmsplanner.core.memo`).

    Raises
    ------
    tmsplanner.core.holiday_calendar.UnknownHolidayCalendar
        If the plan names a holiday calendar the holidays package does not know.
    """
    key = calendar_inputs(plan, session_duration_s, language)
    found = _CALENDARS.get(key)
    if found is None:
        found = _CALENDARS[key] = make_calendar(plan, session_duration_s, language)
        while len(_CALENDARS) > _CALENDARS_KEPT:
            _CALENDARS.popitem(last=False)
    else:
        _CALENDARS.move_to_end(key)
    return found


def make_calendar(plan: Plan, session_duration_s: float, language: str = DEFAULT_LANGUAGE) -> Calendar:
    """:func:`build_calendar` without the kept calendars: every day of the course walked."""
    schedule = plan.schedule
    holidays = holiday_lookup(schedule.holiday_country, schedule.start_date, language=language)
    acute = _acute(schedule, session_duration_s, holidays)
    sessions, skipped, missed = list(acute.sessions), list(acute.skipped), list(acute.missed)
    after = sessions[-1].date if sessions else schedule.start_date
    marked = {(m.date, m.index_in_day or 1) for m in schedule.missed_sessions}
    for phase in schedule.phases:
        more, closed, after = _phase_sessions(phase, after, schedule, holidays, len(sessions) + 1)
        # Taper and maintenance sessions are not re-flowed: a missed one is recorded as missed.
        for session in more:
            if (session.date, 1) in marked:
                missed.append(Session(0, 0, 1, session.start, phase=session.phase, missed=True,
                                      phase_name=session.phase_name))
            else:
                sessions.append(Session(len(sessions) + 1, 0, 1, session.start, phase=session.phase,
                                        phase_name=session.phase_name))
        skipped += closed
    return Calendar(tuple(_retests(plan, sessions)), tuple(missed), tuple(skipped))


def session_list(schedule: Schedule, session_duration_s: float) -> list[Session]:
    """The acute sessions of a schedule without holidays (kept for simple callers)."""
    return list(_acute(schedule, session_duration_s, lambda day: None).sessions)


def treatment_dates(schedule: Schedule) -> list[dt.date]:
    """The date of every acute treatment day (without holidays), in order."""
    return sorted({s.date for s in session_list(schedule, 0.0)})
