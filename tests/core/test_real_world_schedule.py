"""Holidays, closures, missed sessions, taper phases, titration and MT re-tests."""

from __future__ import annotations

import datetime as dt

from planfactory import edit, preset_plan, rules

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.dosing import intensity_on_day, titration_steps
from tmsplanner.core.plan import MedicationEntry, MissedSession, Phase, Titration
from tmsplanner.core.schedule import PhaseKind, RetestKind, RetestReason, SkipReason

MONDAY = dt.date(2026, 12, 21)


def standard(kb, **schedule):
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    plan = edit(plan, "schedule.start_date", MONDAY.isoformat())
    for key, value in schedule.items():
        plan = edit(plan, f"schedule.{key}", value)
    return plan


def test_german_holidays_are_skipped_and_listed(kb) -> None:
    plain = figures_for(standard(kb), kb)
    with_holidays = figures_for(standard(kb, holiday_country="DE"), kb)
    skipped = {d.date: d for d in with_holidays.skipped}
    christmas = skipped[dt.date(2026, 12, 25)]
    assert christmas.reason == SkipReason.HOLIDAY and "Christmas" in christmas.holiday
    assert dt.date(2027, 1, 1) in skipped  # New Year's Day
    assert dt.date(2026, 12, 25) not in {s.date for s in with_holidays.sessions}
    assert with_holidays.total_sessions == plain.total_sessions == 30
    assert with_holidays.end_date > plain.end_date


def test_regional_calendar_differs_from_national(kb) -> None:
    national = figures_for(standard(kb, holiday_country="DE", start_date="2027-01-04"), kb)
    bavaria = figures_for(standard(kb, holiday_country="DE-BY", start_date="2027-01-04"), kb)
    epiphany = dt.date(2027, 1, 6)  # a public holiday in Bavaria, not nationwide
    assert epiphany in {s.date for s in national.sessions}
    assert epiphany in {d.date for d in bavaria.skipped}


def test_russian_new_year_holidays(kb) -> None:
    figures = figures_for(standard(kb, holiday_country="RU"), kb)
    skipped = {d.date for d in figures.skipped}
    assert {dt.date(2027, 1, 1), dt.date(2027, 1, 7)} <= skipped


def test_unknown_calendar_is_a_finding_not_a_crash(kb) -> None:
    plan = standard(kb, holiday_country="XQ")
    assert "SCHED-003" in rules(run_checks(plan, kb, CheckSettings(today=MONDAY)))


def test_closures_are_skipped(kb) -> None:
    figures = figures_for(standard(kb, closures=["2026-12-22", "2026-12-23"]), kb)
    assert [(d.reason, d.holiday) for d in figures.skipped] == [(SkipReason.CLOSURE, None)] * 2
    assert figures.sessions[1].date == dt.date(2026, 12, 24)


def test_missed_session_reflows_the_course(kb) -> None:
    plan = standard(kb)
    before = figures_for(plan, kb)
    missed = before.sessions[4].date
    plan = edit(plan, "schedule.missed_sessions", [{"date": missed.isoformat(), "index_in_day": None}])
    after = figures_for(plan, kb)
    assert [m.date for m in after.missed] == [missed]
    assert after.total_sessions == 30 and missed not in {s.date for s in after.sessions}
    assert after.end_date == before.end_date + dt.timedelta(days=3)  # next weekday after a Friday end


def test_missed_accelerated_session_is_made_up_on_the_next_open_day(kb) -> None:
    plan = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.start_date", MONDAY.isoformat())
    plan = plan.model_copy(update={"schedule": plan.schedule.model_copy(update={
        "missed_sessions": [MissedSession(date=dt.date(2026, 12, 23), index_in_day=None)]})})
    figures = figures_for(plan, kb)
    assert len(figures.missed) == 10 and figures.total_sessions == 50
    assert figures.end_date == dt.date(2026, 12, 28)  # Mon 21 .. Fri 25, the missed Wednesday moves to Monday


def test_taper_phases_follow_the_acute_course(kb) -> None:
    phases = [Phase(name="Taper", weeks=1, sessions_per_week=3), Phase(name="Taper", weeks=1, sessions_per_week=2),
              Phase(name="Taper", weeks=1, sessions_per_week=1),
              Phase(name="Maintenance", weeks=4, sessions_per_week=1, every_weeks=2)]
    plan = standard(kb)
    plan = plan.model_copy(update={"schedule": plan.schedule.model_copy(update={"phases": phases})})
    figures = figures_for(plan, kb)
    by_phase = {}
    for session in figures.sessions:
        by_phase.setdefault(session.phase_name or session.phase, []).append(session)
    assert {s.phase for s in figures.sessions} == {PhaseKind.ACUTE, PhaseKind.TAPER, PhaseKind.MAINTENANCE}
    assert {s.phase for s in by_phase["Taper"]} == {PhaseKind.TAPER}
    assert {s.phase for s in by_phase["Maintenance"]} == {PhaseKind.MAINTENANCE}
    assert len(by_phase["acute"]) == 30
    assert len(by_phase["Taper"]) == 3 + 2 + 1
    assert len(by_phase["Maintenance"]) == 2  # weeks 1 and 3 of 4
    acute_end = by_phase["acute"][-1].date
    assert all(s.date > acute_end for s in by_phase["Taper"])
    assert [s.date.weekday() for s in by_phase["Taper"][:3]] == [0, 2, 4]
    assert figures.total_pulses == 3000 * (30 + 6 + 2)


def test_titration_ramps_to_the_target(kb) -> None:
    plan = standard(kb)
    block = plan.blocks[0].model_copy(update={"titration": Titration(start_pct_mt=80, days=5)})
    assert titration_steps(block) == [80.0, 90.0, 100.0, 110.0, 120.0]
    assert [intensity_on_day(block, d) for d in (1, 3, 5, 6, 30)] == [80.0, 100.0, 120.0, 120.0, 120.0]


def test_titration_steps_are_checked_by_the_same_rules(kb) -> None:
    plan = edit(standard(kb), "blocks.0.pattern.frequency_hz", 20.0)
    plan = edit(plan, "blocks.0.pattern.pulses_per_train", 40)  # 2 s trains at 20 Hz
    plan = edit(plan, "blocks.0.intensity_pct_mt", 100.0)
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 130.0, "days": 3})  # a downward ramp
    found = [f for f in run_checks(plan, kb, CheckSettings(today=MONDAY)) if f.rule == "SAFE-TRAIN-001"]
    assert [(f.variant, f.params["intensity"], f.params["steps"]) for f in found] == [
        ("titration", 130.0, (115.0, 130.0))]


def test_mt_retests_every_week_and_after_a_medication_change(kb) -> None:
    plan = standard(kb, mt_retest_every_days=7)
    plan = edit(plan, "motor_threshold.measured_on", MONDAY.isoformat())
    plan = plan.model_copy(update={"medications": [MedicationEntry(name="Sertraline",
                                                                   changed_on=dt.date(2027, 1, 13))]})
    figures = figures_for(plan, kb)
    due = [s for s in figures.sessions if s.mt_retest]
    assert due[0].date == dt.date(2026, 12, 28)
    periodic = [s for s in due if RetestReason(RetestKind.INTERVAL, every_days=7) in s.mt_retest]
    assert len(periodic) >= 5
    assert all((b.date - a.date).days >= 7 for a, b in zip(periodic, periodic[1:], strict=False))
    assert any(r == RetestReason(RetestKind.MEDICATION_CHANGE, medication="Sertraline")
               for s in due for r in s.mt_retest)


def test_sessions_after_closing_time_warn(kb) -> None:
    plan = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.clinic_closing_time", "17:00:00")
    found = [f for f in run_checks(plan, kb, CheckSettings(today=MONDAY)) if f.rule == "SCHED-002"]
    assert found and found[0].params["end"] == dt.time(18, 9)


def test_missed_first_session_does_not_look_like_a_day_past_midnight(kb) -> None:
    plan = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.start_date", MONDAY.isoformat())
    plan = edit(plan, "schedule.missed_sessions", [{"date": MONDAY.isoformat(), "index_in_day": 1}])
    found = rules(run_checks(plan, kb, CheckSettings(today=MONDAY)))
    assert "SCHED-001" not in found
    assert figures_for(plan, kb).total_sessions == 50


def test_missed_taper_session_is_recorded_not_reflowed(kb) -> None:
    plan = standard(kb)
    plan = plan.model_copy(update={"schedule": plan.schedule.model_copy(update={
        "phases": [Phase(name="Taper", weeks=1, sessions_per_week=3)]})})
    taper = [s for s in figures_for(plan, kb).sessions if s.phase_name == "Taper"]
    plan = edit(plan, "schedule.missed_sessions", [{"date": taper[1].date.isoformat(), "index_in_day": 1}])
    figures = figures_for(plan, kb)
    assert [m.date for m in figures.missed] == [taper[1].date]
    assert figures.total_sessions == 30 + 2


def test_a_phase_named_acute_is_not_the_acute_course(kb) -> None:
    """The phase is an id; a taper the user calls 'acute' keeps its name and is no titration day."""
    plan = standard(kb)
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 80.0, "days": 3})
    plan = plan.model_copy(update={"schedule": plan.schedule.model_copy(update={
        "phases": [Phase(name="acute", weeks=1, sessions_per_week=2)]})})
    later = [s for s in figures_for(plan, kb).sessions if s.phase_name is not None]
    assert len(later) == 2 and {(s.phase, s.phase_name, s.day_number) for s in later} == {(PhaseKind.TAPER, "acute", 0)}


def test_a_threshold_measured_after_a_medication_change_needs_no_retest_for_it(kb) -> None:
    """The drug started four weeks before the threshold was measured: that threshold already reflects it."""
    plan = edit(standard(kb), "motor_threshold.measured_on", MONDAY.isoformat())
    before = MONDAY - dt.timedelta(days=28)
    for changed, retested in ((before, False), (MONDAY, True), (MONDAY + dt.timedelta(days=3), True)):
        shown = plan.model_copy(update={"medications": [MedicationEntry(name="Sertraline", changed_on=changed)]})
        reasons = [r for s in figures_for(shown, kb).sessions for r in s.mt_retest]
        assert (RetestReason(RetestKind.MEDICATION_CHANGE, medication="Sertraline") in reasons) is retested, changed
