"""H-coil trains are compared with the cleared train of their coil, never looked up in the focal-coil table.

The fact sheets: the train-duration tables were derived with focal coils and do
not apply directly to H-coils; the device's cleared protocol is the reference
(safety-tables.md). Findings are addressed by rule id, variant and params, never
by message text.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from planfactory import TODAY, edit, preset_plan, rules

from tmsplanner.core.checks import CheckSettings, run_checks, verdict
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.plan import Plan
from tmsplanner.core.vocab import Severity

H1 = "deep-tms-h1-mdd"
H7 = "deep-tms-h7-ocd"
FOCAL_RULES = {"SAFE-TRAIN-001", "SAFE-TRAIN-002", "SAFE-TRAIN-003", "SAFE-TABLE-001"}
H_COIL_PRESETS = ["deep-tms-h1-mdd", "deep-tms-h7-ocd", "deep-tms-h4-smoking"]


def findings_for(plan: Plan, kb: Any) -> list[Finding]:
    return run_checks(plan, kb, CheckSettings(today=TODAY))


def by_rule(findings: list[Finding], rule: str, variant: Any = ...) -> list[Finding]:
    return [f for f in findings if f.rule == rule and (variant is ... or f.variant == variant)]


def assert_params(actual: Any, expected: dict[str, Any]) -> None:
    assert set(actual) == set(expected), (sorted(actual), sorted(expected))
    for name, value in expected.items():
        assert actual[name] == (pytest.approx(value) if isinstance(value, float) else value), name


def h1_plan(kb: Any, **edits: Any) -> Plan:
    """The H1 preset's block as a plan of its own (no preset named), with pattern or intensity edits."""
    plan = edit(preset_plan(kb, "deep-tms-h1-mdd"), "protocol_id", None)
    for path, value in edits.items():
        plan = edit(plan, path.replace("__", "."), value)
    return plan


@pytest.fixture
def kaster(kb) -> Plan:
    """Kaster 2018: H1, 18 Hz, 120% MT, 6012 pulses a session, 2 s trains.

    The fact sheet gives neither the train length nor the pause; 2 s trains are the
    brief's, 167 trains is 6012 / 36 (derived) and the pause is the cleared 20 s.
    """
    return h1_plan(kb, blocks__0__pattern__trains=167)


# ---- Kaster 2018 ------------------------------------------------------------------------------------------------

def test_kaster_h1_block_is_not_blocked(kb, kaster) -> None:
    findings = findings_for(kaster, kb)
    assert verdict(findings) != "blocked", [(f.rule, f.variant) for f in findings if f.severity == Severity.BLOCK]
    assert not rules(findings) & FOCAL_RULES  # never looked up in the focal-coil table


def test_kaster_h1_block_warns_naming_pulses_and_cites_clearance_and_trial(kb, kaster) -> None:
    [found] = by_rule(findings_for(kaster, kb), "SAFE-TRAIN-005")
    assert (found.severity, found.variant, found.field) == (Severity.WARN, "trial", "blocks[0].pattern.trains")
    assert_params(found.params, {"block": 1, "pulses": 6012, "ref_pulses": 1980, "excess": 4032, "protocol": H1,
                                 "trial_pulses": 6012, "trial_frequency": 18.0, "trial_intensity": 120.0})
    assert {"fda-k122288", "levkovitz2015", "kaster2018"} <= set(found.citations)
    # 'per session' is the derived reading of the trial's 6,012 pulses: the finding says it rests on unverified data.
    assert found.unverified


def test_more_pulses_than_the_trial_are_not_supported_by_it(kb) -> None:
    plan = h1_plan(kb, blocks__0__pattern__trains=168)  # 6048 pulses
    [found] = by_rule(findings_for(plan, kb), "SAFE-TRAIN-005")
    assert found.variant is None and "kaster2018" not in found.citations
    assert_params(found.params, {"block": 1, "pulses": 6048, "ref_pulses": 1980, "excess": 4068, "protocol": H1})


def test_trial_is_cited_only_when_pulses_are_the_one_difference(kb) -> None:
    plan = h1_plan(kb, blocks__0__pattern__trains=167, blocks__0__pattern__inter_train_interval_s=10.0)
    found = by_rule(findings_for(plan, kb), "SAFE-TRAIN-005")
    assert sorted((f.variant or "") for f in found) == ["", "iti"]
    assert all("kaster2018" not in f.citations for f in found)


# ---- cleared presets ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("preset", H_COIL_PRESETS)
def test_each_cleared_h_coil_preset_passes_with_the_info(kb, preset) -> None:
    findings = findings_for(preset_plan(kb, preset), kb)
    [found] = by_rule(findings, "SAFE-TRAIN-004")
    assert (found.severity, found.variant) == (Severity.INFO, None)
    assert_params(found.params, {"block": 1, "protocol": preset, "table": kb.safety_table.name})
    assert not rules(findings) & (FOCAL_RULES | {"SAFE-TRAIN-005", "SAFE-TRAIN-006"})
    assert verdict(findings) != "blocked"


def test_every_cleared_h_coil_protocol_is_covered(kb) -> None:
    cleared = {pid for pid, p in kb.protocols.items() if p.cleared and p.device.coil.is_h_coil}
    assert cleared == set(H_COIL_PRESETS)


def test_reference_provenance_is_carried(kb) -> None:
    """H4's train was not read in any source (BACKGROUND in the fact sheet): its match says so; H1's and H7's not."""
    flags = {p: by_rule(findings_for(preset_plan(kb, p), kb), "SAFE-TRAIN-004")[0].unverified for p in H_COIL_PRESETS}
    assert flags == {"deep-tms-h1-mdd": False, "deep-tms-h7-ocd": False, "deep-tms-h4-smoking": True}


def test_h_coil_findings_cite_the_clearance(kb) -> None:
    cited = {p: set(by_rule(findings_for(preset_plan(kb, p), kb), "SAFE-TRAIN-004")[0].citations)
             for p in H_COIL_PRESETS}
    assert {"fda-k122288", "levkovitz2015"} <= cited["deep-tms-h1-mdd"]
    assert {"fda-2018-ocd", "carmi2019"} <= cited["deep-tms-h7-ocd"]
    assert {"zangen2021"} <= cited["deep-tms-h4-smoking"]


def test_a_smaller_h1_dose_is_within_the_cleared_train(kb) -> None:
    plan = h1_plan(kb, blocks__0__pattern__trains=40, blocks__0__intensity_pct_mt=110.0,
                   blocks__0__pattern__inter_train_interval_s=25.0)
    findings = findings_for(plan, kb)
    [found] = by_rule(findings, "SAFE-TRAIN-004")
    assert (found.severity, found.variant) == (Severity.INFO, "within")
    assert_params(found.params, {
        "block": 1, "frequency": 18.0, "train_s": 2.0, "iti": 25.0, "intensity": 110.0, "pulses": 1440,
        "protocol": H1, "ref_frequency": 18.0, "ref_train_s": 2.0, "ref_iti": 20.0, "ref_intensity": 120.0,
        "ref_pulses": 1980, "table": kb.safety_table.name})
    assert verdict(findings) == "ok"


def test_the_h1_train_on_another_target_still_matches_its_clearance_train(kb) -> None:
    plan = h1_plan(kb, blocks__0__target="dmpfc")
    assert [(f.variant, f.params["protocol"]) for f in by_rule(findings_for(plan, kb), "SAFE-TRAIN-004")] == [
        (None, H1)]


# ---- beyond the cleared train ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("edits", "variant", "field", "params"), [
    ({"blocks__0__pattern__frequency_hz": 25.0}, "frequency", "blocks[0].pattern.frequency_hz",
     {"frequency": 25.0, "ref_frequency": 18.0, "excess": 7.0}),
    ({"blocks__0__intensity_pct_mt": 130.0}, "intensity", "blocks[0].intensity_pct_mt",
     {"intensity": 130.0, "ref_intensity": 120.0, "excess": 10.0}),
    ({"blocks__0__pattern__pulses_per_train": 54, "blocks__0__pattern__trains": 36}, "train",
     "blocks[0].pattern.pulses_per_train", {"train_s": 3.0, "ref_train_s": 2.0, "excess": 1.0}),
    ({"blocks__0__pattern__inter_train_interval_s": 12.0}, "iti", "blocks[0].pattern.inter_train_interval_s",
     {"iti": 12.0, "ref_iti": 20.0, "shortfall": 8.0}),
], ids=["25 Hz", "130% MT", "3 s trains", "12 s pauses"])
def test_h1_beyond_its_cleared_train_warns_naming_the_parameter(kb, edits, variant, field, params) -> None:
    findings = findings_for(h1_plan(kb, **edits), kb)
    [found] = by_rule(findings, "SAFE-TRAIN-005")
    assert (found.severity, found.variant, found.field) == (Severity.WARN, variant, field)
    assert_params(found.params, {"block": 1, "protocol": H1, **params})
    assert {"fda-k122288", "levkovitz2015"} <= set(found.citations) and "kaster2018" not in found.citations
    assert not rules(findings) & FOCAL_RULES
    assert verdict(findings) != "blocked"


def test_each_value_beyond_gets_its_own_finding(kb) -> None:
    plan = h1_plan(kb, blocks__0__pattern__frequency_hz=25.0, blocks__0__intensity_pct_mt=130.0,
                   blocks__0__pattern__trains=167)
    found = by_rule(findings_for(plan, kb), "SAFE-TRAIN-005")
    assert sorted(f.variant or "pulses" for f in found) == ["frequency", "intensity", "pulses"]
    assert all(f.severity == Severity.WARN for f in found)


def test_a_titration_step_above_the_cleared_intensity_warns_at_the_highest_step(kb) -> None:
    plan = h1_plan(kb, blocks__0__intensity_pct_mt=110.0, blocks__0__titration={"start_pct_mt": 130.0, "days": 3})
    [found] = by_rule(findings_for(plan, kb), "SAFE-TRAIN-005")
    assert found.variant == "intensity"
    assert_params(found.params, {"block": 1, "intensity": 130.0, "ref_intensity": 120.0, "excess": 10.0,
                                 "protocol": H1})


def test_a_titration_ramp_up_to_the_cleared_intensity_matches(kb) -> None:
    plan = h1_plan(kb, blocks__0__titration={"start_pct_mt": 100.0, "days": 3})
    assert [f.variant for f in by_rule(findings_for(plan, kb), "SAFE-TRAIN-004")] == [None]


def test_h7_beyond_its_cleared_pulses_cites_no_trial(kb) -> None:
    plan = edit(preset_plan(kb, "deep-tms-h7-ocd"), "blocks.0.pattern.trains", 60)
    [found] = by_rule(findings_for(plan, kb), "SAFE-TRAIN-005")
    assert found.variant is None
    assert_params(found.params, {"block": 1, "pulses": 2400, "ref_pulses": 2000, "excess": 400, "protocol": H7})
    assert {"fda-2018-ocd", "carmi2019"} <= set(found.citations)


def test_h4_beyond_its_unverified_train_says_so(kb) -> None:
    plan = edit(preset_plan(kb, "deep-tms-h4-smoking"), "blocks.0.intensity_pct_mt", 130.0)
    [found] = by_rule(findings_for(plan, kb), "SAFE-TRAIN-005")
    assert (found.variant, found.unverified) == ("intensity", True)


# ---- no reference ---------------------------------------------------------------------------------------------

def test_an_h_coil_without_a_cleared_train_warns_that_no_reference_exists(kb) -> None:
    plan = preset_plan(kb, "deep-tms-h7-ocd")
    bare = dataclasses.replace(kb, protocols={k: v for k, v in kb.protocols.items() if k != "deep-tms-h7-ocd"})
    findings = run_checks(plan, bare, CheckSettings(today=TODAY))
    [found] = by_rule(findings, "SAFE-TRAIN-006")
    assert found.severity == Severity.WARN
    assert_params(found.params, {"block": 1, "coil": "h7", "train_s": 2.0, "frequency": 20.0, "intensity": 100.0})
    assert not rules(findings) & (FOCAL_RULES | {"SAFE-TRAIN-004", "SAFE-TRAIN-005"})
    assert verdict(findings) != "blocked"


# ---- focal coils are unchanged ----------------------------------------------------------------------------------

@pytest.mark.parametrize("trains", [55, 167], ids=["H1 cleared train", "Kaster train"])
def test_a_figure8_block_with_the_same_train_is_judged_by_the_focal_table(kb, trains) -> None:
    plan = h1_plan(kb, device__coil="figure8", blocks__0__pattern__trains=trains)
    findings = findings_for(plan, kb)
    [found] = by_rule(findings, "SAFE-TRAIN-001")
    assert found.severity == Severity.BLOCK
    # 2 s at 18 Hz, 120% MT: the more conservative 20 Hz row, 120% MT column.
    assert_params(found.params, {"block": 1, "train_s": 2.0, "frequency": 18.0, "intensity": 120.0,
                                 "table": kb.safety_table.name, "limit": "1.0", "cell_frequency": 20.0,
                                 "cell_intensity": 120.0})
    assert "SAFE-TABLE-001" in rules(findings)
    assert not rules(findings) & {"SAFE-TRAIN-004", "SAFE-TRAIN-005", "SAFE-TRAIN-006"}
    assert verdict(findings) == "blocked"
