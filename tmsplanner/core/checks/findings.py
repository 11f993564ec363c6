"""Findings: what a check reports about a plan."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from tmsplanner.core.evidence.models import ParamValue, Rule, kind_of
from tmsplanner.core.vocab import Severity

Verdict = Literal["ok", "warnings", "blocked"]
EMPTY_PARAMS: Mapping[str, ParamValue] = MappingProxyType({})  # a finding without parameters (read-only, shared)


class Finding(NamedTuple):
    """One result of one rule on one part of a plan, as data.

    The finding holds no text: its message is rendered where it is shown, from
    the rule catalogue's template for ``rule`` (and ``variant``) filled with
    ``params`` (see :func:`tmsplanner.core.messages.render_finding`).

    Attributes
    ----------
    rule : str
        Stable rule id from ``resources/safety/rules.toml``.
    severity : Severity
        ``block``: must not be delivered as planned; ``warn``: needs the
        clinician's judgement; ``info``: for the record. One of the severities
        the catalogue allows for the rule.
    field : str
        Dotted path of the plan field concerned, e.g. ``blocks[0].pattern``.
    params : mapping of str to value
        The values the rule's template names, typed by the kinds the catalogue
        declares: numbers, dates, times, ids, verbatim names; lists as tuples.
    variant : str, optional
        Which of the rule's wordings applies (``None``: the rule's own).
    citations : tuple of str
        Reference ids.
    unverified : bool
        Whether the finding rests on data marked unverified.
    """

    rule: str
    severity: Severity
    field: str
    params: Mapping[str, ParamValue] = EMPTY_PARAMS
    variant: str | None = None
    citations: tuple[str, ...] = ()
    unverified: bool = False

    def params_json(self) -> dict[str, Any]:
        """The parameters as JSON-ready values (dates ISO, times HH:MM, lists as lists)."""
        return {name: _json_value(value) for name, value in self.params.items()}


def _json_value(value: object) -> Any:
    if isinstance(value, tuple):
        return [_json_value(v) for v in value]
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 9)  # no binary noise such as 3.1500000000000004
    return value


def _fits(value: object, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool | dt.datetime):  # a bool is an int, a datetime a date: neither is meant
        return type(value) in types
    return isinstance(value, types)


def validate_finding(rule: Rule, finding: Finding) -> None:
    """Refuse a finding its rule does not allow: its severity, variant, parameter names or value types.

    Raises
    ------
    ValueError
        Naming the rule and what does not fit; a programming error in a check.
    """
    where = f"{finding.rule}" + (f" variant '{finding.variant}'" if finding.variant else "")
    if finding.severity not in rule.severities:
        allowed = ", ".join(s.value for s in rule.severities)
        raise ValueError(f"{where}: severity '{finding.severity}' is not in the catalogue (allowed: {allowed})")
    template = rule.template(finding.variant)
    if set(finding.params) != set(template.params):
        raise ValueError(f"{where}: params {sorted(finding.params)} differ from the catalogue's "
                         f"{sorted(template.params)}")
    for name, value in finding.params.items():
        kind, is_list = kind_of(template.params[name])
        values = value if isinstance(value, tuple) else (value,)
        if is_list != isinstance(value, tuple) or not all(_fits(v, kind.types) for v in values):
            raise ValueError(f"{where}: param '{name}' = {value!r} is not of kind '{template.params[name]}'")


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
