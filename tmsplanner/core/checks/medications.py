"""Medications that lower the seizure threshold or change TMS plasticity."""

from __future__ import annotations

from collections.abc import Iterator

from tmsplanner.core.checks.context import CheckContext
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.vocab import Provenance

_RULE_BY_HAZARD = {"strong": "MED-001", "relative": "MED-002", "withdrawal": "MED-003"}


def check_medications(ctx: CheckContext) -> Iterator[Finding]:
    """MED-001..005: each listed medication against the evidence base."""
    for i, entry in enumerate(ctx.plan.medications):
        field = f"medications[{i}].name"
        med = ctx.kb.find_medication(entry.name)
        if med is None:
            yield ctx.finding("MED-005", field, name=entry.name)
            continue
        for n, inter in enumerate(med.interactions):
            rule = _RULE_BY_HAZARD[inter.hazard] if inter.hazard else "MED-004"
            # The interaction's note is the evidence reviewer's (where it was read); it stays in the data.
            yield ctx.finding(
                rule, field, citations=tuple(inter.citations), unverified=inter.provenance == Provenance.UNVERIFIED,
                name=entry.name, drug=med.id, direction=f"{med.id}:{n}",
            )
