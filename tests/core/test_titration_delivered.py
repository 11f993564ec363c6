"""A titration ramp advances by delivered treatment days: a missed day never skips a step,
and the first session delivered is at the ramp's start (read from `check --json`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from planfactory import TODAY, edit, preset_plan

from tmsplanner.cli.main import main
from tmsplanner.core.dosing import titration_steps
from tmsplanner.core.planio import save_plan


def check_json(path: Path) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", "--json", str(path), "--today", TODAY.isoformat()])
    assert code in (0, 1)
    return json.loads(out.getvalue())


def titrated(kb, missed: list[dt.date], days: int = 5, sessions_per_day: int = 1):
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 100.0, "days": days})
    plan = edit(plan, "schedule.sessions_per_day", sessions_per_day)
    return edit(plan, "schedule.missed_sessions", [{"date": d.isoformat(), "index_in_day": None} for d in missed])


def test_missed_first_two_days_and_a_later_one_the_ramp_goes_step_by_step(kb, tmp_path: Path) -> None:
    start = TODAY  # a Monday; weekdays only
    missed = [start, start + dt.timedelta(days=1), start + dt.timedelta(days=3)]  # Mon, Tue, Thu
    plan = titrated(kb, missed)
    path = tmp_path / "titrated.tmsplan"
    save_plan(plan, path)
    report = check_json(path)
    ramp = titration_steps(plan.blocks[0])
    assert ramp == [100.0, 105.0, 110.0, 115.0, 120.0]
    sessions = report["derived"]["sessions"]
    delivered = [s["blocks"][0]["intensity_pct_mt"] for s in sessions]
    assert delivered[:6] == [*ramp, 120.0]
    assert sessions[0]["date"] == (start + dt.timedelta(days=2)).isoformat()  # Wednesday, at the ramp's start
    assert {m["date"] for m in report["derived"]["missed_sessions"]} == {d.isoformat() for d in missed}
    to_set = [s["blocks"][0]["intensity_pct_mso_to_set"] for s in sessions[:5]]
    assert to_set == sorted(to_set) and len(set(to_set)) == len(to_set)  # every step is delivered once


@given(missed_days=st.sets(st.integers(0, 20), max_size=8), days=st.integers(2, 6))
def test_every_step_of_the_ramp_is_delivered_once_in_order_whatever_is_missed(kb, missed_days, days) -> None:
    weekdays = [TODAY + dt.timedelta(days=k) for k in range(40) if (TODAY + dt.timedelta(days=k)).weekday() < 5]
    plan = titrated(kb, [weekdays[k] for k in missed_days], days=days)
    from tmsplanner.core.checks import figures_for
    from tmsplanner.core.course_view import course_view

    view = course_view(plan, figures_for(plan, kb), kb, [])
    got = [row.blocks[0].intensity_pct_mt for row in view.sessions]
    ramp = titration_steps(plan.blocks[0])
    assert got[:days] == ramp and all(pct == plan.blocks[0].intensity_pct_mt for pct in got[days:])


def test_an_accelerated_day_with_a_missed_slot_still_counts_as_a_delivered_day(kb) -> None:
    from tmsplanner.core.checks import figures_for
    from tmsplanner.core.course_view import course_view

    plan = titrated(kb, [], days=3, sessions_per_day=3)
    plan = edit(plan, "schedule.intersession_interval_min", 50)
    plan = edit(plan, "schedule.missed_sessions", [{"date": TODAY.isoformat(), "index_in_day": 1}])
    view = course_view(plan, figures_for(plan, kb), kb, [])
    by_day: dict[dt.date, list[float]] = {}
    for row in view.sessions:
        by_day.setdefault(row.start.date(), []).append(row.blocks[0].intensity_pct_mt)
    first_days = [by_day[d] for d in sorted(by_day)[:4]]
    assert first_days == [[100.0, 100.0], [110.0] * 3, [120.0] * 3, [120.0] * 3]
