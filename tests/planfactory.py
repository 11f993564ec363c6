"""Plan builders shared by the tests."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.plan import Plan
from tmsplanner.core.presets import plan_from_protocol
from tmsplanner.core.vocab import ScreeningItem

TODAY = dt.date(2026, 11, 23)  # a Monday
AFTER_ANY_COURSE = dt.date(2029, 12, 31)  # 'today' for a test that records a whole course, whatever the clock says


def all_no() -> dict[ScreeningItem, bool | None]:
    """A completed screening with every answer 'no'."""
    return dict.fromkeys(ScreeningItem, False)


def preset_plan(kb: KnowledgeBase, preset_id: str) -> Plan:
    """A plan that follows a preset, with a measured MT and a negative screening."""
    plan = plan_from_protocol(
        kb.protocols[preset_id], patient_id="T-1", mt_pct_mso=50.0, mt_measured_on=TODAY, start_date=TODAY
    )
    return plan.model_copy(update={"screening": all_no()})


def edit(plan: Plan, path: str, value: Any) -> Plan:
    """Return a validated copy of a plan with a dotted field set.

    ``path`` is dotted with list indices as numbers, e.g.
    ``"blocks.0.pattern.frequency_hz"``.
    """
    data = plan.model_dump(mode="json")
    *parents, leaf = path.split(".")
    node: Any = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    node[leaf] = value
    return Plan.model_validate_json(json.dumps(data))


def rules(findings: list) -> set[str]:
    """The rule ids in a list of findings."""
    return {f.rule for f in findings}
