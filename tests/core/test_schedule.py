"""The concrete session list."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tmsplanner.core.plan import Schedule
from tmsplanner.core.schedule import session_list, treatment_dates

MONDAY = dt.date(2026, 11, 23)


def test_weekdays_only_by_default() -> None:
    dates = treatment_dates(Schedule(start_date=MONDAY, treatment_days=10))
    assert all(d.weekday() < 5 for d in dates)
    assert dates[5] == dt.date(2026, 11, 30)
    assert dates[-1] == dt.date(2026, 12, 4)


def test_weekend_start_moves_to_monday() -> None:
    saturday = dt.date(2026, 11, 28)
    assert treatment_dates(Schedule(start_date=saturday, treatment_days=1)) == [dt.date(2026, 11, 30)]


def test_explicit_weekdays_override_days_per_week() -> None:
    dates = treatment_dates(Schedule(start_date=MONDAY, treatment_days=4, days_per_week=5, weekdays=[1, 3]))
    assert [d.weekday() for d in dates] == [1, 3, 1, 3]


def test_three_days_a_week_are_spread() -> None:
    dates = treatment_dates(Schedule(start_date=MONDAY, treatment_days=3, days_per_week=3))
    assert [d.weekday() for d in dates] == [0, 2, 4]


def test_accelerated_day_keeps_round_clock_times() -> None:
    schedule = Schedule(start_date=MONDAY, treatment_days=1, sessions_per_day=10, intersession_interval_min=50,
                        first_session_time=dt.time(8, 0))
    times = [s.time.strftime("%H:%M") for s in session_list(schedule, 592)]
    assert times == [f"{h:02d}:00" for h in range(8, 18)]


def test_repeated_weekday_is_rejected() -> None:
    with pytest.raises(ValueError, match="weekdays"):
        Schedule(start_date=MONDAY, treatment_days=1, weekdays=[1, 1])


@given(days=st.integers(1, 60), per_week=st.integers(1, 7), per_day=st.integers(1, 10),
       start=st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31)))
def test_session_list_is_complete_and_ordered(days: int, per_week: int, per_day: int, start: dt.date) -> None:
    schedule = Schedule(start_date=start, treatment_days=days, days_per_week=per_week, sessions_per_day=per_day,
                        intersession_interval_min=15)
    sessions = session_list(schedule, 600)
    assert len(sessions) == days * per_day
    assert [s.number for s in sessions] == list(range(1, len(sessions) + 1))
    assert all(a.start < b.start for a, b in zip(sessions, sessions[1:], strict=False))
    assert sessions[0].date >= start
    assert len({s.date for s in sessions}) == days
