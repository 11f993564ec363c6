"""The concrete session list: the date and clock time of every session.

Treatment days fall on the plan's weekdays (Monday to Friday by default).
Within a day, sessions follow one another at a fixed slot: the session length
rounded up to whole minutes plus the interval between sessions, so an
accelerated day keeps to round clock times (a 592 s session with 50 min
between sessions starts every hour).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from tmsplanner.core.plan import Schedule

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


@dataclass(frozen=True, slots=True)
class Session:
    """One planned session."""

    number: int
    day_number: int
    index_in_day: int
    start: dt.datetime

    @property
    def date(self) -> dt.date:
        """Calendar date of the session."""
        return self.start.date()

    @property
    def time(self) -> dt.time:
        """Clock time of the session's start."""
        return self.start.time()


def treatment_weekdays(schedule: Schedule) -> tuple[int, ...]:
    """Return the weekdays (0 = Monday) on which the course runs."""
    if schedule.weekdays:
        return tuple(sorted(schedule.weekdays))
    return DEFAULT_WEEKDAYS[schedule.days_per_week]


def treatment_dates(schedule: Schedule) -> list[dt.date]:
    """Return the date of every treatment day, in order."""
    weekdays = set(treatment_weekdays(schedule))
    dates: list[dt.date] = []
    day = schedule.start_date
    while len(dates) < schedule.treatment_days:
        if day.weekday() in weekdays:
            dates.append(day)
        day += dt.timedelta(days=1)
    return dates


def slot_minutes(schedule: Schedule, session_duration_s: float) -> int:
    """Return the minutes from one session's start to the next on the same day."""
    return math.ceil(session_duration_s / 60) + math.ceil(schedule.intersession_interval_min)


def session_list(schedule: Schedule, session_duration_s: float) -> list[Session]:
    """Return every session of the course with its start date and time."""
    slot = dt.timedelta(minutes=slot_minutes(schedule, session_duration_s))
    sessions: list[Session] = []
    for day_number, day in enumerate(treatment_dates(schedule), start=1):
        first = dt.datetime.combine(day, schedule.first_session_time)
        for k in range(schedule.sessions_per_day):
            sessions.append(
                Session(
                    number=len(sessions) + 1,
                    day_number=day_number,
                    index_in_day=k + 1,
                    start=first + k * slot,
                )
            )
    return sessions
