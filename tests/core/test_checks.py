"""Every rule, addressed by id, on real presets and deliberately unsafe variants."""

from __future__ import annotations

import datetime as dt

import pytest
from planfactory import TODAY, all_no, edit, preset_plan, rules

from tmsplanner.core.checks import CheckSettings, run_checks, verdict
from tmsplanner.core.checks.train_safety import lookup_limit
from tmsplanner.core.evidence.models import SafetyLimitTable
from tmsplanner.core.plan import MedicationEntry
from tmsplanner.core.vocab import Provenance, ScreeningItem, Severity


def findings_for(plan, kb, settings=None):
    return run_checks(plan, kb, settings or CheckSettings(today=TODAY))


def by_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


@pytest.fixture
def standard(kb):
    return preset_plan(kb, "neurostar-10hz-ldlpfc")


def test_every_preset_checks_without_block(kb) -> None:
    for preset_id in kb.protocols:
        findings = findings_for(preset_plan(kb, preset_id), kb)
        assert verdict(findings) != "blocked", (preset_id, [f.rule for f in findings if f.severity == "block"])


def test_20hz_train_far_beyond_table_is_blocked(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.frequency_hz", 20.0), "blocks.0.pattern.pulses_per_train", 200)
    found = by_rule(findings_for(plan, kb), "SAFE-TRAIN-001")
    assert found and found[0].severity == Severity.BLOCK
    assert found[0].field == "blocks[0].pattern"
    assert "Wassermann" in found[0].message  # names the table used
    assert found[0].unverified  # the bundled table is unverified, and says so
    assert "UNVERIFIED" in found[0].message


def test_chen_margin_warns_unless_protocol_matches(kb, standard) -> None:
    matched = by_rule(findings_for(standard, kb), "SAFE-TRAIN-002")
    assert [f.severity for f in matched] == [Severity.INFO]
    variant = edit(standard, "blocks.0.pattern.inter_train_interval_s", 25.0)
    unmatched = by_rule(findings_for(variant, kb), "SAFE-TRAIN-002")
    assert [f.severity for f in unmatched] == [Severity.WARN]


def test_one_second_pause_at_110_percent_is_blocked(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.intensity_pct_mt", 110.0), "blocks.0.pattern.inter_train_interval_s", 1.0)
    found = by_rule(findings_for(plan, kb), "SAFE-ITI-001")
    assert found and found[0].severity == Severity.BLOCK
    assert found[0].field == "blocks[0].pattern.inter_train_interval_s"


def test_one_second_pause_at_threshold_is_not_blocked_by_chen(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.intensity_pct_mt", 100.0), "blocks.0.pattern.inter_train_interval_s", 1.0)
    assert "SAFE-ITI-001" not in rules(findings_for(plan, kb))


def test_frequency_beyond_table_has_no_safety_data(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.frequency_hz", 30.0), "blocks.0.pattern.pulses_per_train", 3)
    found = by_rule(findings_for(plan, kb), "SAFE-TRAIN-003")
    assert found and found[0].severity == Severity.WARN


def test_theta_burst_is_noted_as_outside_tables(kb) -> None:
    assert "SAFE-TBS-001" in rules(findings_for(preset_plan(kb, "itbs600-ldlpfc"), kb))


def test_h_coil_cleared_protocol_is_not_blocked_but_modified_one_is(kb) -> None:
    h1 = preset_plan(kb, "deep-tms-h1-mdd")
    assert "SAFE-TRAIN-004" in rules(findings_for(h1, kb))
    longer = edit(h1, "blocks.0.pattern.pulses_per_train", 72)  # 4 s trains at 18 Hz
    assert "SAFE-TRAIN-001" in rules(findings_for(longer, kb))


def test_mso_over_device_maximum_is_blocked(kb, standard) -> None:
    plan = edit(standard, "motor_threshold.value_pct_mso", 90.0)  # 120% of 90 = 108% MSO
    found = by_rule(findings_for(plan, kb), "DEV-001")
    assert found and found[0].severity == Severity.BLOCK and "108" in found[0].message


def test_lower_device_maximum_blocks(kb, standard) -> None:
    plan = edit(standard, "device.max_output_pct_mso", 55.0)  # needs 60
    assert "DEV-001" in rules(findings_for(plan, kb))


def test_depth_correction_can_push_over_the_maximum(kb, standard) -> None:
    plan = edit(edit(edit(standard, "motor_threshold.value_pct_mso", 75.0),
                     "motor_threshold.m1_scalp_cortex_distance_mm", 12.0),
                "motor_threshold.target_scalp_cortex_distance_mm", 18.0)
    found = by_rule(findings_for(plan, kb), "DEV-001")
    assert found and "depth-corrected" in found[0].message


def test_old_motor_threshold_warns_with_configurable_age(kb, standard) -> None:
    plan = edit(standard, "motor_threshold.measured_on", "2026-11-01")
    assert "MT-001" in rules(findings_for(plan, kb))
    lenient = CheckSettings(today=TODAY, mt_max_age_days=30)
    assert "MT-001" not in rules(findings_for(plan, kb, lenient))


def test_future_motor_threshold_date(kb, standard) -> None:
    plan = edit(standard, "motor_threshold.measured_on", "2026-12-24")
    assert "MT-002" in rules(findings_for(plan, kb))


def test_visual_threshold_warns(kb, standard) -> None:
    plan = edit(standard, "motor_threshold.method", "visual")
    assert "MT-003" in rules(findings_for(plan, kb))


def test_placeholder_threshold_blocks(kb, standard) -> None:
    plan = edit(standard, "motor_threshold.placeholder", True)
    assert [f.severity for f in by_rule(findings_for(plan, kb), "MT-004")] == [Severity.BLOCK]


def test_cochlear_implant_is_blocked(kb, standard) -> None:
    plan = standard.model_copy(update={"screening": {**all_no(), ScreeningItem.COCHLEAR_IMPLANT: True}})
    found = by_rule(findings_for(plan, kb), "SCR-001")
    assert found and found[0].field == "screening.cochlear_implant" and found[0].severity == Severity.BLOCK


@pytest.mark.parametrize("item", [ScreeningItem.EPILEPSY_OR_SEIZURE, ScreeningItem.PREGNANCY,
                                  ScreeningItem.SLEEP_DEPRIVATION, ScreeningItem.CARDIAC_PACEMAKER])
def test_relative_contraindications_warn(kb, standard, item) -> None:
    plan = standard.model_copy(update={"screening": {**all_no(), item: True}})
    found = by_rule(findings_for(plan, kb), "SCR-002")
    assert [f.field for f in found] == [f"screening.{item.value}"]


def test_unanswered_screening_warns_once(kb, standard) -> None:
    plan = standard.model_copy(update={"screening": {ScreeningItem.PREGNANCY: False}})
    found = by_rule(findings_for(plan, kb), "SCR-003")
    assert len(found) == 1 and "10 of 11" in found[0].message


@pytest.mark.parametrize(("drug", "rule"), [("Clozapine", "MED-001"), ("sertraline 100 mg", "MED-002"),
                                            ("Лоразепам", "MED-003"), ("memantine", "MED-004"),
                                            ("d-cycloserine", "MED-004"), ("unobtainium", "MED-005")])
def test_medications_by_rule(kb, standard, drug, rule) -> None:
    plan = standard.model_copy(update={"medications": [MedicationEntry(name=drug)]})
    found = by_rule(findings_for(plan, kb), rule)
    assert found and all(f.field == "medications[0].name" for f in found)


def test_accelerated_schedule_rules(kb) -> None:
    snt = preset_plan(kb, "snt-accelerated-itbs")
    assert not {"ACC-001", "ACC-002", "ACC-003"} & rules(findings_for(snt, kb))
    tight = edit(snt, "schedule.intersession_interval_min", 15.0)
    assert "ACC-001" in rules(findings_for(tight, kb))
    more = edit(edit(snt, "schedule.sessions_per_day", 12), "schedule.intersession_interval_min", 50.0)
    assert {"ACC-002", "ACC-003"} <= rules(findings_for(more, kb))


def test_day_that_runs_past_midnight_is_blocked(kb) -> None:
    snt = edit(preset_plan(kb, "snt-accelerated-itbs"), "schedule.first_session_time", "16:00:00")
    assert "SCHED-001" in rules(findings_for(snt, kb))


def test_evidence_level_is_reported(kb, standard) -> None:
    found = by_rule(findings_for(standard, kb), "EVD-001")
    assert found and "Level A" in found[0].message


def test_low_frequency_left_dlpfc_for_depression_warns(kb, standard) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.frequency_hz", 1.0), "blocks.0.pattern.pulses_per_train", 4)
    assert "EVD-004" in rules(findings_for(plan, kb))


@pytest.mark.parametrize("frequency", [2.0, 3.0, 4.5])
def test_frequencies_between_1_and_5_hz_warn(kb, standard, frequency) -> None:
    plan = edit(edit(standard, "blocks.0.pattern.frequency_hz", frequency), "blocks.0.pattern.pulses_per_train", 4)
    assert "EVD-003" in rules(findings_for(plan, kb))


def test_unsupported_combination_warns(kb, standard) -> None:
    plan = edit(standard, "indication", "parkinson")
    plan = edit(plan, "blocks.0.target", "occipital")
    assert "EVD-002" in rules(findings_for(plan, kb))


def test_deviations_from_preset(kb, standard) -> None:
    higher = edit(standard, "blocks.0.intensity_pct_mt", 130.0)
    assert [f.severity for f in by_rule(findings_for(higher, kb), "EVD-010")] == [Severity.WARN]
    lower = edit(standard, "blocks.0.intensity_pct_mt", 110.0)
    assert [f.severity for f in by_rule(findings_for(lower, kb), "EVD-010")] == [Severity.INFO]
    shorter = edit(standard, "schedule.treatment_days", 20)
    assert [f.severity for f in by_rule(findings_for(shorter, kb), "EVD-012")] == [Severity.INFO]
    fewer = edit(standard, "blocks.0.pattern.trains", 50)
    assert [f.severity for f in by_rule(findings_for(fewer, kb), "EVD-011")] == [Severity.INFO]
    coil = edit(standard, "device.coil", "h1")
    assert "EVD-013" in rules(findings_for(coil, kb))


def test_unverified_preset_says_so(kb) -> None:
    found = by_rule(findings_for(preset_plan(kb, "itbs600-ldlpfc"), kb), "EVD-020")
    assert found and found[0].unverified and "blocks.0.intensity_pct_mt" in found[0].message


def test_unknown_preset_id(kb, standard) -> None:
    assert "EVD-021" in rules(findings_for(edit(standard, "protocol_id", "no-such-preset"), kb))


def test_clinic_table_replaces_bundled_one(kb, standard) -> None:
    strict = SafetyLimitTable(
        id="clinic", name="Clinic policy 2026", provenance=Provenance.VERIFIED, citations=["wassermann1998"],
        note="local", frequencies_hz=[10.0], intensities_pct_mt=[100.0, 130.0], cells=[["3", "2"]],
    )
    found = by_rule(findings_for(standard, kb, CheckSettings(today=TODAY, safety_table=strict)), "SAFE-TRAIN-001")
    assert found and "Clinic policy 2026" in found[0].message and not found[0].unverified


def test_table_lookup_is_conservative(kb) -> None:
    table = kb.safety_table
    cell = lookup_limit(table, 12.0, 115.0)  # between rows and columns
    assert (cell.frequency_hz, cell.intensity_pct_mt) == (20.0, 120.0)
    assert lookup_limit(table, 26.0, 120.0) is None
    assert lookup_limit(table, 10.0, 221.0) is None
    assert lookup_limit(table, 10.0, 80.0).below_table


def test_findings_are_sorted_block_first(kb, standard) -> None:
    plan = standard.model_copy(update={"screening": {ScreeningItem.COCHLEAR_IMPLANT: True}})
    severities = [f.severity.rank for f in findings_for(plan, kb)]
    assert severities == sorted(severities)


def test_checks_do_not_depend_on_wall_clock(kb, standard) -> None:
    a = findings_for(standard, kb, CheckSettings(today=dt.date(2026, 11, 23)))
    b = findings_for(standard, kb, CheckSettings(today=dt.date(2026, 11, 23)))
    assert a == b
