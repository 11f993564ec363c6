"""What is kept by a calendar's identity (core.memo): never stale, and the same as computing afresh."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planfactory import TODAY, edit, preset_plan

from tmsplanner.core import course_view as course_view_module
from tmsplanner.core import delivery_flags as flags_module
from tmsplanner.core import outcomes as outcomes_module
from tmsplanner.core import schedule as schedule_module
from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.checks import accelerated as accelerated_module
from tmsplanner.core.course_view import course_view
from tmsplanner.core.delivery_flags import delivery_flags
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.memo import by_identity

KB = bundled_knowledge_base()
BASE = edit(preset_plan(KB, "neurostar-10hz-ldlpfc"), "schedule.clinic_closing_time", "09:30")


def forget_everything() -> None:
    schedule_module._CALENDARS.clear()
    for kept in (course_view_module._skeleton, course_view_module._sessions_per_date, outcomes_module._treatment_days,
                 outcomes_module._later_weeks, flags_module.late_sessions, accelerated_module._past_its_day):
        kept.cache_clear()  # type: ignore[attr-defined]


def computed(plan):
    figures = figures_for(plan, KB, "en")
    findings = run_checks(plan, KB, CheckSettings(today=TODAY), figures)
    view = course_view(plan, figures, KB, findings)
    return view, delivery_flags(plan, view, findings)


EDITS = st.sampled_from([
    ("blocks.0.intensity_pct_mt", 100.0), ("blocks.0.intensity_pct_mt", 125.0),
    ("blocks.0.titration", {"start_pct_mt": 90.0, "days": 4}), ("blocks.0.titration", None),
    ("motor_threshold.value_pct_mso", 70.0), ("device.max_output_pct_mso", 80.0),
    ("schedule.treatment_days", 12), ("schedule.sessions_per_day", 3), ("schedule.first_session_time", "08:00"),
    ("schedule.clinic_closing_time", None), ("schedule.clinic_closing_time", "08:45"),
    ("schedule.phases", [{"name": "taper", "weeks": 3, "sessions_per_week": 2}]),
    ("schedule.missed_sessions", [{"date": "2026-12-01"}]),
    ("patient.identifier", "PAT-2"), ("blocks.0.pattern.trains", 50),
])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(EDITS, min_size=1, max_size=6))
def test_a_course_edited_in_steps_is_what_it_is_computed_afresh(steps) -> None:
    plan = BASE
    for path, value in steps:  # each step computed with what the steps before it kept
        plan = edit(plan, path, value)
        computed(plan)
    kept_view, kept_flags = computed(plan)
    forget_everything()
    fresh_view, fresh_flags = computed(plan)
    assert kept_view == fresh_view
    assert kept_flags == fresh_flags


def test_a_dose_edit_keeps_the_clock_times_and_changes_every_session(monkeypatch) -> None:
    forget_everything()
    first, _ = computed(BASE)
    made = []
    real = course_view_module._skeleton.__wrapped__  # type: ignore[attr-defined]
    monkeypatch.setattr(course_view_module, "_skeleton",
                        by_identity()(lambda *a: made.append(1) or real(*a)))
    second, _ = computed(edit(BASE, "blocks.0.intensity_pct_mt", 110.0))
    third, _ = computed(edit(BASE, "blocks.0.intensity_pct_mt", 110.0))
    assert made == [1]  # one calendar: its sessions laid out once, for both plans
    assert [r.start for r in second.sessions] == [r.start for r in first.sessions]
    assert {r.blocks[0].intensity_pct_mt for r in second.sessions} == {110.0}
    assert second.days == third.days  # the same settings: the same days
    assert second.sessions == third.sessions and second.sessions[5] == third.sessions[5]
    assert all(d.sessions == second.sessions[k:k + len(d.sessions)] for d, k in
               zip(second.days, [0, *[sum(len(x.sessions) for x in second.days[:j + 1])
                                      for j in range(len(second.days) - 1)]], strict=True))


def test_by_identity_finds_tuples_by_identity_and_values_by_equality() -> None:
    calls = []

    @by_identity(size=2)
    def total(values: tuple[int, ...], scale: float) -> float:
        calls.append(values)
        return sum(values) * scale

    a, b = (1, 2), tuple(x for x in (1, 2))
    assert a == b and a is not b
    assert total(a, 2.0) == total(a, 2.0) == 6.0
    assert len(calls) == 1
    assert total(b, 2.0) == 6.0 and len(calls) == 2  # an equal tuple is another calendar: computed again
    assert total(a, 3.0) == 9.0 and len(calls) == 3
    total(a, 2.0)
    assert len(calls) == 4  # only the last two calls are kept
    with pytest.raises(TypeError):
        total([1, 2], 1.0)  # type: ignore[arg-type]  # a list can change: never a key
    with pytest.raises(TypeError):
        total(a, scale=1.0)


def test_rows_grouped_by_their_block_settings_are_the_rows_themselves() -> None:
    plan = edit(edit(BASE, "blocks.0.titration", {"start_pct_mt": 90.0, "days": 4}), "schedule.sessions_per_day", 2)
    view, _ = computed(plan)
    for rows in (view.sessions, view.days[1].sessions, view.sessions[3:11], view.sessions[5:5]):
        grouped = {index: settings for settings, indexes in rows.by_blocks() for index in indexes}
        assert grouped == {row.index: row.blocks for row in rows}
    assert {s for s, _ in view.sessions.by_blocks()} == {row.blocks for row in view.sessions}  # the ramp and after
    assert view.sessions[-1] == list(view.sessions)[-1] and view.sessions[3:11] == tuple(view.sessions)[3:11]
    with pytest.raises(IndexError):
        view.sessions[len(view.sessions)]
