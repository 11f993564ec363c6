"""The Treatment view: record today's session from the plan, and see the course as it was delivered.

:class:`TreatmentView` owns the two halves and the course record they share.
Its :attr:`~TreatmentView.form` (an editor tab) records a session: the values
the plan sets are filled in, so the technician confirms them or corrects what
was delivered differently; smaller dialogs record an MT re-test, an outcome
score and a deviation. Its :attr:`~TreatmentView.panel` (a result tab) shows
the sessions planned beside those delivered, the side effects, the motor
threshold's history, the outcome scores as a chart with response and remission
in words, and the findings on the delivered course.

Every figure comes from the :class:`~tmsplanner.core.record_view.RecordView`
(and its course view); this module only formats numbers and dates in the
interface language. Recording goes through the application layer
(:mod:`tmsplanner.app.records`), which validates everything before it writes
one entry: a bad value is reported naming its field, and nothing is written.
The record is kept against the saved plan: a plan with unsaved changes is saved
first (with the window's own Save), and a plan without a record id gets one,
saved into its file.

The record store is opened the first time either tab is shown and closed with
the window. A store that cannot be opened is said once; planning goes on, and
the tabs offer to try again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QWidget,
)

from tmsplanner.app.plans import file_stamp
from tmsplanner.app.records import (
    RecordError,
    course_record,
    earlier_versions,
    ensure_plan_id,
    record_deviation,
    record_retest,
    record_score,
    record_session,
    taken_place,
)
from tmsplanner.app.store import RecordStore, StoreError, open_store
from tmsplanner.core.errors import FileError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.fieldnames import describe_for_people
from tmsplanner.core.plan import Plan
from tmsplanner.core.record import (
    Deviation,
    Entry,
    EntryBody,
    MTRetest,
    Score,
    SessionRecord,
    plan_version,
)
from tmsplanner.core.record_view import RecordView
from tmsplanner.gui.alerts import show_error
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import (
    words,
)
from tmsplanner.gui.treatment.common import PLACEHOLDER_ID, ask_save_first, next_pending
from tmsplanner.gui.treatment.dialogs import DeviationDialog, RetestDialog, ScoreDialog
from tmsplanner.gui.treatment.form import TreatmentForm
from tmsplanner.gui.treatment.record_panel import RecordPanel

# -- the controller ----------------------------------------------------------------------------------------

class TreatmentView(QObject):
    """The Treatment form and record panel of one window, and the course record they show.

    Parameters
    ----------
    doc : PlanDocument
        The open plan.
    kb : KnowledgeBase
        The evidence base (scales, rules).
    save : callable
        The window's Save action: saves the plan (asking for a file name if it has none); True when saved.
    parent : QWidget
        The window: the parent of every message; its status bar shows what was recorded.
    """

    statusMessage = Signal(str, int)
    recorded = Signal(object)  # the Entry just recorded

    def __init__(self, doc: PlanDocument, kb: KnowledgeBase, save: Callable[[], bool],
                 parent: QWidget | None = None, store_url: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.kb = kb
        self._save = save
        self._store_url = store_url
        self._parent = parent
        self.store: RecordStore | None = None
        self.store_problem: str | None = None
        self._tried = False
        self._entries: list[Entry] = []
        self._entries_for: str | None = None
        self._versions: dict[str, Plan | None] = {}  # earlier plan versions the entries were made against
        self.view: RecordView | None = None
        self._stale = True
        self.form = TreatmentForm(self)
        self.panel = RecordPanel(self)
        if isinstance(parent, QMainWindow):
            self.statusMessage.connect(parent.statusBar().showMessage)

    # -- the store -------------------------------------------------------------------------------------
    def reopen(self) -> None:
        """Close the store, so that the next use opens the one the settings name now."""
        if self.store is not None:
            self.store.close()
        self.store = None
        self.store_problem = None

    def open_store(self, *, tell: bool = True) -> bool:
        """Open the record store if it is not open; on failure say so once (``tell``) and in both tabs."""
        if self.store is not None:
            return True
        try:
            self.store = open_store(self._store_url() or None)
        except StoreError as exc:
            self.store_problem = exc.words(words())
            self._show_store_problem()
            if tell:
                show_error(self._parent, self.tr("Course record"),
                           self.tr("The course record cannot be opened. Planning works as before; sessions can be "
                                   "recorded once the record opens (Treatment tab: Try again)."),
                           self.store_problem)
            return False
        self.store_problem = None
        self._entries_for = None  # read them now
        self._show_store_problem()
        return True

    def retry_store(self) -> None:
        """Try to open the store again (the tabs' Try again)."""
        if self.open_store(tell=False):
            self.refresh(reload=True)

    def _show_store_problem(self) -> None:
        self.form.show_store_problem(self.store_problem)
        self.panel.show_store_problem(self.store_problem)

    def close(self) -> None:
        """Close the record store (the window closes)."""
        if self.store is not None:
            self.store.close()
            self.store = None

    def activate(self) -> None:
        """A Treatment tab is shown: open the store the first time, then show the record as it stands now."""
        if not self._tried:
            self._tried = True
            if not self.open_store(tell=False):
                problem = self.store_problem
                # Said once, after the tab has been drawn (a message box inside a show event would block it).
                QTimer.singleShot(0, lambda: self._tell_store_problem(problem))
        self.refresh(reload=True)

    def _tell_store_problem(self, problem: str | None) -> None:
        if problem is not None and self.store is None and shiboken6.isValid(self):
            show_error(self._parent, self.tr("Course record"),
                       self.tr("The course record cannot be opened. Planning works as before; sessions can be "
                               "recorded once the record opens (Treatment tab: Try again)."), problem)

    # -- the record view ---------------------------------------------------------------------------------
    def _shown(self) -> bool:
        return self.form.isVisible() or self.panel.isVisible()

    def _load_entries(self) -> None:
        plan_id = self.doc.plan.plan_id
        self._entries_for = plan_id
        self._entries = []
        if plan_id is None or self.store is None:
            return
        try:
            self._entries = self.store.entries(plan_id)
        except StoreError as exc:
            self.store_problem = exc.words(words())
            self._show_store_problem()

    def refresh(self, *_: object, reload: bool = False) -> None:
        """Show the record of the plan as it is now (the document's results changed, or something was recorded).

        While neither tab is shown this only notes that the tabs are out of date.
        """
        if not self._shown():
            self._stale = True
            return
        self._stale = False
        if reload or self._entries_for != self.doc.plan.plan_id:
            self._load_entries()
        self.view = self.record_view()
        self.form.show_view(self.view)
        self.panel.show_view(self.view)

    def record_view(self) -> RecordView:
        """The record view of the plan on screen and the entries read (a plan without an id: all pending)."""
        plan = self.doc.plan
        entries = self._entries if plan.plan_id is not None and self._entries_for == plan.plan_id else []
        if plan.plan_id is None:
            plan = plan.model_copy(update={"plan_id": PLACEHOLDER_ID})
        return course_record(None, plan, self.kb, self.doc.check_settings, entries=entries,
                             language=self.doc.language, versions=self._earlier_versions(plan, entries))

    def _earlier_versions(self, plan: Plan, entries: list[Entry]) -> dict[str, Plan | None]:
        """The earlier plan versions the entries were made against, read from the store once each."""
        kept = self._versions  # keyed by the versions' content: never stale, kept across a store reopened
        if not entries or self.store is None:
            return kept
        current = plan_version(plan)
        missing = [e for e in entries if e.plan_version != current and e.plan_version not in kept]
        if missing:
            try:
                kept.update(earlier_versions(self.store, plan, missing))
            except StoreError:
                return kept  # the store out of reach: those sessions are held to the current plan meanwhile
        return kept

    def shown(self) -> None:
        """One of the tabs became visible."""
        self.activate()

    # -- recording ---------------------------------------------------------------------------------------
    def _ready(self) -> tuple[RecordStore, Any] | str:
        """The open store and the saved plan with its record id; else why nothing can be recorded."""
        doc = self.doc
        if doc.path is None or doc.modified:
            if not ask_save_first(self._parent) or not self._save():
                return self.tr("Nothing was recorded: the plan is not saved.")
            if doc.path is None or doc.modified:
                return self.tr("Nothing was recorded: the plan is not saved.")
        if not self.open_store(tell=True) or self.store is None:
            return self.tr("Nothing was recorded: the course record cannot be opened.")
        plan = doc.plan
        if plan.plan_id is None:
            path = doc.path
            assert path is not None
            try:
                identified = ensure_plan_id(plan, path, doc.stamp)
            except FileError as exc:
                show_error(self._parent, self.tr("Not recorded"),
                           self.tr("The plan file could not be given its record id, so nothing was recorded."),
                           exc.words(words()))
                return self.tr("Nothing was recorded: the plan file could not be updated.")
            # The plan on screen is now the file's, id included, as after opening it: the id is not an edit
            # that Undo could take back (the record would then split between two ids).
            doc.reset(identified.plan, path, stamp=file_stamp(path))
            self.statusMessage.emit(self.tr("The plan was given its record id and saved"), 5000)
            plan = doc.plan
        return self.store, plan

    def submit(self, action: Callable[[RecordStore, Any], Entry], done: str, body: EntryBody) -> str | None:
        """Record ``body`` with ``action(store, plan)``; None when recorded, else why not (nothing written).
        What has not taken place is refused before the plan is given its record id."""
        try:
            taken_place(body)
        except RecordError as exc:
            return exc.words(words())
        ready = self._ready()
        if isinstance(ready, str):
            return ready
        store, plan = ready
        try:
            entry = action(store, plan)
        except RecordError as exc:
            return exc.words(words())
        except StoreError as exc:
            show_error(self._parent, self.tr("Not recorded"),
                       self.tr("The course record could not be written; nothing was recorded."), exc.words(words()))
            return self.tr("Nothing was recorded: the course record could not be written.")
        except ValidationError as exc:
            return describe_for_people(exc, words(), Entry)
        self.form.recorded()
        self._entries_for = None
        self.refresh(reload=True)
        self.statusMessage.emit(done, 8000)
        self.recorded.emit(entry)
        return None

    def record_session(self, body: SessionRecord, correct: bool, reason: str | None) -> str | None:
        """Record a delivered session (or its correction); None when recorded, else why not."""
        kb = self.kb
        done = (self.tr("Correction of session %1 recorded") if correct else self.tr("Session %1 recorded")) \
            .replace("%1", str(body.session))
        return self.submit(lambda store, plan: record_session(store, plan, kb, body, correct=correct, reason=reason),
                           done, body)

    def record_score(self, score: Score, correct: bool, reason: str | None) -> str | None:
        kb = self.kb
        return self.submit(lambda store, plan: record_score(store, plan, kb, score, correct=correct, reason=reason),
                           self.tr("Score recorded"), score)

    def record_retest(self, retest: MTRetest) -> str | None:
        return self.submit(lambda store, plan: record_retest(store, plan, retest), self.tr("MT re-test recorded"),
                           retest)

    def record_deviation(self, deviation: Deviation) -> str | None:
        kb = self.kb
        return self.submit(lambda store, plan: record_deviation(store, plan, kb, deviation),
                           self.tr("Deviation recorded"), deviation)

    # -- the dialogs ---------------------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def retest_dialog(self) -> RetestDialog:
        """Open the MT re-test dialog (window-modal; it records on OK)."""
        return self._open(RetestDialog(self, self.form))  # type: ignore[return-value]

    def score_dialog(self) -> ScoreDialog:
        """Open the score dialog."""
        return self._open(ScoreDialog(self, self.form))  # type: ignore[return-value]

    def deviation_dialog(self) -> DeviationDialog:
        """Open the deviation dialog."""
        return self._open(DeviationDialog(self, self.form))  # type: ignore[return-value]

    def next_session(self) -> int | None:
        """The first planned session neither recorded nor marked as a deviation (None when there is none)."""
        if self.view is None:
            return None
        return next_pending(self.view)
