"""Properties that hold for every valid plan."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from planfactory import TODAY
from strategies import plans

from tmsplanner.core.checks import CheckSettings, run_checks, verdict
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.messages import EnglishTranslator, finding_as_json, render_finding
from tmsplanner.core.plan import Plan
from tmsplanner.core.planio import dump_plan, parse_plan
from tmsplanner.core.vocab import Severity

KB = bundled_knowledge_base()
SETTINGS = CheckSettings(today=TODAY)
ENGLISH = EnglishTranslator(KB)


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_valid_plans_check_without_raising_and_every_finding_renders(plan: Plan) -> None:
    findings = run_checks(plan, KB, SETTINGS)
    assert verdict(findings) in ("ok", "warnings", "blocked")
    for finding in findings:
        assert finding.rule in KB.rules
        assert finding.severity in KB.rules[finding.rule].severities
        assert set(finding.citations) <= set(KB.references)
    assert (verdict(findings) == "blocked") == any(f.severity == Severity.BLOCK for f in findings)
    for finding in findings:
        message = render_finding(finding, KB.rules, ENGLISH)
        template = KB.rules[finding.rule].template(finding.variant)
        verbatim = [v for name, v in finding.params.items() if template.params[name] == "text"]
        verbatim += [x for name, v in finding.params.items() if template.params[name] == "text[]" for x in v]
        words = message
        for value in sorted(verbatim, key=len, reverse=True):  # names typed by the user may hold braces
            words = words.replace(str(value), "")
        assert words.strip() and "{" not in words and "}" not in words, (finding, message)
        json.dumps(finding_as_json(finding, KB.rules, ENGLISH), ensure_ascii=False)


@settings(max_examples=300, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])
@given(plan=plans())
def test_save_load_round_trip_is_exact(plan: Plan) -> None:
    data = dump_plan(plan)
    again = parse_plan(data, "round-trip")
    assert again == plan
    assert dump_plan(again) == data
