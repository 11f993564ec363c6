"""What every check receives: the plan, its derived figures, the evidence and settings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import SafetyLimitTable
from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import Plan
from tmsplanner.core.vocab import Provenance, Severity


@dataclass(frozen=True)
class CheckSettings:
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
    mt_max_age_days: int = 7
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

    @property
    def table_label(self) -> str:
        """How findings name the safety table in force."""
        table = self.table
        label = f"table '{table.name}'"
        if table.provenance == Provenance.UNVERIFIED:
            label += " (UNVERIFIED values: confirm against the published table)"
        return label

    def finding(
        self,
        rule_id: str,
        field: str,
        *,
        severity: Severity | None = None,
        citations: tuple[str, ...] = (),
        unverified: bool = False,
        **params: object,
    ) -> Finding:
        """Build a finding from the rule catalogue's template and this plan's figures."""
        rule = self.kb.rules[rule_id]
        cited = tuple(dict.fromkeys((*rule.citations, *citations)))
        return Finding(
            rule=rule_id,
            severity=severity or rule.severity,
            field=field,
            message=rule.message.format(**params),
            citations=cited,
            unverified=unverified,
        )
