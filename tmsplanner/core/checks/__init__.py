"""Checks: small pure functions from a plan to findings.

``run_checks`` is the single entry point; it never raises on a valid plan and
never prints. Rule ids, severities and messages live in
``resources/safety/rules.toml``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from tmsplanner.core.checks.accelerated import (
    check_accelerated,
    check_clinic_hours,
    check_day_fits,
    check_holiday_calendar,
)
from tmsplanner.core.checks.context import CheckContext, CheckSettings
from tmsplanner.core.checks.device_mt import check_device_output, check_motor_threshold
from tmsplanner.core.checks.evidence_match import check_evidence, check_protocol_deviation
from tmsplanner.core.checks.findings import Finding, Verdict, count, sort_findings, verdict
from tmsplanner.core.checks.medications import check_medications
from tmsplanner.core.checks.screening import check_screening
from tmsplanner.core.checks.train_safety import check_inter_train_interval, check_train_duration
from tmsplanner.core.derived import CourseFigures, course_figures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE
from tmsplanner.core.plan import Plan

Check = Callable[[CheckContext], Iterable[Finding]]

CHECKS: tuple[Check, ...] = (
    check_train_duration,
    check_inter_train_interval,
    check_device_output,
    check_motor_threshold,
    check_accelerated,
    check_day_fits,
    check_clinic_hours,
    check_holiday_calendar,
    check_screening,
    check_medications,
    check_evidence,
    check_protocol_deviation,
)

__all__ = ["CHECKS", "CheckContext", "CheckSettings", "Finding", "Verdict", "count", "figures_for", "run_checks",
           "verdict"]


def figures_for(plan: Plan, kb: KnowledgeBase, language: str = DEFAULT_LANGUAGE) -> CourseFigures:
    """Derive the course figures with the evidence base's depth-correction slope.

    ``language`` is the application's language, used for holiday names (English by default).
    """
    return course_figures(plan, kb.param("depth_slope_pct_mso_per_mm").value, language)


def run_checks(
    plan: Plan, kb: KnowledgeBase, settings: CheckSettings, figures: CourseFigures | None = None
) -> list[Finding]:
    """Evaluate every rule on a plan and return its findings, block first.

    Parameters
    ----------
    plan : Plan
        A validated plan.
    kb : KnowledgeBase
        The evidence base.
    settings : CheckSettings
        Today's date and clinic settings.
    figures : CourseFigures, optional
        Already derived figures of this plan, to avoid deriving them twice.
    """
    ctx = CheckContext(plan=plan, figures=figures or figures_for(plan, kb), kb=kb, settings=settings)
    findings = [finding for check in CHECKS for finding in check(ctx)]
    return sort_findings(findings)
