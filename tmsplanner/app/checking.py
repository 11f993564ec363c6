"""Check a plan with the clinic's settings: today, the MT age limit and the clinic's own safety table.

:func:`check_settings` is the one place that turns the clinic's settings into
the core's :class:`~tmsplanner.core.checks.CheckSettings`; the command line
(from its options) and the window (from the settings file) both call it, so
neither can drop the clinic's safety table.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import NamedTuple

from tmsplanner.core.checks import CheckSettings, Finding, count, figures_for, run_checks, verdict
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.errors import EvidenceError, FileError, Phrase, os_reason
from tmsplanner.core.evidence.kb import KnowledgeBase, load_safety_table
from tmsplanner.core.evidence.models import SafetyLimitTable
from tmsplanner.core.fileio import open_regular
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE
from tmsplanner.core.plan import Plan
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import Severity


class SafetyTableError(FileError):
    """The clinic's safety-limit table cannot be read or is not a valid table."""


def load_clinic_table(path: str | os.PathLike[str]) -> SafetyLimitTable:
    """Read and validate a clinic's own safety-limit table; it is read anew on every call.

    Raises
    ------
    SafetyTableError
        One line naming the file and the problem (and the field, where there is one).
    """
    try:
        with open_regular(path):  # a file that cannot be read is said in words the catalogue has
            pass
    except OSError as exc:
        problem = Phrase("{file}: cannot be read ({why})", file=str(Path(path)), why=os_reason(exc))
        raise SafetyTableError(os.fspath(path), "not a valid safety-limit table: {problem}", problem=problem) from None
    except ValueError:  # a NUL in the name
        problem = Phrase("{file}: cannot be read ({why})", file=str(path), why=Phrase("embedded null byte"))
        raise SafetyTableError(os.fspath(path), "not a valid safety-limit table: {problem}", problem=problem) from None
    try:
        return load_safety_table(Path(path))
    except EvidenceError as exc:
        raise SafetyTableError(os.fspath(path), "not a valid safety-limit table: {problem}", problem=str(exc)) from None


def check_settings(settings: AppSettings, today: dt.date) -> CheckSettings:
    """The core's check settings from the clinic's settings, as of ``today``.

    Raises
    ------
    SafetyTableError
        If the clinic names a safety table that cannot be used.
    """
    table = load_clinic_table(settings.safety_table) if settings.safety_table else None
    return CheckSettings(today=today, mt_max_age_days=settings.mt_max_age_days, safety_table=table)


def clinic_check_settings(settings: AppSettings, today: dt.date) -> tuple[CheckSettings, Phrase | None]:
    """Like :func:`check_settings`, for a program that must go on (the window).

    A clinic table that cannot be used gives the bundled table and one line
    saying so, to be shown to the user (every train-duration finding names the
    table it used; English, its ``words(c)`` in a catalogue's language).
    """
    try:
        return check_settings(settings, today), None
    except SafetyTableError as exc:
        fallback = CheckSettings(today=today, mt_max_age_days=settings.mt_max_age_days)
        return fallback, Phrase("{problem}; the bundled safety table is used instead", problem=exc.line)


class CheckedPlan(NamedTuple):
    """A plan with its figures and the findings of one check."""

    plan: Plan
    figures: CourseFigures
    findings: list[Finding]

    @property
    def blocking(self) -> int:
        """How many findings block the plan."""
        return count(self.findings, Severity.BLOCK)

    @property
    def verdict(self) -> str:
        """'ok', 'warnings' or 'blocked'."""
        return verdict(self.findings)


def check_plan(plan: Plan, kb: KnowledgeBase, settings: CheckSettings,
               language: str = DEFAULT_LANGUAGE) -> CheckedPlan:
    """Derive the plan's figures (holiday names in ``language``) and run every check."""
    figures = figures_for(plan, kb, language)
    return CheckedPlan(plan, figures, run_checks(plan, kb, settings, figures))
