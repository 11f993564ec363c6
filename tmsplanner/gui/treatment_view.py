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

import datetime as dt
import html
import json
import math
import re
from collections.abc import Callable
from typing import Any

import shiboken6
from pydantic import BaseModel, TypeAdapter, ValidationError
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QPointF, QRectF, QSize, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPalette, QPen, QPolygonF, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.app.plans import file_stamp
from tmsplanner.app.records import (
    RecordError,
    course_record,
    ensure_plan_id,
    planned_blocks,
    record_deviation,
    record_retest,
    record_score,
    record_session,
)
from tmsplanner.app.store import RecordStore, StoreError, open_store
from tmsplanner.core.axis import nice_step
from tmsplanner.core.checks.findings import Finding
from tmsplanner.core.errors import FileError
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.evidence.models import OutcomeScale
from tmsplanner.core.fieldnames import allowed_for_people, describe_for_people
from tmsplanner.core.labels import target_label
from tmsplanner.core.messages import render_finding, translator_for
from tmsplanner.core.outcomes import scales_for
from tmsplanner.core.plan import ShortText
from tmsplanner.core.record import (
    PRE_SESSION_CHECKS,
    DeliveredBlock,
    Deviation,
    Entry,
    MTRetest,
    Score,
    SessionRecord,
    SideEffect,
)
from tmsplanner.core.record_view import BlockDelivery, RecordView, ScaleTrend, SessionDelivery
from tmsplanner.core.vocab import (
    DeviationKind,
    MTKind,
    MTMethod,
    MTMuscle,
    Severity,
    SideEffectKind,
    SideEffectSeverity,
)
from tmsplanner.gui.dialogs import show_error
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import (
    ERROR_COLOUR,
    MARK,
    NONE_TEXT,
    NumberSpinBox,
    TimeEdit,
    accessible,
    date_edit,
    describe,
    make_note,
    mark_invalid,
    readable_placeholder,
    unit_text,
    vocab,
    words,
)
from tmsplanner.gui.findings_panel import COLOURS, readable, severity_icon
from tmsplanner.gui.painting import Ink, Picture

CORRECTED_MARK = "✎"
ARROW = "→"
PLACEHOLDER_ID = "unsaved"  # a plan never recorded against: its record view is the plan, every session pending
_SESSION_FIELD = re.compile(r"^record\.sessions\[(\d+)\](?:\.blocks\[(\d+)\]\.(intensity_pct_mso|pulses)|\.(\w+))?")


# -- formatting: the interface language's numbers, dates and times (nothing computed) ------------------------

def date_text(day: dt.date, pattern: str = "ddd d MMM yyyy") -> str:
    """A date as the interface language writes it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def number(value: float) -> str:
    """A recorded number (a %MSO, a score) as the interface language writes it: '55', '52.5', «52,5»."""
    return QLocale().toString(float(value), "g", 6)


def count(value: int) -> str:
    """A whole number with the language's grouping: '90,000'."""
    return QLocale().toString(int(value))


def clock(moment: dt.time | dt.datetime) -> str:
    """A clock time in hours and minutes."""
    return f"{moment:%H:%M}"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow pane: the field goes under its label
    return form


def _reveal(widget: QWidget) -> None:
    """Scroll the page holding ``widget`` so that it is in view."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if isinstance(area, QScrollArea):
        area.ensureWidgetVisible(widget)


def _problem_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _choice(options: list[Any], current: Any = None, name: str = "") -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for option in options:
        combo.addItem(vocab(option), option.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def _chosen(combo: QComboBox) -> str:
    return str(combo.currentData())


def _short_text(value: str) -> str:
    """``value`` as a valid short text, or raise ValidationError (a reason typed for a correction)."""
    return TypeAdapter(ShortText).validate_python(value)


def ask_save_first(parent: QWidget | None) -> bool:
    """Ask to save the plan before recording against it: Save and record (the default), or Cancel."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("TreatmentView", "Save the plan first"),
                      QCoreApplication.translate("TreatmentView", "The course record is kept against the saved plan. "
                                                 "Save the plan now, then record?"),
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("TreatmentView", "&Save and record"),
                         QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    try:
        box.exec()
        return box.clickedButton() is save
    finally:
        box.deleteLater()


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
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.kb = kb
        self._save = save
        self._parent = parent
        self.store: RecordStore | None = None
        self.store_problem: str | None = None
        self._tried = False
        self._entries: list[Entry] = []
        self._entries_for: str | None = None
        self.view: RecordView | None = None
        self._stale = True
        self.form = TreatmentForm(self)
        self.panel = RecordPanel(self)
        if isinstance(parent, QMainWindow):
            self.statusMessage.connect(parent.statusBar().showMessage)

    # -- the store -------------------------------------------------------------------------------------
    def open_store(self, *, tell: bool = True) -> bool:
        """Open the record store if it is not open; on failure say so once (``tell``) and in both tabs."""
        if self.store is not None:
            return True
        try:
            self.store = open_store()
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
                             language=self.doc.language)

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

    def submit(self, action: Callable[[RecordStore, Any], Entry], done: str) -> str | None:
        """Record one entry with ``action(store, plan)``; None when recorded, else why not (nothing written)."""
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
                           done)

    def record_score(self, score: Score, correct: bool, reason: str | None) -> str | None:
        kb = self.kb
        return self.submit(lambda store, plan: record_score(store, plan, kb, score, correct=correct, reason=reason),
                           self.tr("Score recorded"))

    def record_retest(self, retest: MTRetest) -> str | None:
        return self.submit(lambda store, plan: record_retest(store, plan, retest), self.tr("MT re-test recorded"))

    def record_deviation(self, deviation: Deviation) -> str | None:
        kb = self.kb
        return self.submit(lambda store, plan: record_deviation(store, plan, kb, deviation),
                           self.tr("Deviation recorded"))

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


def next_pending(view: RecordView) -> int | None:
    """The first planned session with nothing recorded about it."""
    return next((s.session for s in view.sessions
                 if s.planned is not None and s.record is None and s.deviation is None), None)


def session_of(view: RecordView, number: int) -> SessionDelivery | None:
    """The record view's row of a session number."""
    return next((s for s in view.sessions if s.session == number), None)


class _ShowsRecord:
    """For the form and the panel: being shown asks the controller to bring them up to date."""

    controller: TreatmentView

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not event.spontaneous():
            self.controller.shown()


class StoreNote(QFrame):
    """The line saying the course record cannot be opened, with Try again."""

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("store_problem")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = _problem_label("store_problem_text")
        self.label.show()
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.setObjectName("store_retry")
        self.retry.clicked.connect(controller.retry_store)
        row.addWidget(self.label, 1)
        row.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problem(self, problem: str | None) -> None:
        if problem:
            self.label.setText(f"{MARK} " + self.tr("The course record cannot be opened: %1").replace("%1", problem))
        self.setVisible(bool(problem))


# -- the form --------------------------------------------------------------------------------------------

class BlockRow(QGroupBox):
    """One block of the session: what the plan sets, and the %MSO and pulses delivered."""

    def __init__(self, number: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.number = number
        self.setObjectName(f"block_{number}")
        form = _form(self)
        self.planned = make_note(QLabel())
        self.planned.setObjectName(f"block_{number}_planned")
        self.planned.setWordWrap(True)
        self.mso = NumberSpinBox()
        self.mso.setObjectName(f"block_{number}_mso")
        self.mso.setDecimals(1)
        self.mso.setRange(0.0, 100.0)  # 0 is refused with words, never corrected silently
        unit = unit_text("%MSO")
        self.mso.setSuffix(f" {unit}")
        self.mso.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        accessible(self.mso, self.tr("Block %1: intensity delivered").replace("%1", str(number)),
                   describe(DeliveredBlock, "intensity_pct_mso"))
        self.pulses = QSpinBox()
        self.pulses.setObjectName(f"block_{number}_pulses")
        self.pulses.setRange(0, 100_000)
        self.pulses.setGroupSeparatorShown(True)
        self.pulses.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        accessible(self.pulses, self.tr("Block %1: pulses delivered").replace("%1", str(number)),
                   describe(DeliveredBlock, "pulses"))
        self.interrupted = QCheckBox(self.tr("A train was interrupted"))
        self.interrupted.setObjectName(f"block_{number}_interrupted")
        form.addRow(self.planned)
        self.mso_label = QLabel(self.tr("Intensity delivered"))
        self.mso_label.setBuddy(self.mso)
        self.pulses_label = QLabel(self.tr("Pulses delivered"))
        self.pulses_label.setBuddy(self.pulses)
        form.addRow(self.mso_label, self.mso)
        form.addRow(self.pulses_label, self.pulses)
        form.addRow("", self.interrupted)

    def show_planned(self, planned: BlockDelivery | None) -> None:
        """What the plan sets for this block at this session (and what a re-tested threshold implies)."""
        if planned is None or planned.planned_pct_mso is None:
            self.planned.setText(self.tr("Not in the plan."))
            return
        text = self.tr("Plan: %1% MSO, %2 pulses.").replace("%1", count(planned.planned_pct_mso)) \
            .replace("%2", count(planned.planned_pulses or 0))
        if planned.implied_pct_mso is not None:
            text += " " + self.tr("The re-tested motor threshold implies %1% MSO.") \
                .replace("%1", count(planned.implied_pct_mso))
        self.planned.setText(text)

    def set_delivered(self, block: DeliveredBlock) -> None:
        self.mso.setValue(block.intensity_pct_mso)
        self.pulses.setValue(block.pulses)
        self.interrupted.setChecked(block.interrupted)

    def data(self) -> dict[str, Any]:
        return {"block": self.number, "intensity_pct_mso": float(self.mso.value()), "pulses": int(self.pulses.value()),
                "interrupted": self.interrupted.isChecked()}

    def editors(self) -> list[QWidget]:
        return [self.mso, self.pulses, self.interrupted]


class SideEffectRow(QFrame):
    """One side effect: its kind, how severe, a note; Remove takes it away."""

    removeRequested = Signal(object)

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("side_effect")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, self.fontMetrics().height() // 2)  # one side effect apart from the next
        self.kind = _choice(list(SideEffectKind), None, "side_effect_kind")
        self.severity = _choice(list(SideEffectSeverity), None, "side_effect_severity")
        self.note = QLineEdit()
        self.note.setObjectName("side_effect_note")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        readable_placeholder(self.note)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("side_effect_remove")
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        self.renumber(number)
        grid.addWidget(self.kind, 0, 0)
        grid.addWidget(self.severity, 0, 1)
        grid.addWidget(self.note, 1, 0)
        grid.addWidget(self.remove, 1, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 1)

    def renumber(self, number: int) -> None:
        accessible(self.kind, self.tr("Side effect %1").replace("%1", str(number)))
        accessible(self.severity, self.tr("Side effect %1: severity").replace("%1", str(number)))
        accessible(self.note, self.tr("Side effect %1: note").replace("%1", str(number)))
        accessible(self.remove, self.tr("Remove side effect %1").replace("%1", str(number)))

    def set_effect(self, effect: SideEffect) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(effect.kind.value)))
        self.severity.setCurrentIndex(max(0, self.severity.findData(effect.severity.value)))
        self.note.setText(effect.note or "")

    def data(self) -> dict[str, Any]:
        return {"kind": _chosen(self.kind), "severity": _chosen(self.severity),
                "note": self.note.text().strip() or None}


class TreatmentForm(_ShowsRecord, QWidget):
    """Record one session: the plan's values filled in, to confirm or correct, and what happened."""

    MAX_SIDE_EFFECTS = next((m.max_length for m in SessionRecord.model_fields["side_effects"].metadata
                             if getattr(m, "max_length", None)), 20)

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("treatment_form")
        self._loading = False
        self._dirty = False  # something was typed since the session was filled in
        self._chosen = False  # the session number was chosen by hand
        self.view: RecordView | None = None
        self.blocks: list[BlockRow] = []
        self.side_effects: list[SideEffectRow] = []
        layout = QVBoxLayout(self)
        self.store_note = StoreNote(controller)
        layout.addWidget(self.store_note)
        intro = make_note(QLabel(self.tr("Record today's session. The values the plan sets are filled in: confirm "
                                         "them, or correct what was delivered differently.")))
        intro.setWordWrap(True)
        intro.setObjectName("treatment_intro")
        layout.addWidget(intro)

        session_box = QGroupBox(self.tr("Session"))
        form = _form(session_box)
        self.session = QSpinBox()
        self.session.setObjectName("record_session_number")
        self.session.setRange(1, 1)
        accessible(self.session, self.tr("Session number"),
                   self.tr("The session of the plan being recorded; the first not yet recorded is offered."))
        self.session.valueChanged.connect(self._session_chosen)
        self.planned = make_note(QLabel())
        self.planned.setObjectName("record_planned")
        self.planned.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("record_state")
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        font = self.state.font()
        font.setBold(True)  # a correction, or a session recorded otherwise: not to be missed
        self.state.setFont(font)
        self.state.hide()
        self.date = date_edit()
        self.date.setObjectName("record_date")
        accessible(self.date, self.tr("Date delivered"))
        self.start = TimeEdit()
        self.start.setObjectName("record_start")
        accessible(self.start, self.tr("Start time"))
        self.end = TimeEdit()
        self.end.setObjectName("record_end")
        accessible(self.end, self.tr("End time"))
        times = QWidget()
        row = QHBoxLayout(times)
        row.setContentsMargins(0, 0, 0, 0)
        until = QLabel(self.tr("to"))
        row.addWidget(self.start, 1)
        row.addWidget(until)
        row.addWidget(self.end, 1)
        self.operator = QLineEdit()
        self.operator.setObjectName("record_operator")
        self.operator.setPlaceholderText(self.tr("Initials of who delivered the session"))
        readable_placeholder(self.operator)
        accessible(self.operator, self.tr("Operator"), self.tr("Initials of who delivered the session"))
        for text, widget in ((self.tr("Session number"), self.session), (self.tr("Date delivered"), self.date),
                             (self.tr("Start and end"), times), (self.tr("Operator"), self.operator)):
            label = QLabel(text)
            label.setBuddy(widget if widget is not times else self.start)
            form.addRow(label, widget)
            if widget is self.session:
                form.addRow(self.planned)
                form.addRow(self.state)
        layout.addWidget(session_box)

        self.blocks_box = QWidget()
        self.blocks_layout = QVBoxLayout(self.blocks_box)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.blocks_box)

        checks = QGroupBox(self.tr("Before the session"))
        column = QVBoxLayout(checks)
        self.coil = QCheckBox(self.tr("Coil position confirmed"))
        self.coil.setObjectName("record_coil_confirmed")
        column.addWidget(self.coil)
        self.checks: dict[str, QCheckBox] = {}
        for key in PRE_SESSION_CHECKS:
            box = QCheckBox(self.check_words(key))
            box.setObjectName(f"check_{key}")
            self.checks[key] = box
            column.addWidget(box)
        checks_note = make_note(QLabel(self.tr("Tick each that holds; a question left unticked is recorded as "
                                               "\"no\".")))
        checks_note.setWordWrap(True)
        column.addWidget(checks_note)
        layout.addWidget(checks)

        effects = QGroupBox(self.tr("Side effects"))
        self.effects_layout = QVBoxLayout(effects)
        self.no_effects = make_note(QLabel(self.tr("None noted.")))
        self.effects_layout.addWidget(self.no_effects)
        self.add_effect = QPushButton(self.tr("Add side effect"))
        self.add_effect.setObjectName("add_side_effect")
        self.add_effect.clicked.connect(lambda: self.add_side_effect())
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_effect)
        add_row.addStretch(1)
        self.effects_layout.addLayout(add_row)
        layout.addWidget(effects)

        notes = QGroupBox(self.tr("Note"))
        column = QVBoxLayout(notes)
        self.note = QPlainTextEdit()
        self.note.setObjectName("record_note")
        self.note.setTabChangesFocus(True)
        accessible(self.note, self.tr("Note"))
        lines = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(lines * 4 + 2 * self.note.frameWidth() + 8)
        column.addWidget(self.note)
        layout.addWidget(notes)

        self.reason_box = QWidget()
        reason_form = _form(self.reason_box)
        reason_form.setContentsMargins(0, 0, 0, 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("correction_reason")
        self.reason.setPlaceholderText(self.tr("Required: why it is corrected"))
        readable_placeholder(self.reason)
        accessible(self.reason, self.tr("Reason for the correction"),
                   self.tr("Why the recorded session is corrected (required)"))
        reason_label = QLabel(self.tr("Reason for the correction"))
        reason_label.setBuddy(self.reason)
        reason_form.addRow(reason_label, self.reason)
        self.reason_box.hide()
        layout.addWidget(self.reason_box)

        self.problem = _problem_label("record_problem")
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record session"))
        self.record_button.setObjectName("record_session")
        font = self.record_button.font()
        font.setBold(True)
        self.record_button.setFont(font)
        self.record_button.clicked.connect(self.record)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        more = QGroupBox(self.tr("Also record"))
        grid = QGridLayout(more)
        self.retest_button = QPushButton(self.tr("MT re-test…"))
        self.retest_button.setObjectName("record_retest")
        self.retest_button.setToolTip(self.tr("Record a motor threshold re-determined during the course"))
        self.retest_button.clicked.connect(controller.retest_dialog)
        self.score_button = QPushButton(self.tr("Score…"))
        self.score_button.setObjectName("record_score")
        self.score_button.setToolTip(self.tr("Record an outcome score on a rating scale"))
        self.score_button.clicked.connect(controller.score_dialog)
        self.deviation_button = QPushButton(self.tr("Deviation…"))
        self.deviation_button.setObjectName("record_deviation")
        self.deviation_button.setToolTip(self.tr("Record a planned session missed, shortened or stopped"))
        self.deviation_button.clicked.connect(controller.deviation_dialog)
        for k, button in enumerate((self.retest_button, self.score_button, self.deviation_button)):
            accessible(button, self.tr("Record %1").replace("%1", button.text().rstrip("…")), button.toolTip())
            grid.addWidget(button, 0, k)
        layout.addWidget(more)
        layout.addStretch(1)

        for widget in (self.date, self.start, self.end):
            widget.dateTimeChanged.connect(self._touched)
        self.operator.textEdited.connect(self._touched)
        self.coil.toggled.connect(self._touched)
        for box in self.checks.values():
            box.toggled.connect(self._touched)
        self.note.textChanged.connect(self._touched)

    # -- words -----------------------------------------------------------------------------------------
    def check_words(self, key: str) -> str:
        """The question of a pre-session check, answered yes."""
        return {
            "slept_normally": self.tr("Slept as usual"),
            "no_new_medication": self.tr("No new medication or dose change"),
            "no_alcohol_or_drugs": self.tr("No alcohol or recreational drugs"),
            "no_seizure_since_last": self.tr("No seizure since the last session"),
            "no_metal_or_implant_change": self.tr("No new metal or implant near the head"),
        }.get(key, key.replace("_", " "))

    def status_words(self, status: str) -> str:
        """A session's status in the interface language (the record panel's words)."""
        return self.controller.panel.status_words(status)

    # -- state -----------------------------------------------------------------------------------------
    def _touched(self, *_: object) -> None:
        if not self._loading:
            self._dirty = True

    def _session_chosen(self, number: int) -> None:
        if self._loading:
            return
        self._chosen = True
        self.load_session(number)

    @property
    def correcting(self) -> bool:
        """Whether the session shown is already recorded (recording it again is a correction)."""
        if self.view is None:
            return False
        found = session_of(self.view, self.session.value())
        return found is not None and found.record is not None

    def show_store_problem(self, problem: str | None) -> None:
        self.store_note.show_problem(problem)
        self._enable()

    def _enable(self) -> None:
        usable = self.controller.store_problem is None or self.controller.store is not None
        for button in (self.record_button, self.retest_button, self.score_button, self.deviation_button):
            button.setEnabled(usable and self.view is not None and bool(self.view.planned_sessions))

    def show_view(self, view: RecordView) -> None:
        """Show a new record view: the session being typed stays; else the next session is offered."""
        self.view = view
        self._loading = True
        try:
            self.session.setRange(1, max(1, view.planned_sessions, *(s.session for s in view.sessions)))
        finally:
            self._loading = False
        if len(self.blocks) != len(view.course.blocks):
            self._dirty = False  # the plan's blocks changed: what was typed no longer fits
            self._build_blocks(view)
        if self._dirty:
            self._show_session_state(self.session.value())
        else:
            chosen = self.session.value() if self._chosen else (next_pending(view) or view.planned_sessions or 1)
            self.load_session(chosen)
        self._enable()

    def _build_blocks(self, view: RecordView) -> None:
        for row in self.blocks:
            row.setParent(None)
            row.deleteLater()
        self.blocks = []
        c = words()
        for settings in view.course.blocks:
            title = self.tr("Block %1: %2").replace("%1", str(settings.number)) \
                .replace("%2", target_label(settings.block, c))
            row = BlockRow(settings.number, title)
            for editor in (row.mso, row.pulses):
                editor.valueChanged.connect(self._touched)
            row.interrupted.toggled.connect(self._touched)
            self.blocks_layout.addWidget(row)
            self.blocks.append(row)

    def load_session(self, number: int) -> None:
        """Fill the form for session ``number``: the plan's values, or what was recorded (to correct it)."""
        view = self.view
        if view is None:
            return
        self._loading = True
        try:
            self.session.setValue(number)
            found = session_of(view, number)
            record = found.record if found is not None else None
            planned = found.planned if found is not None else None
            self.date.setDate(_qdate(record.date if record is not None else dt.date.today()))
            start = record.start if record is not None and record.start is not None else \
                (planned.start.time() if planned is not None else None)
            end = record.end if record is not None and record.end is not None else \
                (planned.end.time() if planned is not None else None)
            if start is not None:
                self.start.setTime(QTime(start.hour, start.minute))
            if end is not None:
                self.end.setTime(QTime(end.hour, end.minute))
            if record is not None:
                self.operator.setText(record.operator)
                delivered = {b.block: b for b in record.blocks}
            elif planned is not None:
                delivered = {b.block: b for b in planned_blocks(view.course, number)}
            else:
                delivered = {}
            for row in self.blocks:
                row.show_planned(found.blocks[row.number - 1] if found is not None
                                 and row.number <= len(found.blocks) else None)
                if row.number in delivered:
                    row.set_delivered(delivered[row.number])
            self.coil.setChecked(bool(record.coil_position_confirmed) if record is not None else False)
            for key, box in self.checks.items():
                box.setChecked(bool(record.pre_session_check.get(key)) if record is not None else False)  # type: ignore[call-overload]
            for effect_row in list(self.side_effects):
                self._remove_side_effect(effect_row)
            for effect in record.side_effects if record is not None else ():
                self.add_side_effect(effect)
            self.note.setPlainText(record.note or "" if record is not None else "")
            self.reason.clear()
            self._clear_marks()
        finally:
            self._loading = False
        self._dirty = False
        self._show_session_state(number)

    def _show_session_state(self, number: int) -> None:
        """The planned date and time of the session, and whether it is recorded (then: a correction)."""
        view = self.view
        if view is None:
            return
        found = session_of(view, number)
        planned = found.planned if found is not None else None
        if planned is not None:
            text = self.tr("Planned %1, %2–%3").replace("%1", date_text(planned.date)) \
                .replace("%2", clock(planned.start)).replace("%3", clock(planned.end))
            if planned.mt_retest_due:
                text += " · " + self.tr("an MT re-test is due at this session")
        else:
            text = self.tr("Session %1 is not in the plan, which has %2 sessions.").replace("%1", str(number)) \
                .replace("%2", str(view.planned_sessions))
        self.planned.setText(text)
        state = ""
        if found is not None and found.record is not None and found.entry is not None:
            state = self.tr("Already recorded: %1 by %2. Recording it again records a correction; the entry "
                            "recorded stays in the history.").replace("%1", date_text(found.record.date)) \
                .replace("%2", found.record.operator)
        elif found is not None and found.deviation is not None:
            state = self.tr("Recorded as %1 on %2.").replace("%1", self.status_words(found.status)) \
                .replace("%2", date_text(found.deviation.date))
        elif next_pending(view) is None and view.planned_sessions:
            state = self.tr("Every planned session is recorded.")
        self.state.setText(state)
        self.state.setVisible(bool(state))
        correcting = found is not None and found.record is not None
        self.reason_box.setVisible(correcting)
        self.record_button.setText(self.tr("Record correction") if correcting else self.tr("Record session"))
        self.record_button.setAccessibleName(self.record_button.text())

    # -- side effects ----------------------------------------------------------------------------------
    def add_side_effect(self, effect: SideEffect | None = None) -> SideEffectRow:
        """Add a side effect row (filled from ``effect``)."""
        row = SideEffectRow(len(self.side_effects) + 1)
        if effect is not None:
            row.set_effect(effect)
        row.removeRequested.connect(self._remove_side_effect)
        row.kind.currentIndexChanged.connect(self._touched)
        row.severity.currentIndexChanged.connect(self._touched)
        row.note.textEdited.connect(self._touched)
        self.effects_layout.insertWidget(self.effects_layout.count() - 1, row)
        self.side_effects.append(row)
        self._effects_changed()
        if effect is None and not self._loading:
            self._touched()
            row.kind.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _remove_side_effect(self, row: SideEffectRow) -> None:
        if row in self.side_effects:
            self.side_effects.remove(row)
            row.setParent(None)
            row.deleteLater()
            for k, other in enumerate(self.side_effects, start=1):
                other.renumber(k)
            self._effects_changed()
            self._touched()

    def _effects_changed(self) -> None:
        self.no_effects.setVisible(not self.side_effects)
        self.add_effect.setEnabled(len(self.side_effects) < self.MAX_SIDE_EFFECTS)

    # -- recording -------------------------------------------------------------------------------------
    def session_record(self) -> SessionRecord:
        """The session as typed (raises ValidationError naming the field of a bad value)."""
        start, end = self.start.time(), self.end.time()
        data = {
            "session": self.session.value(),
            "date": self.date.date().toPython().isoformat(),
            "start": f"{start.hour():02d}:{start.minute():02d}",
            "end": f"{end.hour():02d}:{end.minute():02d}",
            "operator": self.operator.text(),
            "blocks": [row.data() for row in self.blocks],
            "coil_position_confirmed": self.coil.isChecked(),
            "pre_session_check": {key: box.isChecked() for key, box in self.checks.items()},
            "side_effects": [row.data() for row in self.side_effects],
            "note": self.note.toPlainText().strip() or None,
        }
        return SessionRecord.model_validate_json(json.dumps(data))

    def _commit_typing(self) -> None:
        """What is being typed in a number or time field counts, as leaving the field would."""
        focused = QApplication.focusWidget()
        spin = focused if isinstance(focused, QAbstractSpinBox) else (
            focused.parentWidget() if focused is not None else None)
        if isinstance(spin, QAbstractSpinBox) and self.isAncestorOf(spin):
            spin.interpretText()

    def record(self) -> bool:
        """Record the session as typed (a correction, with its reason, when it is already recorded).

        A bad value is said beside the button, naming its field, and that field is marked and focused;
        nothing is written then. Returns True when recorded.
        """
        self._commit_typing()
        self._clear_marks()
        try:
            body = self.session_record()
        except ValidationError as exc:
            self.show_problem(describe_for_people(exc, words(), SessionRecord), self._editor_at(exc))
            return False
        correcting = self.correcting
        reason: str | None = None
        if correcting:
            try:
                reason = _short_text(self.reason.text())
            except ValidationError as exc:
                self.show_problem(self.tr("Reason for the correction: %1").replace(
                    "%1", allowed_for_people(exc, words())), self.reason)
                return False
        error = self.controller.record_session(body, correcting, reason)
        if error is not None:
            self.show_problem(error, None)
            return False
        return True

    def recorded(self) -> None:
        """Something was recorded: the next refresh offers the next session."""
        self._dirty = False
        self._chosen = False
        self.problem.hide()

    def _editor_at(self, exc: ValidationError) -> QWidget | None:
        """The editor of the field a validation error names."""
        loc = tuple(exc.errors(include_url=False)[0]["loc"])
        if not loc:
            return self.end  # the times' own check: the end is before the start
        head = loc[0]
        if head == "blocks" and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(self.blocks):
            row = self.blocks[loc[1]]
            return row.pulses if "pulses" in loc else row.mso
        if head == "side_effects" and len(loc) > 1 and isinstance(loc[1], int) and loc[1] < len(self.side_effects):
            return self.side_effects[loc[1]].note
        return {"operator": self.operator, "date": self.date, "start": self.start, "end": self.end,
                "note": self.note, "session": self.session}.get(str(head))

    def show_problem(self, text: str, widget: QWidget | None) -> None:
        """Say why nothing was recorded; mark and focus the field concerned."""
        self.problem.setText(f"{MARK} {text[:1].upper()}{text[1:]}")
        self.problem.show()
        self.problem.setAccessibleName(self.problem.text())
        if widget is not None:
            mark_invalid(widget, text)
            self._marked = widget
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            _reveal(widget)
        else:
            _reveal(self.problem)
        # The field may be far above the button: the status bar says it too.
        self.controller.statusMessage.emit(self.problem.text(), 15000)

    def _clear_marks(self) -> None:
        marked = getattr(self, "_marked", None)
        if marked is not None and shiboken6.isValid(marked):
            mark_invalid(marked, None)
        self._marked = None
        self.problem.hide()


# -- the dialogs ------------------------------------------------------------------------------------------

class _RecordDialog(QDialog):
    """A small recording dialog: a form, the reason a value is refused, Record and Cancel."""

    def __init__(self, controller: TreatmentView, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.form = _form()
        layout.addLayout(self.form)
        self.problem = _problem_label("dialog_problem")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.addButton(self.tr("Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("dialog_record")
        self.ok.setDefault(True)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self._marked: QWidget | None = None

    def add(self, text: str, widget: QWidget, name: str, description: str = "") -> QWidget:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setObjectName(name)
        accessible(widget, text, description)
        self.form.addRow(label, widget)
        return widget

    def operator_field(self) -> QLineEdit:
        edit = QLineEdit(self.controller.form.operator.text())
        edit.setPlaceholderText(self.tr("Initials"))
        readable_placeholder(edit)
        self.add(self.tr("Operator"), edit, "dialog_operator")
        return edit

    def body(self) -> BaseModel:
        raise NotImplementedError

    def editor_at(self, loc: tuple[Any, ...]) -> QWidget | None:
        return None

    def record(self, body: Any) -> str | None:
        raise NotImplementedError

    def submit(self) -> bool:
        """Record what the dialog holds; the dialog closes only when it is recorded."""
        focused = QApplication.focusWidget()
        spin = focused if isinstance(focused, QAbstractSpinBox) else (
            focused.parentWidget() if focused is not None else None)
        if isinstance(spin, QAbstractSpinBox):
            spin.interpretText()
        if self._marked is not None:
            mark_invalid(self._marked, None)
            self._marked = None
        try:
            body = self.body()
        except ValidationError as exc:
            text = describe_for_people(exc, words(), type(self).MODEL)  # type: ignore[attr-defined]
            widget = self.editor_at(tuple(exc.errors(include_url=False)[0]["loc"]))
            self.show_problem(text, widget)
            return False
        error = self.record(body)
        if error is not None:
            self.show_problem(error, None)
            return False
        self.accept()
        return True

    def show_problem(self, text: str, widget: QWidget | None) -> None:
        self.problem.setText(f"{MARK} {text[:1].upper()}{text[1:]}")
        self.problem.show()
        if widget is not None:
            mark_invalid(widget, text)
            self._marked = widget
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


def _json_model(model: type[BaseModel], data: dict[str, Any]) -> Any:
    return model.model_validate_json(json.dumps(data))


def _entry_spin(low: float, high: float) -> NumberSpinBox:
    """A number to be typed: it shows '—' (nothing typed) until a value is entered."""
    spin = NumberSpinBox()
    spin.setDecimals(1)
    spin.setRange(low - 1, high)
    spin.setSpecialValueText(NONE_TEXT)
    spin.setValue(low - 1)
    return spin


def _typed(name: str, spin: QDoubleSpinBox) -> dict[str, float]:
    """``{name: value}``, or nothing while the spin box shows that nothing was typed (the model says it is
    required)."""
    return {} if spin.value() == spin.minimum() else {name: float(spin.value())}


class RetestDialog(_RecordDialog):
    """Record a motor threshold re-determined during the course."""

    MODEL = MTRetest

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(controller, QApplication.translate("RetestDialog", "Record MT re-test"), parent)
        mt = controller.doc.plan.motor_threshold
        self.date = self.add(self.tr("Date"), date_edit(), "retest_date")
        self.date.setDate(QDate.currentDate())
        self.value = _entry_spin(0.0, 100.0)  # the new threshold is typed, never the plan's taken by default
        self.value.setSuffix(f" {unit_text('%MSO')}")
        self.add(self.tr("Motor threshold"), self.value, "retest_value", describe(MTRetest, "value_pct_mso"))
        self.kind = self.add(self.tr("Kind"), _choice(list(MTKind), mt.kind), "retest_kind")
        self.method = self.add(self.tr("Method"), _choice(list(MTMethod), mt.method), "retest_method")
        self.muscle = self.add(self.tr("Muscle"), _choice(list(MTMuscle), mt.muscle), "retest_muscle")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Optional"))
        readable_placeholder(self.reason)
        self.add(self.tr("Reason"), self.reason, "retest_reason")
        self.operator = self.operator_field()
        note = make_note(QLabel(self.tr("The plan keeps its motor threshold; the record compares each session's "
                                        "intensity with the threshold in force on its date.")))
        note.setWordWrap(True)
        self.form.addRow(note)

    def body(self) -> MTRetest:
        return _json_model(MTRetest, {
            "date": self.date.date().toPython().isoformat(), **_typed("value_pct_mso", self.value),
            "mt_kind": _chosen(self.kind), "method": _chosen(self.method), "muscle": _chosen(self.muscle),
            "reason": self.reason.text().strip() or None, "operator": self.operator.text()})

    def editor_at(self, loc: tuple[Any, ...]) -> QWidget | None:
        return {"date": self.date, "value_pct_mso": self.value, "reason": self.reason,
                "operator": self.operator}.get(str(loc[0])) if loc else None

    def record(self, body: MTRetest) -> str | None:
        return self.controller.record_retest(body)


class ScoreDialog(_RecordDialog):
    """Record an outcome score: the plan's scales first, then the other scales of the evidence base."""

    MODEL = Score

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(controller, QApplication.translate("ScoreDialog", "Record score"), parent)
        kb, plan, c = controller.kb, controller.doc.plan, words()
        planned = scales_for(plan, kb)
        self.scales: list[OutcomeScale] = planned + [s for s in kb.outcomes if s not in planned]
        self.scale = QComboBox()
        for scale in self.scales:
            self.scale.addItem(f"{c.evidence(scale, 'short')} — {c.evidence(scale, 'name')}", scale.id)
            if planned and scale is planned[-1] and len(self.scales) > len(planned):
                self.scale.insertSeparator(self.scale.count())  # the plan's scales above, the others below
        self.add(self.tr("Scale"), self.scale, "score_scale")
        self.date = self.add(self.tr("Date"), date_edit(), "score_date")
        self.date.setDate(QDate.currentDate())
        self.value = _entry_spin(0.0, 1000.0)  # no score until one is typed: 0 is a score
        self.add(self.tr("Score"), self.value, "score_value", describe(Score, "value"))
        self.rater = QLineEdit()
        self.rater.setPlaceholderText(self.tr("Optional"))
        readable_placeholder(self.rater)
        self.add(self.tr("Rater"), self.rater, "score_rater")
        self.reason_label = QLabel(self.tr("Reason for the correction"))
        self.reason = QLineEdit()
        self.reason.setObjectName("score_reason")
        self.reason.setPlaceholderText(self.tr("A score of this scale is recorded on this date (required)"))
        readable_placeholder(self.reason)
        accessible(self.reason, self.reason_label.text())
        self.reason_label.setBuddy(self.reason)
        self.form.addRow(self.reason_label, self.reason)
        self.scale.currentIndexChanged.connect(self._existing)
        self.date.dateChanged.connect(self._existing)
        self._existing()

    def recorded_score(self) -> float | None:
        """The score already recorded for the chosen scale on the chosen date (None if there is none)."""
        view = self.controller.view
        if view is None:
            return None
        scale, day = self.scale.currentData(), self.date.date().toPython()
        for trend in view.trends:
            if trend.scale.id == scale:
                for point in trend.points:
                    if point.date == day:
                        return point.value
        return None

    def _existing(self, *_: object) -> None:
        known = self.recorded_score()
        correcting = known is not None
        self.reason_label.setVisible(correcting)
        self.reason.setVisible(correcting)
        if correcting:
            self.reason_label.setToolTip(self.tr("Recorded: %1").replace("%1", number(known or 0)))
        self.ok.setText(self.tr("Record correction") if correcting else self.tr("Record"))

    def body(self) -> Score:
        return _json_model(Score, {"scale": str(self.scale.currentData()),
                                   "date": self.date.date().toPython().isoformat(),
                                   **_typed("value", self.value), "rater": self.rater.text().strip() or None})

    def editor_at(self, loc: tuple[Any, ...]) -> QWidget | None:
        return {"scale": self.scale, "date": self.date, "value": self.value,
                "rater": self.rater}.get(str(loc[0])) if loc else None

    def record(self, body: Score) -> str | None:
        correcting = self.recorded_score() is not None
        reason = None
        if correcting:
            try:
                reason = _short_text(self.reason.text())
            except ValidationError as exc:
                self.reason.setFocus()
                return self.tr("Reason for the correction: %1").replace("%1", allowed_for_people(exc, words()))
        return self.controller.record_score(body, correcting, reason)


class DeviationDialog(_RecordDialog):
    """Record a planned session missed, shortened or stopped."""

    MODEL = Deviation

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(controller, QApplication.translate("DeviationDialog", "Record deviation"), parent)
        view = controller.view
        self.session = QSpinBox()
        self.session.setRange(1, max(1, view.planned_sessions if view is not None else 1))
        self.session.setValue(controller.form.session.value())
        self.add(self.tr("Session"), self.session, "deviation_session")
        self.kind = self.add(self.tr("Deviation"), _choice(list(DeviationKind), DeviationKind.MISSED),
                             "deviation_kind")
        self.date = self.add(self.tr("Date"), date_edit(), "deviation_date")
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Optional"))
        readable_placeholder(self.reason)
        self.add(self.tr("Reason"), self.reason, "deviation_reason")
        self.operator = self.operator_field()
        self.session.valueChanged.connect(self._planned_date)
        self._planned_date(self.session.value())

    def _planned_date(self, number: int) -> None:
        """A session's deviation is dated on its planned date (today for one not in the plan)."""
        view = self.controller.view
        found = session_of(view, number) if view is not None else None
        day = found.planned.date if found is not None and found.planned is not None else dt.date.today()
        self.date.setDate(_qdate(day))

    def body(self) -> Deviation:
        return _json_model(Deviation, {"session": self.session.value(),
                                       "date": self.date.date().toPython().isoformat(),
                                       "deviation": _chosen(self.kind), "reason": self.reason.text().strip() or None,
                                       "operator": self.operator.text()})

    def editor_at(self, loc: tuple[Any, ...]) -> QWidget | None:
        return {"session": self.session, "date": self.date, "reason": self.reason,
                "operator": self.operator}.get(str(loc[0])) if loc else None

    def record(self, body: Deviation) -> str | None:
        return self.controller.record_deviation(body)


# -- the record panel -------------------------------------------------------------------------------------

def _fit_height(table: QTableWidget, most_rows: int) -> None:
    """Give a table the height of its rows (at most ``most_rows``; it scrolls beyond)."""
    header = table.horizontalHeader().sizeHint().height() if table.horizontalHeader().isVisible() else 0
    rows = sum(table.rowHeight(r) for r in range(min(table.rowCount(), most_rows)))
    if table.rowCount() == 0:
        rows = table.verticalHeader().defaultSectionSize()
    scroll = 0 if table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff else \
        table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)  # room for a horizontal scroll bar
    table.setFixedHeight(header + rows + 2 * table.frameWidth() + scroll)


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)  # compact: many sessions
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return table


def _item(text: str, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    return item


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class RecordPanel(_ShowsRecord, QWidget):
    """The course as delivered: findings, sessions planned beside delivered, scores, side effects, MT history."""

    SESSION, CORRECTED, PLANNED, STATUS, BLOCKS = range(5)  # BLOCKS: the first block's %MSO

    def __init__(self, controller: TreatmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("record_panel")
        self.view: RecordView | None = None
        self.translator = translator_for(QLocale().name(), controller.kb)
        layout = QVBoxLayout(self)
        self.store_note = StoreNote(controller)
        layout.addWidget(self.store_note)
        self.summary = QLabel()
        self.summary.setObjectName("record_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        self.findings = _table("record_findings", [self.tr("Severity"), self.tr("Rule"), self.tr("Finding")])
        self.findings.setWordWrap(True)
        self.findings.setAccessibleName(self.tr("Findings on the delivered course"))
        self.findings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.findings.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.findings.itemSelectionChanged.connect(self._finding_chosen)
        self.findings_title = self._heading(layout, self.tr("Findings on the delivered course"), self.findings)
        self.no_findings = make_note(QLabel(self.tr("No findings on what was recorded.")))
        layout.addWidget(self.no_findings)
        layout.addWidget(self.findings)

        self.sessions = _table("record_sessions", [])
        self.sessions.setAccessibleName(self.tr("Sessions planned and delivered"))
        self._heading(layout, self.tr("Sessions: planned → delivered"), self.sessions)
        legend = make_note(QLabel(self.tr("Each block shows the planned value → the value delivered; %1 marks a "
                                          "corrected entry.").replace("%1", CORRECTED_MARK)))
        legend.setWordWrap(True)
        layout.addWidget(legend)
        layout.addWidget(self.sessions)

        self.chart = OutcomeChart()
        self.chart.setObjectName("outcome_chart")
        self.chart.setAccessibleName(self.tr("Outcome scores"))
        self._heading(layout, self.tr("Outcome scores"), self.chart)
        layout.addWidget(self.chart)
        self.trends = QLabel()
        self.trends.setObjectName("record_trends")
        self.trends.setWordWrap(True)
        self.trends.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.trends)

        self.effects = _table("record_side_effects", [self.tr("Session"), self.tr("Date"), self.tr("Side effect"),
                                                      self.tr("Severity"), self.tr("Note")])
        self.effects.setAccessibleName(self.tr("Side effects"))
        self._heading(layout, self.tr("Side effects"), self.effects)
        self.no_effects = make_note(QLabel(self.tr("None recorded.")))
        layout.addWidget(self.no_effects)
        layout.addWidget(self.effects)

        self.mt = _table("record_mt_history", [self.tr("Date"), self.tr("Motor threshold"), self.tr("Kind"),
                                               self.tr("Method"), self.tr("Muscle"), self.tr("By"), self.tr("Reason")])
        self.mt.setAccessibleName(self.tr("Motor threshold history"))
        self._heading(layout, self.tr("Motor threshold"), self.mt)
        layout.addWidget(self.mt)
        layout.addStretch(1)

    def _heading(self, layout: QVBoxLayout, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(f"<b>{html.escape(text)}</b>")
        label.setBuddy(buddy)
        layout.addSpacing(label.fontMetrics().height() // 2)
        layout.addWidget(label)
        return label

    # -- words -----------------------------------------------------------------------------------------
    def status_words(self, status: str) -> str:
        """A session's status in the interface language."""
        return {"delivered": self.tr("delivered"), "shortened": self.tr("shortened"), "stopped": self.tr("stopped"),
                "missed": self.tr("missed"), "pending": self.tr("pending")}.get(status, status)

    def severity_word(self, severity: Severity) -> str:
        return {Severity.BLOCK: self.tr("BLOCK"), Severity.WARN: self.tr("WARN"),
                Severity.INFO: self.tr("INFO")}[severity]

    def message(self, finding: Finding) -> str:
        """A finding's message, rendered as the findings panel renders it."""
        return render_finding(finding, self.controller.kb.rules, self.translator)

    def show_store_problem(self, problem: str | None) -> None:
        self.store_note.show_problem(problem)

    # -- showing the record -------------------------------------------------------------------------------
    def show_view(self, view: RecordView) -> None:
        """Show the record view."""
        self.view = view
        self._show_summary(view)
        self._show_findings(view)
        self._show_sessions(view)
        self.chart.set_view(view)
        self.chart.setVisible(bool(self.chart.series()))  # without scores the words below say so
        self._show_trends(view)
        self._show_side_effects(view)
        self._show_mt(view)

    def _show_summary(self, view: RecordView) -> None:
        text = self.tr("%1 of %2 sessions delivered · %3 of %4 pulses").replace("%1", count(view.delivered_sessions)) \
            .replace("%2", count(view.planned_sessions)).replace("%3", count(view.delivered_pulses)) \
            .replace("%4", count(view.planned_pulses))
        if view.last_recorded is not None:
            text += " · " + self.tr("last recorded %1").replace("%1", date_text(view.last_recorded))
        if view.corrections:
            text += " · " + self.tr("%n correction(s)", "", len(view.corrections))
        if self.controller.doc.plan.plan_id is None:
            text += "\n" + self.tr("Nothing is recorded for this plan yet.")
        self.summary.setText(text)

    def _show_findings(self, view: RecordView) -> None:
        table = self.findings
        table.setRowCount(len(view.findings))
        for r, finding in enumerate(view.findings):
            severity = QTableWidgetItem(severity_icon(finding.severity), self.severity_word(finding.severity))
            colour = readable(COLOURS[finding.severity], table.palette().color(QPalette.ColorRole.Base))
            severity.setForeground(QBrush(colour))
            font = severity.font()
            font.setBold(True)
            severity.setFont(font)
            severity.setData(Qt.ItemDataRole.UserRole, finding.field)
            message = self.message(finding)
            table.setItem(r, 0, severity)
            table.setItem(r, 1, _item(finding.rule, self._rule_title(finding.rule)))
            table.setItem(r, 2, _item(message, message))
        self.no_findings.setVisible(not view.findings)
        table.setVisible(bool(view.findings))
        table.resizeRowsToContents()
        _fit_height(table, 6)

    def _rule_title(self, rule_id: str) -> str:
        rule = self.controller.kb.rules.get(rule_id)
        return words().gettext(rule.title, f"rule title {rule_id}") if rule is not None else rule_id

    def finding_lines(self) -> list[str]:
        """Each finding as shown: 'WARN · DLV-001 · message'."""
        return [" · ".join(_cell(self.findings, r, c) for c in range(3)) for r in range(self.findings.rowCount())]

    def _finding_chosen(self) -> None:
        """Choosing a finding selects the session it is about."""
        rows = {index.row() for index in self.findings.selectedIndexes()}
        if not rows or self.view is None:
            return
        item = self.findings.item(min(rows), 0)
        match = _SESSION_FIELD.match(str(item.data(Qt.ItemDataRole.UserRole) or "")) if item is not None else None
        if match is None:
            return
        number = int(match.group(1))
        for r, session in enumerate(self.view.sessions):
            if session.session == number:
                self.sessions.selectRow(r)
                self.sessions.scrollToItem(self.sessions.item(r, 0))
                break

    def session_columns(self, blocks: int) -> dict[str, int]:
        """Where each column of the session table is: the block values first after the status (a narrow panel
        shows them without scrolling), then when it was delivered and by whom."""
        columns = {"session": self.SESSION, "corrected": self.CORRECTED, "planned": self.PLANNED,
                   "status": self.STATUS}
        for k in range(blocks):
            columns[f"mso{k}"] = self.BLOCKS + 2 * k
            columns[f"pulses{k}"] = self.BLOCKS + 2 * k + 1
        columns["delivered"] = self.BLOCKS + 2 * blocks
        columns["operator"] = self.BLOCKS + 2 * blocks + 1
        return columns

    def _show_sessions(self, view: RecordView) -> None:
        table = self.sessions
        blocks = max((len(s.blocks) for s in view.sessions), default=0)
        columns = self.session_columns(blocks)
        headers = [self.tr("No."), CORRECTED_MARK, self.tr("Planned"), self.tr("Status")]
        for k in range(1, blocks + 1):
            headers += [self.tr("Block %1 % MSO").replace("%1", str(k)),
                        self.tr("Block %1 pulses").replace("%1", str(k))]
        headers += [self.tr("Delivered"), self.tr("Operator")]
        if table.columnCount() != len(headers):
            table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        corrected_header = table.horizontalHeaderItem(self.CORRECTED)
        if corrected_header is not None:
            corrected_header.setToolTip(self.tr("Corrected entry"))
            corrected_header.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Corrected entry"))
        marks = self._marks(view, columns)
        table.setRowCount(len(view.sessions))
        for r, s in enumerate(view.sessions):
            planned = f"{date_text(s.planned.date, 'ddd d MMM')} {clock(s.planned.start)}" if s.planned else "—"
            delivered, tip = "", ""
            if s.record is not None:
                delivered = date_text(s.record.date, "ddd d MMM")
                if s.record.start is not None and s.record.end is not None:
                    delivered += f" {clock(s.record.start)}–{clock(s.record.end)}"
                if s.pause_before_min is not None:
                    tip = self.tr("%1 min after the previous session").replace("%1", str(s.pause_before_min))
            elif s.deviation is not None:
                delivered = date_text(s.deviation.date, "ddd d MMM")
            status = self.status_words(s.status)
            status_tip = ""
            if s.deviation is not None and s.deviation.reason:
                status_tip = s.deviation.reason
            if s.record is not None and s.record.side_effects:
                status += f" · {MARK}"
                status_tip = "\n".join(filter(None, [status_tip, self.tr("Side effects: %1").replace(
                    "%1", ", ".join(vocab(e.kind) for e in s.record.side_effects))]))
            reason = s.entry.correction_reason if s.corrected and s.entry is not None else None
            mark = _item(CORRECTED_MARK if s.corrected else "",
                         self.tr("Corrected: %1").replace("%1", reason or "") if s.corrected else "")
            if s.corrected:
                mark.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("corrected"))
            cells = {"session": _item(str(s.session)), "corrected": mark, "planned": _item(planned),
                     "status": _item(status, status_tip), "delivered": _item(delivered, tip),
                     "operator": _item(s.record.operator if s.record is not None else "")}
            for k in range(blocks):
                b = s.blocks[k] if k < len(s.blocks) else None
                if b is None:
                    cells[f"mso{k}"], cells[f"pulses{k}"] = _item(""), _item("")
                    continue
                cells[f"mso{k}"] = _item(self._planned_delivered(b.planned_pct_mso, b.delivered_pct_mso, number),
                                         self.tr("Interrupted") if b.interrupted else "")
                pulses = self._planned_delivered(b.planned_pulses, b.delivered_pulses, count)
                cells[f"pulses{k}"] = _item(pulses + (" · " + self.tr("interrupted") if b.interrupted else ""))
            for key, cell in cells.items():
                c = columns[key]
                if key in ("session", "corrected"):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                found = marks.get((s.session, c))
                if found is not None:
                    severity, why = found
                    cell.setIcon(severity_icon(severity))
                    cell.setForeground(QBrush(readable(COLOURS[severity],
                                                       table.palette().color(QPalette.ColorRole.Base))))
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                    cell.setToolTip("\n".join(filter(None, [why, cell.toolTip()])))
                table.setItem(r, c, cell)
        table.resizeColumnsToContents()
        _fit_height(table, 8)

    def _planned_delivered(self, planned: float | None, delivered: float | None,
                           text: Callable[[Any], str]) -> str:
        if delivered is None:
            return text(planned) if planned is not None else ""
        return f"{text(planned) if planned is not None else '—'} {ARROW} {text(delivered)}"

    def _marks(self, view: RecordView, columns: dict[str, int]) -> dict[tuple[int, int], tuple[Severity, str]]:
        """The cells a finding names: (session, column) → the most severe finding's severity and the messages."""
        found: dict[tuple[int, int], tuple[Severity, str]] = {}
        for finding in view.findings:
            match = _SESSION_FIELD.match(finding.field)
            if match is None:
                continue
            session, block, what, tail = match.groups()
            if block is not None:
                column = columns.get(f"{'pulses' if what == 'pulses' else 'mso'}{block}", self.STATUS)
            elif tail in ("start", "end"):
                column = columns["delivered"]
            elif tail is not None:
                column = self.STATUS
            else:
                column = self.SESSION
            key = (int(session), column)
            message = f"{finding.rule}: {self.message(finding)}"
            if key in found:
                severity, text = found[key]
                found[key] = (min(severity, finding.severity, key=lambda s: s.rank), f"{text}\n{message}")
            else:
                found[key] = (finding.severity, message)
        return found

    def session_cells(self, row: int) -> list[str]:
        """The texts of one row of the session table."""
        return [_cell(self.sessions, row, c) for c in range(self.sessions.columnCount())]

    def _show_trends(self, view: RecordView) -> None:
        lines = [self.trend_words(t) for t in view.trends if t.points]
        if not lines:
            lines = [self.tr("No scores recorded yet.")]
        self.trends.setText("\n".join(lines))

    def trend_words(self, trend: ScaleTrend) -> str:
        """A scale's course in words: baseline, latest, change, response and remission."""
        scale = words().evidence(trend.scale, "short")
        if trend.baseline is None:
            return scale
        text = self.tr("%1: baseline %2 (%3)").replace("%1", scale).replace("%2", number(trend.baseline.value)) \
            .replace("%3", date_text(trend.baseline.date, "d MMM yyyy"))
        if trend.latest is not None:
            text += ", " + self.tr("latest %1 (%2)").replace("%1", number(trend.latest.value)) \
                .replace("%2", date_text(trend.latest.date, "d MMM yyyy"))
        if trend.change_pct is not None:
            change = QLocale().toString(float(trend.change_pct), "f", 1)
            text += ", " + self.tr("%1% lower than baseline").replace("%1", change)
        text += ". "
        criteria = trend.scale.response
        if criteria is None or (criteria.response_reduction_pct is None and criteria.remission_at_most is None):
            return text + self.tr("The evidence base gives no response or remission threshold for this scale.")
        parts = []
        if criteria.response_reduction_pct is not None:
            parts.append(self._verdict_words(self.tr("Response"), trend.responder))
        if criteria.remission_at_most is not None:
            parts.append(self._verdict_words(self.tr("Remission"), trend.remitter))
        return text + " ".join(parts)

    def _verdict_words(self, what: str, state: bool | None) -> str:
        if state is None:
            return self.tr("%1: not yet known (no score after baseline).").replace("%1", what)
        return (self.tr("%1: yes.") if state else self.tr("%1: no.")).replace("%1", what)

    def _show_side_effects(self, view: RecordView) -> None:
        table = self.effects
        table.setRowCount(len(view.side_effects))
        for r, note in enumerate(view.side_effects):
            for c, text in enumerate((str(note.session), date_text(note.date, "d MMM yyyy"), vocab(note.effect.kind),
                                      vocab(note.effect.severity), note.effect.note or "")):
                table.setItem(r, c, _item(text))
        self.no_effects.setVisible(not view.side_effects)
        table.setVisible(bool(view.side_effects))
        table.resizeColumnsToContents()
        _fit_height(table, 6)

    def _show_mt(self, view: RecordView) -> None:
        table = self.mt
        table.setRowCount(len(view.mt_history))
        for r, point in enumerate(view.mt_history):
            who = point.operator or ("" if point.retest else self.tr("plan"))
            for c, text in enumerate((date_text(point.date, "d MMM yyyy"),
                                      f"{number(point.value_pct_mso)}% MSO", vocab(point.kind), vocab(point.method),
                                      vocab(point.muscle), who, point.reason or "")):
                table.setItem(r, c, _item(text))
        table.resizeColumnsToContents()
        _fit_height(table, 6)


# -- the outcome chart ------------------------------------------------------------------------------------

SERIES_COLOURS = ("#1f5f99", "#855600", "#6a1b9a", "#276a2b", "#b00020")
MARKERS = ("circle", "square", "triangle", "diamond", "cross")


class OutcomeChart(Picture):
    """The recorded scores of each scale over the dates, with the response and remission levels dashed.

    One line and one marker shape per scale (colour is never the only cue);
    the remission level is the scale's threshold from the evidence base, the
    response level the baseline less the evidence base's reduction.
    """

    _growth = 1.25

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._trends: tuple[ScaleTrend, ...] = ()
        self._span: tuple[dt.date, dt.date] | None = None

    def set_view(self, view: RecordView | None) -> None:
        """Show the scores of a record view (the course's first and last planned dates bound the time axis)."""
        self._trends = tuple(t for t in view.trends if t.points) if view is not None else ()
        dates = [row.date for row in view.course.sessions] if view is not None else []
        dates += [p.date for t in self._trends for p in t.points]
        self._span = (min(dates), max(dates)) if dates else None
        self.updateGeometry()
        self.update()

    def series(self) -> list[tuple[str, list[tuple[dt.date, float]]]]:
        """What is drawn: each scale's id and its (date, score) points."""
        return [(t.scale.id, [(p.date, p.value) for p in t.points]) for t in self._trends]

    def levels(self) -> list[tuple[str, str, float]]:
        """The dashed levels drawn: (scale id, 'response' or 'remission', score)."""
        found = []
        for trend in self._trends:
            if trend.response_level is not None:
                found.append((trend.scale.id, "response", trend.response_level))
            if trend.remission_level is not None:
                found.append((trend.scale.id, "remission", trend.remission_level))
        return found

    def _min_height(self) -> float:
        lh = QFontMetricsF(self.font()).height()
        return max(160.0, lh * 11)

    def sizeHint(self) -> QSize:
        lh = QFontMetricsF(self.font()).height()
        return QSize(round(lh * 30), math.ceil(self._min_height() * self._growth))

    def _colour(self, k: int, ink: Ink) -> QColor:
        return readable(SERIES_COLOURS[k % len(SERIES_COLOURS)], self.palette().color(QPalette.ColorRole.Window))

    def _paint(self, ink: Ink) -> None:
        if not self._trends or self._span is None:
            ink.centred(QRectF(self.rect()), self.tr("No scores recorded yet"))
            return
        p = ink.painter
        lh, slh = ink.line_height(), ink.line_height(ink.small)
        margin = lh * 0.5
        small = QFontMetricsF(ink.small)
        c = words()
        # Legend: one entry per scale, its marker and line.
        x, y = margin, margin
        legend: list[tuple[float, float, int, str]] = []
        for k, trend in enumerate(self._trends):
            name = c.evidence(trend.scale, "short")
            width = lh * 1.6 + small.horizontalAdvance(name) + lh
            if x + width > self.width() - margin and x > margin:
                x, y = margin, y + lh * 1.2
            legend.append((x, y, k, name))
            x += width
        levels = self.levels()
        values = [pt.value for t in self._trends for pt in t.points] + [v for _, _, v in levels]
        top_value = max(values) if values else 1.0
        step = nice_step(top_value if top_value > 0 else 1.0, 5)
        top_value = math.ceil(top_value / step) * step if top_value > 0 else step
        label_w = max(small.horizontalAdvance(number(top_value)), small.horizontalAdvance(number(0))) + lh * 0.4
        x0, x1 = margin + label_w, self.width() - margin - lh * 0.5
        inner0, inner1 = x0 + lh, x1 - lh  # the first and last dates clear of the axis
        plot_top, base = y + lh * 1.6, self.height() - margin - slh - lh * 0.5
        if x1 - x0 < lh * 4 or base - plot_top < lh * 2:
            return
        first, last = self._span
        days = max((last - first).days, 1)

        def px(day: dt.date) -> float:
            return inner0 + (inner1 - inner0) * (day - first).days / days

        def py(value: float) -> float:
            return base - (base - plot_top) * value / top_value

        # Grid and axes.
        k = 0
        while k * step <= top_value + 1e-9:
            yy = py(k * step)
            ink.line(x0, yy, x1, yy, ink.shade if k else ink.text)
            ink.write(x0 - lh * 0.2, yy - slh / 2, number(k * step), ink.small, ink.muted, "right")
            k += 1
        ink.line(x0, base, x0, plot_top, ink.muted)
        for k in range(days + 1):  # a tick at each Monday
            day = first + dt.timedelta(days=k)
            if day.weekday() == 0 and (inner1 - inner0) / days * 7 >= lh / 2:
                ink.line(px(day), base, px(day), base + lh * 0.2, ink.muted)
        for day, align in ((first, "left"), (last, "right")):
            ink.line(px(day), base, px(day), base + lh * 0.3, ink.text)
            ink.write(px(day), base + lh * 0.3, date_text(day, "d MMM yyyy"), ink.small, ink.muted, align)
        # Levels, dashed, in the scale's colour, named at their right end.
        for scale_id, kind, value in levels:
            k = next(i for i, t in enumerate(self._trends) if t.scale.id == scale_id)
            colour = self._colour(k, ink)
            pen = QPen(colour, max(1.0, lh / 14), Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(x0, py(value)), QPointF(x1, py(value)))
            name = c.evidence(self._trends[k].scale, "short")
            label = (self.tr("%1 response") if kind == "response" else self.tr("%1 remission")).replace("%1", name)
            ink.write(x1, py(value) - slh - 1, label, ink.small, colour, "right")
        # The scores: a line through them and a marker at each.
        for k, trend in enumerate(self._trends):
            colour = self._colour(k, ink)
            points = [QPointF(px(pt.date), py(pt.value)) for pt in trend.points]
            p.setPen(QPen(colour, max(1.5, lh / 9)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) > 1:
                p.drawPolyline(QPolygonF(points))
            for point in points:
                self._marker(ink, MARKERS[k % len(MARKERS)], point, lh * 0.3, colour)
            for point, pt in zip(points, trend.points, strict=True):
                ink.write(point.x(), point.y() - slh - lh * 0.3, number(pt.value), ink.small, colour, "center")
        for x, y, k, name in legend:
            colour = self._colour(k, ink)
            p.setPen(QPen(colour, max(1.5, lh / 9)))
            p.drawLine(QPointF(x, y + lh / 2), QPointF(x + lh * 1.2, y + lh / 2))
            self._marker(ink, MARKERS[k % len(MARKERS)], QPointF(x + lh * 0.6, y + lh / 2), lh * 0.25, colour)
            ink.write(x + lh * 1.6, y + (lh - slh) / 2, name, ink.small, ink.text)

    def _marker(self, ink: Ink, shape: str, at: QPointF, r: float, colour: QColor) -> None:
        p = ink.painter
        p.setPen(QPen(colour, 1.2))
        p.setBrush(colour)
        if shape == "circle":
            p.drawEllipse(at, r, r)
        elif shape == "square":
            p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r))
        elif shape == "triangle":
            p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r * 1.2), QPointF(at.x() + r * 1.1, at.y() + r),
                                     QPointF(at.x() - r * 1.1, at.y() + r)]))
        elif shape == "diamond":
            p.drawPolygon(QPolygonF([QPointF(at.x(), at.y() - r * 1.3), QPointF(at.x() + r * 1.3, at.y()),
                                     QPointF(at.x(), at.y() + r * 1.3), QPointF(at.x() - r * 1.3, at.y())]))
        else:
            p.setPen(QPen(colour, 2.0))
            p.drawLine(QPointF(at.x() - r, at.y() - r), QPointF(at.x() + r, at.y() + r))
            p.drawLine(QPointF(at.x() - r, at.y() + r), QPointF(at.x() + r, at.y() - r))
