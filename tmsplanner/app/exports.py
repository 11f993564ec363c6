"""Export a checked plan to PDF or iCalendar under the one draft rule.

The rule, written here once: **a blocked plan exports only as a watermarked
draft**, and a printed plan (not a calendar) also when its safety screening
has unanswered items that no clinician has confirmed (``Plan.screening_confirmed``). Such a plan is
exported only when the caller allows a draft (``--draft`` on the command line,
the user's "Yes" in the window), and then every page or event is marked
:data:`DRAFT_WORDS`; any other plan is never marked, whatever was allowed.

reportlab and icalendar are imported inside the export functions only.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

from tmsplanner.app.checking import CheckedPlan
from tmsplanner.core.errors import FileWriteError, Phrase, Plural, TmsPlannerError, os_reason
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fileio import resolve_target, write_atomic
from tmsplanner.core.i18n import Catalogue
from tmsplanner.core.plan import Plan
from tmsplanner.core.policy import DRAFT_WORDS
from tmsplanner.core.screening import screening_needs_draft, screening_open_items
from tmsplanner.core.settings import AppSettings

if TYPE_CHECKING:
    from tmsplanner.core.record_view import RecordView

__all__ = ["DRAFT_WORDS", "DraftRequired", "Export", "export_as_draft", "export_calendar", "export_pdf",
           "export_summary"]


class DraftRequired(TmsPlannerError):
    """A plan that exports only as a draft was to be exported without allowing one; nothing was written.

    ``blocking`` counts its blocking findings; ``open_screening`` its unanswered,
    unconfirmed screening items (either may be 0, not both).
    """

    def __init__(self, blocking: int, open_screening: int = 0) -> None:
        reasons: list[Phrase] = []
        if blocking:
            reasons.append(Plural("{n} blocking finding", "{n} blocking findings", blocking))
        if open_screening:
            reasons.append(Plural("{n} unanswered screening item that no clinician has confirmed",
                                  "{n} unanswered screening items that no clinician has confirmed", open_screening))
        reason = reasons[0] if len(reasons) == 1 else Phrase("{first} and {second}", first=reasons[0],
                                                                 second=reasons[1])
        self.phrase = Phrase("{reasons}: such a plan exports only as a draft marked {draft}", reasons=reason,
                             draft=DRAFT_WORDS)
        super().__init__(str(self.phrase))
        self.blocking = blocking
        self.open_screening = open_screening

    def words(self, c: Catalogue | None) -> str:
        """The reason in ``c``'s language, the draft mark as the command line writes it."""
        if c is None:
            return str(self.phrase)
        return Phrase(self.phrase.template, **{**self.phrase.values, "draft": c.gettext(DRAFT_WORDS, "cli")}).words(c)


def export_as_draft(checked: CheckedPlan, allow_draft: bool, *, screening: bool = False) -> bool:
    """Apply the draft rule: whether this export must be a draft.

    Raises
    ------
    DraftRequired
        If the plan has blocking findings, or (with ``screening``, for the
        printed plan) unanswered and unconfirmed screening items, and a draft
        was not allowed.
    """
    needs = screening and screening_needs_draft(checked.plan)
    open_screening = len(screening_open_items(checked.plan)) if needs else 0
    if not checked.blocking and not open_screening:
        return False
    if not allow_draft:
        raise DraftRequired(checked.blocking, open_screening)
    return True


class Export(NamedTuple):
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
               allow_draft: bool, appendix: bool = False, language: str = "en") -> Export:
    """The printed plan: paper size and clinic name from ``settings``; a draft only under the draft rule.

    ``appendix`` adds the evidence appendix after the references.

    Raises
    ------
    DraftRequired
        If the plan is blocked and a draft was not allowed (nothing is rendered).
    """
    draft = export_as_draft(checked, allow_draft, screening=True)
    from tmsplanner.report import ReportOptions, render_pdf

    options = ReportOptions(export_date=export_date, paper=settings.paper, clinic_name=settings.clinic_name,
                            draft=draft, appendix=appendix, table_check=settings.safety_table_check,
                            language=language)
    return Export("pdf", render_pdf(checked.plan, kb, checked.findings, options, checked.figures), draft)


def export_calendar(checked: CheckedPlan, *, export_date: dt.date | dt.datetime, include_patient_name: bool,
                    allow_draft: bool, language: str = "en", clinic: AppSettings | None = None) -> Export:
    """The delivered sessions as an iCalendar file; events marked as a draft only under the draft rule.

    ``clinic`` gives the time zone the events carry and whether their titles name the patient
    identifier (``time_zone``, ``calendar_identifier``); without it, floating times and plain titles.

    Raises
    ------
    DraftRequired
        If the plan is blocked and a draft was not allowed.
    """
    draft = export_as_draft(checked, allow_draft)
    from tmsplanner.ics import calendar_bytes

    data = calendar_bytes(checked.plan, checked.figures, exported=export_date,
                          include_patient_name=include_patient_name, draft=draft, language=language,
                          time_zone=clinic.time_zone if clinic else None,
                          identifier_in_title=clinic.calendar_identifier if clinic else False)
    return Export("ics", data, draft)


def export_summary(view: RecordView, plan: Plan, kb: KnowledgeBase, path: str | os.PathLike[str], *, language: str,
                   clinic: AppSettings | None = None, export_date: dt.date | None = None,
                   force: bool = False) -> Path:
    """Write the course summary of ``plan``'s record (``view``, from :func:`tmsplanner.app.records.course_record`)
    to ``path`` as a PDF, atomically; return the path.

    The summary records what was delivered, so the draft rule of a plan to be
    delivered does not apply to it. ``clinic`` gives the clinic name and the
    paper size; ``export_date`` (today without it) is printed in the footer.

    Raises
    ------
    FileWriteError
        If ``path`` is a folder, or already exists and ``force`` is not given, or
        cannot be written; nothing is written and the previous file is untouched.
    UnprintableText
        If a printed text has a character none of the report's fonts can draw; nothing is written.
    ValueError
        If ``view`` is not the record view of ``plan``.
    """
    out = Path(path)
    try:
        if out.is_dir():
            raise FileWriteError(str(out), "is a folder; give a file name")
        resolve_target(out)  # a loop of links or a path that cannot be looked at is refused here
        present = out.exists() or out.is_symlink()
    except OSError as exc:  # a folder that may not be entered, a name too long
        raise FileWriteError(str(out), "cannot be written: {why}", why=os_reason(exc)) from None
    if present and not force:
        raise FileWriteError(str(out), "already exists; use --force to overwrite it")
    from tmsplanner.report.course_summary import build_course_summary

    data = build_course_summary(view, plan, kb, language, clinic=clinic,
                                export_date=export_date or dt.date.today())
    write_atomic(out, data)
    return out
