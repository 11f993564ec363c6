"""Findings: what a check reports about a plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from tmsplanner.core.vocab import Severity

Verdict = Literal["ok", "warnings", "blocked"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One result of one rule on one part of a plan.

    Attributes
    ----------
    rule : str
        Stable rule id from ``resources/safety/rules.toml``.
    severity : Severity
        ``block``: must not be delivered as planned; ``warn``: needs the
        clinician's judgement; ``info``: for the record.
    field : str
        Dotted path of the plan field concerned, e.g. ``blocks[0].pattern``.
    message : str
        The rule's message filled with this plan's figures.
    citations : tuple of str
        Reference ids.
    unverified : bool
        Whether the finding rests on data marked unverified.
    """

    rule: str
    severity: Severity
    field: str
    message: str
    citations: tuple[str, ...] = ()
    unverified: bool = False

    def as_json(self) -> dict[str, Any]:
        """Return the finding as JSON-ready data."""
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "field": self.field,
            "message": self.message,
            "citations": list(self.citations),
            "unverified": self.unverified,
        }


def count(findings: list[Finding], severity: Severity) -> int:
    """How many findings have this severity."""
    return sum(f.severity == severity for f in findings)


def verdict(findings: list[Finding]) -> Verdict:
    """Return the overall verdict of a list of findings."""
    severities = {f.severity for f in findings}
    if Severity.BLOCK in severities:
        return "blocked"
    if Severity.WARN in severities:
        return "warnings"
    return "ok"


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Sort findings by severity (block first), keeping each severity's order."""
    return sorted(findings, key=lambda f: f.severity.rank)
