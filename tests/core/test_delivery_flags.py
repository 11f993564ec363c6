"""Delivery flags: what the views mark as not deliverable agrees with the rules that find it."""

from __future__ import annotations

import datetime as dt

from planfactory import TODAY, edit, preset_plan

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.course_view import course_view
from tmsplanner.core.delivery_flags import delivery_flags, ends_after_closing, findings_naming
from tmsplanner.core.vocab import Severity


def flags_and_findings(plan, kb):
    figures = figures_for(plan, kb)
    findings = run_checks(plan, kb, CheckSettings(today=TODAY), figures)
    view = course_view(plan, figures, kb, findings)
    return view, delivery_flags(plan, view, findings), findings


def test_a_dose_above_the_device_maximum_is_flagged_as_dev_001_finds_it(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "device.max_output_pct_mso", 55.0)  # 120% of 50 = 60
    view, flags, findings = flags_and_findings(plan, kb)
    assert view.blocks[0].intensity_pct_mso_to_set == 60
    assert flags.max_output_pct_mso == 55.0
    assert flags.blocks[0].above_max_output and flags.blocks[0].any
    assert "DEV-001" not in flags.blocks[0].blocked_by  # said by above_max_output
    assert [f.field for f in findings if f.rule == "DEV-001"] == ["blocks[0].intensity_pct_mt"]
    assert all(flags.is_above_max_output(row.index, 0) for row in view.sessions)
    safe = edit(plan, "device.max_output_pct_mso", 60.0)  # equal to the maximum is deliverable
    view, flags, findings = flags_and_findings(safe, kb)
    assert not flags.blocks[0].any and not flags.session_blocks_above_max_output
    assert "DEV-001" not in {f.rule for f in findings}


def test_titration_steps_are_flagged_one_by_one(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "blocks.0.titration", {"start_pct_mt": 100.0, "days": 3})
    plan = edit(plan, "device.max_output_pct_mso", 55.0)  # steps 50, 55, 60% MSO
    view, flags, _ = flags_and_findings(plan, kb)
    assert [t.intensity_pct_mso_to_set for t in view.blocks[0].titration] == [50, 55, 60]
    assert flags.blocks[0].titration_above_max_output == (False, False, True)
    assert [flags.is_above_max_output(row.index, 0) for row in view.sessions[:3]] == [False, False, True]


def test_other_blocking_findings_on_a_block_or_its_threshold_are_named(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "motor_threshold.placeholder", True)
    _, flags, findings = flags_and_findings(plan, kb)
    assert "MT-004" in {f.rule for f in findings if f.severity == Severity.BLOCK}
    assert flags.blocks[0].blocked_by == ("MT-004",)
    _, flags, _ = flags_and_findings(preset_plan(kb, "neurostar-10hz-ldlpfc"), kb)
    assert flags.blocks[0].blocked_by == ()


def test_late_sessions_are_those_sched_002_counts(kb) -> None:
    plan = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.clinic_closing_time", "18:05")
    view, flags, findings = flags_and_findings(plan, kb)
    (late_finding,) = [f for f in findings if f.rule == "SCHED-002"]
    assert len(flags.late_sessions) == late_finding.params["count"] == 5  # the 10th session of each of 5 days
    assert {row.index_in_day for row in view.sessions if flags.is_late(row.index)} == {10}
    assert flags.clinic_closing_time == dt.time(18, 5)
    view, flags, findings = flags_and_findings(edit(plan, "schedule.clinic_closing_time", "18:30"), kb)
    assert not flags.late_sessions and "SCHED-002" not in {f.rule for f in findings}
    _, flags, _ = flags_and_findings(edit(plan, "schedule.clinic_closing_time", None), kb)
    assert flags.late_sessions == frozenset() and flags.clinic_closing_time is None


def test_a_session_past_midnight_ends_after_any_closing_time() -> None:
    start = dt.datetime(2026, 1, 5, 23, 50)
    assert ends_after_closing(start, start + dt.timedelta(minutes=20), dt.time(23, 59))
    assert not ends_after_closing(start, start + dt.timedelta(minutes=5), dt.time(23, 59))
    assert not ends_after_closing(start, start + dt.timedelta(minutes=9), dt.time(23, 59))


def test_findings_name_fields_written_either_way(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "device.max_output_pct_mso", 55.0)
    _, _, findings = flags_and_findings(plan, kb)
    assert [f.rule for f in findings_naming(findings, "blocks.0.intensity_pct_mt")] == ["DEV-001"]
    assert [f.rule for f in findings_naming(findings, "blocks[0].intensity_pct_mt")] == ["DEV-001"]
    assert findings_naming(findings, "blocks.0.intensity_pct_mt_extra") == ()
    assert findings_naming(findings, "blocks.1.intensity_pct_mt") == ()
    assert [f.rule for f in findings_naming(findings, "blocks.0")] == ["DEV-001"]  # the block holds the field
