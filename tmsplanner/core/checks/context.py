"""What every check receives: the plan, its derived figures, the evidence and settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from tmsplanner.core.checks.findings import Finding, validate_finding
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import ParamValue, SafetyLimitTable
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import Plan
from tmsplanner.core.policy import DEFAULT_MT_MAX_AGE_DAYS
from tmsplanner.core.vocab import Severity


class CheckSettings(NamedTuple):
    """Clinic settings that change what the checks say.

    Attributes
    ----------
    today : datetime.date
        The date the plan is checked on (passed in, so checks stay pure).
    mt_max_age_days : int
        A motor threshold older than this at the next session is flagged. A
        clinic policy, not a published limit.
    safety_table : SafetyLimitTable, optional
        A clinic's own verified train-duration table instead of the bundled one.
    """

    today: dt.date
    mt_max_age_days: int = DEFAULT_MT_MAX_AGE_DAYS
    safety_table: SafetyLimitTable | None = None


@dataclass(frozen=True)
class CheckContext:
    """Inputs of one check run; findings are built through :meth:`finding`."""

    plan: Plan
    figures: CourseFigures
    kb: KnowledgeBase
    settings: CheckSettings

    @property
    def table(self) -> SafetyLimitTable:
        """The safety-limit table in force."""
        return self.settings.safety_table or self.kb.safety_table

    @cached_property
    def protocol(self) -> Protocol | None:
        """The preset the plan started from, if it names one the evidence base knows."""
        if self.plan.protocol_id is None:
            return None
        return self.kb.protocols.get(self.plan.protocol_id)

    def finding(
        self,
        rule_id: str,
        field: str,
        *,
        variant: str | None = None,
        severity: Severity | None = None,
        citations: tuple[str, ...] = (),
        unverified: bool = False,
        values: Mapping[str, ParamValue] | None = None,
        **params: ParamValue,
    ) -> Finding:
        """Build a finding of a catalogued rule; its params and severity are checked against the catalogue.

        The params are the keyword arguments, with ``values`` (params gathered
        in a mapping) added to them.

        Raises
        ------
        ValueError
            When the catalogue does not allow the severity, the variant, a
            parameter or a value's type (a programming error in a check).
        """
        rule = self.kb.rules[rule_id]
        cited = tuple(dict.fromkeys((*rule.citations, *citations)))
        given = {**(values or {}), **params}
        declared = rule.template(variant).params
        if set(given) == set(declared):  # in the catalogue's order; validate_finding names any difference
            given = {name: given[name] for name in declared}
        finding = Finding(
            rule=rule_id,
            severity=severity or rule.severity,
            field=field,
            params=given,
            variant=variant,
            citations=cited,
            unverified=unverified,
        )
        validate_finding(rule, finding)
        return finding
