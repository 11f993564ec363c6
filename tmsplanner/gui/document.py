"""The open plan: current value, file, unsaved state, undo history and live results.

Views never change the plan themselves: they call :meth:`PlanDocument.apply`,
which validates, pushes an undoable command and emits ``planChanged``; the
live check runs on every change (well under a millisecond) and emits
``resultsChanged``.

The document never holds a plan it does not show: the results of a new plan
are computed before anything changes, so an edit, an open or a recovery that
fails leaves the plan, the file, the undo history and the results as they were.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tmsplanner.app.plans import FileStamp, file_stamp
from tmsplanner.app.plans import open_plan as app_open_plan
from tmsplanner.app.plans import save_plan as app_save_plan
from tmsplanner.core.checks import CheckSettings, Finding, figures_for, run_checks, verdict
from tmsplanner.core.course_view import CourseView, course_view
from tmsplanner.core.derived import CourseFigures
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fieldnames import describe_for_people, field_words
from tmsplanner.core.holiday_calendar import DEFAULT_LANGUAGE
from tmsplanner.core.i18n import catalogue
from tmsplanner.core.plan import Plan
from tmsplanner.core.plan_edit import normalise_path, with_value
from tmsplanner.core.planio import plan_version
from tmsplanner.core.settings import DEFAULT_UNDO_LIMIT


@dataclass(frozen=True)
class Results:
    """Figures, findings and the course view of the current plan (the view is what the panels show)."""

    figures: CourseFigures
    findings: list[Finding]
    view: CourseView

    @property
    def verdict(self) -> str:
        """'ok', 'warnings' or 'blocked'."""
        return verdict(self.findings)


# Fields whose edit settles others in the same undoable step. Entering the motor threshold is entering
# the measured value: it is no longer the placeholder a new plan starts with (MT-004 goes), and one undo
# brings back both the old value and the placeholder flag.
SETTLED_BY_EDIT: dict[str, tuple[tuple[str, Any], ...]] = {
    "motor_threshold.value_pct_mso": (("motor_threshold.placeholder", False),),
}


class _SetPlanCommand(QUndoCommand):
    """Replace the plan; consecutive edits of the same field merge into one step."""

    _ID = 1

    def __init__(self, doc: PlanDocument, before: Plan, after: Plan, text: str, merge_key: str | None,
                 after_results: Results | None = None) -> None:
        super().__init__(text)
        self._doc, self._before, self._after, self._key = doc, before, after, merge_key
        self._after_results = after_results  # computed before the push; used by the first redo only

    def id(self) -> int:
        return self._ID if self._key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetPlanCommand) or other._key != self._key:
            return False
        self._after = other._after
        return True

    def redo(self) -> None:
        results, self._after_results = self._after_results, None
        self._doc._set_plan(self._after, results)

    def undo(self) -> None:
        self._doc._set_plan(self._before)


class PlanDocument(QObject):
    """Holds the plan being edited and everything derived from it.

    ``language`` is the interface language (e.g. ``QLocale().name()`` once the
    application has chosen it): holiday names in the figures follow it.
    """

    planChanged = Signal(object)  # Plan
    resultsChanged = Signal(object)  # Results
    fileChanged = Signal(object)  # Path | None
    modifiedChanged = Signal(bool)

    def __init__(self, kb: KnowledgeBase, plan: Plan, check_settings: CheckSettings,
                 parent: QObject | None = None, language: str = DEFAULT_LANGUAGE,
                 undo_limit: int = DEFAULT_UNDO_LIMIT) -> None:
        super().__init__(parent)
        self.kb = kb
        self.language = language
        self.check_settings = check_settings
        self.undo_stack = QUndoStack(self)
        self._undo_limit = undo_limit
        self.undo_stack.setUndoLimit(undo_limit)  # the oldest steps go: memory stays bounded
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._plan = plan
        self._path: Path | None = None
        self._stamp: FileStamp | None = None
        self.base_version: str | None = None  # the plan as last read or saved (a clinic store checks saves)
        self._results = self._compute(plan)

    def _clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    # -- state -------------------------------------------------------------
    @property
    def plan(self) -> Plan:
        """The current plan."""
        return self._plan

    @property
    def path(self) -> Path | None:
        """The file the plan was opened from or saved to."""
        return self._path

    @property
    def stamp(self) -> FileStamp | None:
        """What the file held when it was opened or saved here (to detect a change on disk before saving)."""
        return self._stamp

    @property
    def results(self) -> Results:
        """Figures and findings of the current plan."""
        return self._results

    @property
    def modified(self) -> bool:
        """Whether there are unsaved changes."""
        return not self.undo_stack.isClean()

    def _compute(self, plan: Plan) -> Results:
        figures = figures_for(plan, self.kb, self.language)
        findings = run_checks(plan, self.kb, self.check_settings, figures)
        return Results(figures=figures, findings=findings, view=course_view(plan, figures, self.kb, findings))

    def _set_plan(self, plan: Plan, results: Results | None = None) -> None:
        results = results if results is not None else self._compute(plan)  # may raise: nothing changed yet
        self._plan = plan
        self._results = results
        self.planChanged.emit(plan)
        self.resultsChanged.emit(self._results)

    # -- editing -------------------------------------------------------------
    def apply(self, path: str, value: Any, text: str | None = None, merge: bool = True) -> str | None:
        """Set one field through the undo stack.

        A change of a field in :data:`SETTLED_BY_EDIT` also sets the fields it
        settles, in the same step (a typed motor threshold is no longer a
        placeholder). Returns None on success, else a one-line message naming
        the field and what is allowed (the plan stays as it was).
        """
        where = normalise_path(path)
        try:
            new = with_value(self._plan, path, value)
            if new != self._plan:
                for other, settled in SETTLED_BY_EDIT.get(where, ()):
                    new = with_value(new, other, settled)
        except ValidationError as exc:
            return describe_for_people(exc, catalogue(QLocale().name()))
        if new == self._plan:
            return None
        key = where if merge else None
        field = field_words(where, catalogue(QLocale().name()))  # the field in words, not its path
        results = self._compute(new)  # a plan that cannot be checked is never pushed
        self.undo_stack.push(_SetPlanCommand(self, self._plan, new, text or field, key,
                                             results))
        return None

    def replace(self, plan: Plan, text: str) -> None:
        """Replace the whole plan as one undoable step (e.g. applying a preset)."""
        results = self._compute(plan)
        self.undo_stack.push(_SetPlanCommand(self, self._plan, plan, text, None, results))

    def set_check_settings(self, settings: CheckSettings) -> None:
        """Re-check with new settings (clinic MT age limit, today's date)."""
        self.check_settings = settings
        self._set_plan(self._plan)

    def refresh_today(self) -> None:
        """Re-check if the date has changed since the last check."""
        today = dt.date.today()
        if self.check_settings.today != today:
            self.set_check_settings(CheckSettings(today=today, mt_max_age_days=self.check_settings.mt_max_age_days,
                                                  safety_table=self.check_settings.safety_table))

    def set_undo_limit(self, limit: int) -> None:
        """How many edits Undo keeps: now if the history is empty, else from the next New or Open."""
        self._undo_limit = limit
        if self.undo_stack.count() == 0:
            self.undo_stack.setUndoLimit(limit)

    # -- files ---------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Open a plan file (raises PlanFileError; the current plan is untouched then)."""
        opened = app_open_plan(path)
        self.reset(opened.plan, opened.path, stamp=opened.stamp)

    def opened_from(self, path: Path, stamp: FileStamp) -> None:
        """Say that the plan the document was made with is the one read from ``path`` (no new check)."""
        self._path = path
        self._stamp = stamp
        self.base_version = plan_version(self._plan)
        self.undo_stack.setClean()
        self.fileChanged.emit(self._path)

    def reset(self, plan: Plan, path: Path | None = None, modified: bool = False,
              stamp: FileStamp | None = None) -> None:
        """Start over with a plan (New, an opened file, or a recovered autosave when ``modified``).

        ``stamp`` is what the file held when it was read. If the plan cannot be
        checked, the error propagates and the document is left exactly as it was.
        """
        results = self._compute(plan)  # may raise: nothing changed yet
        self._path = path
        self._stamp = stamp
        # The plan as read, for a clinic store's revision check (none for recovered, unsaved changes).
        self.base_version: str | None = None if modified else plan_version(plan)
        self.undo_stack.clear()
        self.undo_stack.setUndoLimit(self._undo_limit)  # Qt takes a new limit only while the history is empty
        self._set_plan(plan, results)
        if modified:
            self.undo_stack.resetClean()
            self.undo_stack.push(_SetPlanCommand(self, plan, plan, self.tr("Recovered changes"), None, results))
        self.fileChanged.emit(self._path)
        self.modifiedChanged.emit(self.modified)

    def save(self, path: Path | None = None, *, force: bool = False) -> Path:
        """Save atomically to ``path`` (or the current file); returns the path.

        Saving to the file the plan came from checks first that it has not
        changed on disk since it was opened or saved here, unless ``force``.

        Raises
        ------
        FileChangedError
            The file changed on disk; nothing was written.
        FileWriteError
            The file cannot be written; the previous file is untouched.
        """
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no file name")
        same_file = self._path is not None and _same_path(target, self._path)
        app_save_plan(self._plan, target, expected=self._stamp, check_disk=same_file and not force)
        self._path = target
        self._stamp = file_stamp(target)
        self.base_version = plan_version(self._plan)
        self.undo_stack.setClean()
        self.fileChanged.emit(target)
        self.modifiedChanged.emit(False)
        return target


def _same_path(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (links followed)."""
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return a == b
