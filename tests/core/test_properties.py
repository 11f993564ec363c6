"""Properties that hold for every valid plan."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from planfactory import TODAY
from strategies import plans

from tmsplanner.core.checks import CheckSettings, run_checks, verdict
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import dump_plan, parse_plan
from tmsplanner.core.vocab import Severity

KB = bundled_knowledge_base()
SETTINGS = CheckSettings(today=TODAY)


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_valid_plans_check_without_raising(plan: Plan) -> None:
    findings = run_checks(plan, KB, SETTINGS)
    assert verdict(findings) in ("ok", "warnings", "blocked")
    for finding in findings:
        assert finding.rule in KB.rules
        assert finding.message and "{" not in finding.message
        assert set(finding.citations) <= set(KB.references)
    assert (verdict(findings) == "blocked") == any(f.severity == Severity.BLOCK for f in findings)


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_save_load_round_trip_is_exact(plan: Plan) -> None:
    data = dump_plan(plan)
    again = parse_plan(data, "round-trip")
    assert again == plan
    assert dump_plan(again) == data
