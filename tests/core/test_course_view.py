"""The course view: one rounding rule for %MSO, session rows, timetables, reasons as ids, the CLI's JSON."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from planfactory import TODAY, edit, preset_plan
from strategies import plans

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.course_view import checked_course_view, course_view, derived_json
from tmsplanner.core.dosing import mso_to_set, round_half_up
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.outcomes import TimePoint
from tmsplanner.core.schedule import ACUTE, PhaseKind, RetestKind, SkipReason

KB = bundled_knowledge_base()


def depth_corrected(plan):
    plan = edit(plan, "motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    return edit(plan, "motor_threshold.target_scalp_cortex_distance_mm", 17.0)


def test_half_a_percent_rounds_up_everywhere(kb) -> None:
    """MT 50% MSO at 105% MT is 52.5% MSO: 53 to set, with or without depth correction (never round()'s 52)."""
    assert mso_to_set(50.0, 105.0) == 53 and round(52.5) == 52
    plan = depth_corrected(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "blocks.0.intensity_pct_mt", 105.0))
    block = course_view(plan, figures_for(plan, kb), kb).blocks[0]
    assert block.depth_corrected
    assert block.uncorrected_intensity_pct_mso == 52.5 and block.uncorrected_intensity_pct_mso_to_set == 53
    assert block.intensity_pct_mso_to_set == round_half_up(block.mt_pct_mso * 105.0 / 100)
    assert (block.m1_scalp_cortex_distance_mm, block.target_scalp_cortex_distance_mm) == (14.0, 17.0)
    assert block.depth_slope_pct_mso_per_mm == kb.param("depth_slope_pct_mso_per_mm").value
    data = derived_json(course_view(plan, figures_for(plan, kb), kb))["blocks"][0]
    assert data["uncorrected_intensity_pct_mso_to_set"] == 53


def test_titration_steps_and_sessions_share_one_rounding(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "blocks.0.titration", {"start_pct_mt": 105.0, "days": 3})
    plan = edit(plan, "blocks.0.intensity_pct_mt", 115.0)
    view = course_view(plan, figures_for(plan, kb), kb)
    ramp = view.blocks[0].titration
    assert [(t.day, t.intensity_pct_mt, t.intensity_pct_mso_to_set) for t in ramp] == \
        [(1, 105.0, 53), (2, 110.0, 55), (3, 115.0, 58)]  # 52.5 -> 53, 57.5 -> 58
    assert [s.blocks[0].intensity_pct_mso_to_set for s in view.sessions[:4]] == [53, 55, 58, 58]
    assert [s.titrating for s in view.sessions[:4]] == [True, True, False, False]


def test_missed_day_keeps_indices_consecutive_and_is_listed_as_missed(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.missed_sessions",
                [{"date": (TODAY + dt.timedelta(days=2)).isoformat(), "index_in_day": None}])
    plan = edit(plan, "schedule.closures", [(TODAY + dt.timedelta(days=3)).isoformat()])
    view = course_view(plan, figures_for(plan, kb), kb)
    assert [s.index for s in view.sessions] == list(range(1, 31))
    assert [(d.date, d.reason) for d in view.not_delivered] == [
        (TODAY + dt.timedelta(days=2), SkipReason.MISSED), (TODAY + dt.timedelta(days=3), SkipReason.CLOSURE)]
    assert view.missed[0].start == dt.datetime.combine(TODAY + dt.timedelta(days=2), plan.schedule.first_session_time)


def test_holiday_name_is_data_not_a_sentence(kb) -> None:
    plan = edit(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.start_date", "2026-12-21"),
                "schedule.holiday_country", "DE")
    view = course_view(plan, figures_for(plan, kb), kb)
    christmas = next(d for d in view.skipped if d.date == dt.date(2026, 12, 25))
    assert (christmas.reason, christmas.holiday) == (SkipReason.HOLIDAY, "Christmas Day")
    entry = next(d for d in derived_json(view)["skipped_dates"] if d["date"] == "2026-12-25")
    assert entry == {"date": "2026-12-25", "reason": "public holiday: Christmas Day", "reason_code": "holiday",
                     "holiday": "Christmas Day"}


def test_accelerated_day_timetable_and_pause(kb) -> None:
    plan = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.missed_sessions",
                [{"date": TODAY.isoformat(), "index_in_day": 1}])
    view = course_view(plan, figures_for(plan, kb), kb)
    # The planned day does not depend on the missed first session of day 1.
    assert [(s.index_in_day, f"{s.start:%H:%M}", f"{s.end:%H:%M:%S}", s.pause_before_min)
            for s in view.day_timetable[:3]] == [(1, "09:00", "09:09:52", None), (2, "10:00", "10:09:52", 50),
                                                 (3, "11:00", "11:09:52", 50)]
    assert view.pause_between_sessions_min == 50 and view.sessions_per_day == 10
    assert view.most_sessions_in_a_day == 10 and len(view.days[0].sessions) == 9 and view.days[0].missed == 1
    assert view.sessions[0].pause_before_min is None and view.sessions[1].pause_before_min == 50


def test_phase_ids_and_retest_reasons(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.phases",
                [{"name": "acute", "weeks": 2, "sessions_per_week": 2},
                 {"name": "Monthly", "weeks": 8, "sessions_per_week": 1, "every_weeks": 4}])
    plan = edit(plan, "schedule.mt_retest_every_days", 7)
    view = course_view(plan, figures_for(plan, kb), kb)
    later = [s for s in view.sessions if s.phase != ACUTE]
    assert {(s.phase, s.phase_name) for s in later} == {(PhaseKind.TAPER, "acute"), (PhaseKind.MAINTENANCE, "Monthly")}
    assert all(s.blocks[0].intensity_pct_mt == plan.blocks[0].intensity_pct_mt for s in later)
    due = view.retests[0]
    assert due.mt_retest_due and due.mt_retest[0].kind == RetestKind.INTERVAL and due.mt_retest[0].every_days == 7
    row = derived_json(view)["sessions"][due.index - 1]
    assert row["mt_retest_due"] is True and row["mt_retest"] == ["every 7 days"]
    assert row["mt_retest_reasons"] == [{"kind": "interval", "every_days": 7}]
    assert {r["phase"] for r in derived_json(view)["sessions"]} == {"acute", "taper", "maintenance"}


def test_verdict_outcomes_and_rationale_are_in_the_view(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    view = checked_course_view(plan, kb, CheckSettings(today=TODAY))
    findings = run_checks(plan, kb, CheckSettings(today=TODAY))
    assert view.verdict is not None
    assert view.verdict.blocking + view.verdict.warnings + view.verdict.infos == len(findings)
    assert view.outcomes and view.outcomes[0].kind == TimePoint.BASELINE
    assert view.rationale is not None and view.rationale.protocol is not None and view.rationale.guidelines
    outcomes = derived_json(view)["outcome_assessments"]
    assert outcomes[0] == {"date": TODAY.isoformat(), "scale": view.outcomes[0].scale.id, "time_point": "baseline"}


@settings(max_examples=40, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_view_invariants_for_random_plans(plan) -> None:
    figures = figures_for(plan, KB)
    view = course_view(plan, figures, KB)
    assert [s.index for s in view.sessions] == list(range(1, len(view.sessions) + 1))
    if "SCHED-001" not in {f.rule for f in run_checks(plan, KB, CheckSettings(today=TODAY), figures)}:
        # Dates run forwards whenever each treatment day's sessions fit in that day (else the plan is blocked).
        dates = [s.date for s in view.sessions]
        assert dates == sorted(dates)
        starts = [s.start for s in view.sessions]
        assert starts == sorted(starts)
    for session in view.sessions:
        assert len(session.blocks) == len(plan.blocks)
        for settings_, at in zip(view.blocks, session.blocks, strict=True):
            assert isinstance(at.intensity_pct_mso_to_set, int)
            assert at.intensity_pct_mso_to_set == round_half_up(settings_.mt_pct_mso * at.intensity_pct_mt / 100)
        if session.phase != ACUTE:
            assert [b.intensity_pct_mt for b in session.blocks] == [b.intensity_pct_mt for b in plan.blocks]
    for b in view.blocks:
        assert b.intensity_pct_mso_to_set == round_half_up(b.mt_pct_mso * b.intensity_pct_mt / 100)
        assert b.uncorrected_intensity_pct_mso_to_set == round_half_up(
            plan.motor_threshold.value_pct_mso * b.intensity_pct_mt / 100)
    data = derived_json(view)
    assert len(data["sessions"]) == data["total_sessions"] == len(view.sessions)
    assert all(len(row["blocks"]) == len(plan.blocks) for row in data["sessions"])
