"""Export a checked plan to PDF or iCalendar under the one draft rule.

The rule, written here once: **a blocked plan exports only as a watermarked
draft.** A plan with blocking findings is exported only when the caller
allows a draft (``--draft`` on the command line, the user's "Yes" in the
window), and then every page or event is marked :data:`DRAFT_WORDS`; a plan
without blocking findings is never marked, whatever was allowed.

reportlab and icalendar are imported inside the export functions only.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tmsplanner.app.checking import CheckedPlan
from tmsplanner.core.errors import TmsPlannerError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fileio import write_atomic
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.settings import AppSettings

__all__ = ["DRAFT_WORDS", "DraftRequired", "Export", "export_as_draft", "export_calendar", "export_pdf"]


class DraftRequired(TmsPlannerError):
    """A plan with blocking findings was to be exported without allowing a draft; nothing was written."""

    def __init__(self, blocking: int) -> None:
        super().__init__(f"{blocking} blocking finding{'s' if blocking != 1 else ''}: "
                         f"a blocked plan exports only as a draft marked {DRAFT_WORDS}")
        self.blocking = blocking


def export_as_draft(checked: CheckedPlan, allow_draft: bool) -> bool:
    """Apply the draft rule: whether this export must be a draft.

    Raises
    ------
    DraftRequired
        If the plan has blocking findings and a draft was not allowed.
    """
    if not checked.blocking:
        return False
    if not allow_draft:
        raise DraftRequired(checked.blocking)
    return True


@dataclass(frozen=True)
class Export:
    """The bytes of one export and whether they are a draft."""

    kind: Literal["pdf", "ics"]
    data: bytes
    draft: bool

    def write(self, path: str | os.PathLike[str]) -> Path:
        """Write the export atomically; return the path.

        Raises
        ------
        FileWriteError
            If the file cannot be written; the previous file is untouched.
        """
        write_atomic(path, self.data)
        return Path(path)


def export_pdf(checked: CheckedPlan, kb: KnowledgeBase, settings: AppSettings, *, export_date: dt.date,
               allow_draft: bool) -> Export:
    """The printed plan: paper size and clinic name from ``settings``; a draft only under the draft rule.

    Raises
    ------
    DraftRequired
        If the plan is blocked and a draft was not allowed (nothing is rendered).
    """
    draft = export_as_draft(checked, allow_draft)
    from tmsplanner.report import ReportOptions, render_pdf

    options = ReportOptions(export_date=export_date, paper=settings.paper, clinic_name=settings.clinic_name,
                            draft=draft)
    return Export("pdf", render_pdf(checked.plan, kb, checked.findings, options, checked.figures), draft)


def export_calendar(checked: CheckedPlan, *, export_date: dt.date, include_patient_name: bool,
                    allow_draft: bool) -> Export:
    """The delivered sessions as an iCalendar file; events marked as a draft only under the draft rule.

    Raises
    ------
    DraftRequired
        If the plan is blocked and a draft was not allowed.
    """
    draft = export_as_draft(checked, allow_draft)
    from tmsplanner.ics import calendar_bytes

    data = calendar_bytes(checked.plan, checked.figures, exported=export_date,
                          include_patient_name=include_patient_name, draft=draft)
    return Export("ics", data, draft)
