"""Properties that hold for every valid plan."""

from __future__ import annotations

import re

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
        placeholders = re.findall(r"\{\w+\}", KB.rules[finding.rule].message)
        user_text = " ".join(m.name for m in plan.medications)
        assert finding.message
        assert not any(ph in finding.message and ph not in user_text for ph in placeholders)
        assert set(finding.citations) <= set(KB.references)
    assert (verdict(findings) == "blocked") == any(f.severity == Severity.BLOCK for f in findings)


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_save_load_round_trip_is_exact(plan: Plan) -> None:
    data = dump_plan(plan)
    again = parse_plan(data, "round-trip")
    assert again == plan
    assert dump_plan(again) == data
