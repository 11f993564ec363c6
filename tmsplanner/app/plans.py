"""Open, create and save plans: the one way the command line and the window do it."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from tmsplanner.core import planio
from tmsplanner.core.errors import PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.plan import Plan
from tmsplanner.core.presets import next_monday, plan_from_protocol

# The motor threshold of a new plan until one is measured; the plan says it is
# a placeholder, and a placeholder MT blocks the plan (MT-004).
PLACEHOLDER_MT_PCT_MSO = 50.0
# The preset a blank plan in the window starts from.
DEFAULT_PRESET = "neurostar-10hz-ldlpfc"
BLANK_PATIENT_ID = "NEW"


@dataclass(frozen=True)
class OpenedPlan:
    """A validated plan and the file it came from."""

    path: Path
    plan: Plan


def open_plan(path: str | os.PathLike[str]) -> OpenedPlan:
    """Read, migrate and validate a plan file.

    Raises
    ------
    PlanFileError
        One line ``"<file>: <problem>"``, naming the field where there is one.
    """
    return OpenedPlan(Path(path), planio.load_plan(path))


def save_plan(plan: Plan, path: str | os.PathLike[str]) -> Path:
    """Write a plan atomically (a crash leaves the old file or the new one); return the path.

    Raises
    ------
    FileWriteError
        If the file cannot be written; the previous file is untouched.
    """
    planio.save_plan(plan, path)
    return Path(path)


def new_plan(kb: KnowledgeBase, preset_id: str, *, patient_id: str, today: dt.date,
             mt_pct_mso: float | None = None, mt_measured_on: dt.date | None = None,
             start_date: dt.date | None = None) -> Plan:
    """A new plan from a preset.

    Without ``mt_pct_mso`` the motor threshold is the placeholder
    :data:`PLACEHOLDER_MT_PCT_MSO`, marked as one (the plan is blocked until it
    is measured). The MT date defaults to ``today``, the start to the next
    Monday on or after ``today``.

    Raises
    ------
    PlanFileError
        If the evidence base has no such preset (naming the ones it has).
    """
    proto = kb.protocols.get(preset_id)
    if proto is None:
        raise PlanFileError(preset_id, f"unknown preset; choose one of: {', '.join(kb.protocols)}")
    return plan_from_protocol(
        proto,
        patient_id=patient_id,
        mt_pct_mso=PLACEHOLDER_MT_PCT_MSO if mt_pct_mso is None else mt_pct_mso,
        mt_measured_on=mt_measured_on or today,
        start_date=start_date or next_monday(today),
        mt_placeholder=mt_pct_mso is None,
    )


def blank_plan(kb: KnowledgeBase, today: dt.date) -> Plan:
    """The window's new plan: the standard course with a placeholder MT, to be edited."""
    return new_plan(kb, DEFAULT_PRESET, patient_id=BLANK_PATIENT_ID, today=today)
