"""The main window: editors on the left, the live check and figures on the right."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar, cast, overload

from PySide6.QtCore import QEvent, QKeyCombination, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.app import SettingsStore, blank_plan, clinic_check_settings
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.plan import Plan
from tmsplanner.core.plan_edit import normalise_path
from tmsplanner.core.presets import plan_from_protocol
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import ScreeningItem
from tmsplanner.gui.derived_panel import DerivedPanel, OutcomesTable
from tmsplanner.gui.document import PlanDocument, Results
from tmsplanner.gui.fields import Binding, FieldFactory, follow_in_tab_order, last_field_before, words
from tmsplanner.gui.file_actions import FileActions
from tmsplanner.gui.findings_panel import FindingsPanel
from tmsplanner.gui.forms import PatientForm, ScheduleForm, ThresholdDeviceForm
from tmsplanner.gui.pictures import CourseTimelineWidget, PulsePatternWidget

if TYPE_CHECKING:
    from tmsplanner.app.plans import OpenedPlan
    from tmsplanner.core.checks import CheckSettings
    from tmsplanner.gui.blocks_editor import BlocksEditor
    from tmsplanner.gui.lists_editors import MedicationsEditor, ScreeningEditor
    from tmsplanner.gui.schedule_editors import CalendarSettingsForm, ClosuresEditor, MissedSessionsEditor, PhasesEditor
    from tmsplanner.gui.treatment import TreatmentView


class _Refreshable(Protocol):
    def refresh(self, plan: Plan) -> None: ...


E = TypeVar("E")


class _OnTab(Generic[E]):
    """An editor on one of the window's tabs: reading it makes the tab if it was not made yet."""

    def __init__(self, tab: str) -> None:
        self.tab = tab

    def __set_name__(self, owner: type, name: str) -> None:
        self.made_as = f"_{name}"  # the attribute the tab's make function sets

    @overload
    def __get__(self, window: None, owner: type) -> _OnTab[E]: ...
    @overload
    def __get__(self, window: MainWindow, owner: type) -> E: ...
    def __get__(self, window: MainWindow | None, owner: type) -> _OnTab[E] | E:
        if window is None:
            return self
        window._pages[self.tab].make()
        return cast(E, getattr(window, self.made_as))


class _LazyPage(QWidget):
    """A tab page whose content is made the first time the page is shown (or asked for)."""

    def __init__(self, make: Callable[[], object]) -> None:
        super().__init__()
        self._make: Callable[[], object] | None = make
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def put(self, widget: QWidget) -> None:
        self.layout().addWidget(widget)
        follow_in_tab_order(last_field_before(self), widget)  # its fields' place: right after the tab
        widget.show()  # now if the page is on screen (a layout would show it only on the next event loop)

    @property
    def made(self) -> bool:
        """Whether the content has been made."""
        return self._make is None

    def make(self) -> None:
        """Make the content now, if it was not yet made."""
        if self._make is not None:
            make, self._make = self._make, None
            try:
                make()
            except BaseException:
                self._make = make  # not made: asked again, it is made again (the error is reported once)
                raise

    def showEvent(self, event: QShowEvent) -> None:
        self.make()
        super().showEvent(event)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


_KEY_EVENTS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
_MODIFIERS = (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
              | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
_NOT_KEYS = {Qt.Key.Key_unknown, Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
             Qt.Key.Key_AltGr}


class WindowShortcuts(QObject):
    """Keeps a window's shortcuts (Undo, Redo, Save, Export PDF, Print, …) working from every field.

    Installed on the application, it sees a key before any widget. A text or
    number field claims some of these keys for itself (its own Undo and Redo,
    which would undo only its typing; Ctrl+E as "end of line" in X11 line
    edits), so for a key of one of ``actions`` pressed in a widget of
    ``window``, it claims the key first (accepts the ShortcutOverride), then,
    on the key press, commits the field being edited and triggers the action;
    the field never sees the key. A shortcut Qt delivers itself (a menu key,
    another keyboard layout) also commits the field first.
    """

    def __init__(self, window: MainWindow, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        self._actions = list(actions)

    def action_for(self, event: QKeyEvent) -> QAction | None:
        """The window's action whose shortcut the key event is, if any."""
        key = event.keyCombination().key()
        if key in _NOT_KEYS:
            return None
        pressed = QKeySequence(QKeyCombination(event.modifiers() & _MODIFIERS, key))  # keypad or not
        for action in self._actions:
            if pressed in action.shortcuts():
                return action
        return None

    def _ours(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _KEY_EVENTS:
            if not self._ours(watched):
                return False
            action = self.action_for(event)  # type: ignore[arg-type]
            if action is None:
                return False
            event.accept()
            if kind == QEvent.Type.KeyPress:
                self._window.commit_editing()
                action.trigger()  # nothing happens if the action is disabled (e.g. nothing to undo)
            return True
        if kind == QEvent.Type.Shortcut and watched in self._actions:
            self._window.commit_editing()
        return False


class MainWindow(QMainWindow):
    """Assemble a course, see it checked live, save and print it."""

    TABS = ("patient", "stimulation", "schedule", "threshold", "medications", "screening", "treatment")

    def __init__(self, kb: KnowledgeBase, settings: AppSettings | SettingsStore,
                 settings_message: str | None = None, opened: OpenedPlan | None = None) -> None:
        """``opened``: a plan file already read (the one the window is started with), shown at once instead of
        a blank plan; if it cannot be checked the window starts blank (opening it again then says why)."""
        super().__init__()
        self.kb = kb
        self.store = settings if isinstance(settings, SettingsStore) else SettingsStore(settings)
        today = dt.date.today()
        # The clinic's check policy, its own safety table included (if unusable: the bundled one, and a word).
        check, table_problem = clinic_check_settings(self.store.settings, today)
        # Holiday names follow the interface language the application set as Qt's default locale.
        self.doc = self._document(check, today, opened)
        self.fields = FieldFactory(self.doc, self._report)
        self._build_editors()
        self._build_results()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.results_column)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self.files = FileActions(self, self.doc, self.store, self.apply_preset)
        self.files.statusMessage.connect(self.statusBar().showMessage)
        self.files.settingsApplied.connect(self._settings_applied)
        # One undo history, the document's, and the window's shortcuts from every field; removed on close.
        # Watching every event of the application from Python is costly while the window is built and drawn
        # (each event's object is wrapped for Python); no key reaches a window before it is drawn, so the watch
        # starts at its first paint (paintEvent).
        self.shortcuts = WindowShortcuts(self, self.files.shortcut_actions())
        self._shortcuts_watched = False
        for menu_action in self.menuBar().actions():  # opening a menu takes what is typed, as leaving the field does
            if menu_action.menu() is not None:
                menu_action.menu().aboutToShow.connect(self.commit_editing)
        self.doc.planChanged.connect(self._show_plan)
        self.doc.resultsChanged.connect(self._show_results)
        self.doc.fileChanged.connect(lambda _: self._update_title())
        self.doc.modifiedChanged.connect(lambda _: self._update_title())
        self._show_plan(self.doc.plan)
        self._show_results(self.doc.results)
        self._update_title()
        self._initial_size()
        self._date_timer = QTimer(self, interval=60_000, timeout=self.doc.refresh_today)
        self._date_timer.start()
        QTimer.singleShot(0, self.files.clinic.start)  # a clinic store's shared settings, read once shown
        problems = "\n".join(filter(None, (settings_message, table_problem)))
        if problems:
            QTimer.singleShot(0, lambda: self.files.warn(self.tr("Settings"), problems))

    def _document(self, check: CheckSettings, today: dt.date, opened: OpenedPlan | None) -> PlanDocument:
        language, limit = QLocale().name(), self.store.settings.undo_limit
        if opened is not None:
            try:
                doc = PlanDocument(self.kb, opened.plan, check, self, language=language, undo_limit=limit)
            except Exception:  # opened again through the file actions, which say why
                pass
            else:
                doc.opened_from(opened.path, opened.stamp)
                return doc
        blank = blank_plan(self.kb, today, holiday_country=self.store.settings.holiday_country)
        return PlanDocument(self.kb, blank, check, self, language=language, undo_limit=limit)

    @property
    def settings(self) -> AppSettings:
        """The clinic's settings in force."""
        return self.store.settings

    # -- layout ------------------------------------------------------------
    def _initial_size(self) -> None:
        """Fill most of the screen, whatever its size and scaling."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(1400, 900)
            return
        self.resize(min(1500, int(screen.width() * 0.92)), min(950, int(screen.height() * 0.9)))
        if screen.width() < 1280 or screen.height() < 800:  # a laptop screen, or large scaling: every pixel counts
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _build_editors(self) -> None:
        """The editor tabs. The first (Patient) is made at once; every other tab's editors are made the first
        time the tab is shown or an editor of it is asked for (by a finding's link, say), and are shown the
        plan then: a window opens on its first tab, and a tab never opened costs nothing."""
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        self._made: list[_Refreshable] = []  # the editors of the tabs made so far, refreshed with each plan
        self._pages = {tab: _LazyPage(make) for tab, make in (
            ("stimulation", self._make_stimulation), ("schedule", self._make_schedule),
            ("threshold", self._make_threshold), ("medications", self._make_medications),
            ("screening", self._make_screening))}
        # The Treatment tab and the treatment record are made when first shown: a plan is made long
        # before a session is recorded, and the record's modules need not load with the window.
        self._treatment: TreatmentView | None = None
        self._treatment_pages = (_LazyPage(lambda: self.treatment), _LazyPage(lambda: self.treatment))
        pages = (
            (_scrolled(PatientForm(self.fields)), self.tr("&Patient")),
            (_scrolled(self._pages["stimulation"]), self.tr("&Stimulation")),
            (_scrolled(self._pages["schedule"]), self.tr("Sc&hedule")),
            (_scrolled(self._pages["threshold"]), self.tr("Threshold and &device")),
            (self._pages["medications"], self.tr("&Medications")),
            (self._pages["screening"], self.tr("Sc&reening")),
            (_scrolled(self._treatment_pages[0]), self.tr("Tre&atment")),
        )
        for widget, title in pages:
            self.tabs.addTab(widget, title)

    def _put(self, tab: str, content: QWidget, *editors: _Refreshable) -> None:
        """Put a tab's content on its page and show the plan in it (and the marks of the findings on it)."""
        self._made += editors
        plan = self.doc.plan
        for editor in editors:
            editor.refresh(plan)
        self.fields.refresh(plan)
        self._pages[tab].put(content)

    def _make_stimulation(self) -> None:
        from tmsplanner.gui.blocks_editor import BlocksEditor

        self._blocks = BlocksEditor(self.doc, self.fields)
        self._put("stimulation", self._blocks, self._blocks)

    def _make_schedule(self) -> None:
        from tmsplanner.gui.schedule_editors import (
            CalendarSettingsForm,
            ClosuresEditor,
            MissedSessionsEditor,
            PhasesEditor,
        )

        self._calendar_form = CalendarSettingsForm(self.doc, self.fields)
        self._closures = ClosuresEditor(self.doc)
        self._phases = PhasesEditor(self.doc)
        self._missed = MissedSessionsEditor(self.doc)
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in (ScheduleForm(self.fields), self._calendar_form, self._closures, self._phases, self._missed):
            column.addWidget(widget)
        column.addStretch(1)
        self._put("schedule", page, self._calendar_form, self._closures, self._phases, self._missed)

    def _make_threshold(self) -> None:
        self._put("threshold", ThresholdDeviceForm(self.fields))

    def _make_medications(self) -> None:
        from tmsplanner.gui.lists_editors import MedicationsEditor

        self._medications = MedicationsEditor(self.doc, self._report)
        self._put("medications", self._medications, self._medications)

    def _make_screening(self) -> None:
        from tmsplanner.gui.lists_editors import ScreeningEditor

        self._screening = ScreeningEditor(self.doc)
        self._put("screening", self._screening, self._screening)

    # The editors of the tabs made on first use (their modules are loaded then too).
    blocks: _OnTab[BlocksEditor] = _OnTab("stimulation")
    calendar_form: _OnTab[CalendarSettingsForm] = _OnTab("schedule")
    closures: _OnTab[ClosuresEditor] = _OnTab("schedule")
    phases: _OnTab[PhasesEditor] = _OnTab("schedule")
    missed: _OnTab[MissedSessionsEditor] = _OnTab("schedule")
    medications: _OnTab[MedicationsEditor] = _OnTab("medications")
    screening: _OnTab[ScreeningEditor] = _OnTab("screening")

    def _build_results(self) -> None:
        self.findings = FindingsPanel(self.kb, language=self.store.settings.language)
        self.findings.fieldRequested.connect(self.focus_field)
        self.derived = DerivedPanel(self.doc)
        self.derived.missRequested.connect(self._mark_missed)
        self.pulses = PulsePatternWidget()
        self.timeline = CourseTimelineWidget()
        pictures = QWidget()
        column = QVBoxLayout(pictures)
        column.addWidget(self.pulses)
        column.addWidget(self.timeline)
        column.addStretch(1)
        lower = QTabWidget()
        lower.setObjectName("result_tabs")
        lower.addTab(_scrolled(self.derived), self.tr("Figures and sessions"))
        # Several sessions a day: days × sessions in a tab of its own (the whole panel's width and height).
        self.day_tab = lower.addTab(_scrolled(self.derived.day_view), self.tr("Day timetable"))
        lower.addTab(_scrolled(pictures), self.tr("Pulse pattern and timeline"))
        self.outcomes = OutcomesTable()
        lower.addTab(self.outcomes, self.tr("Outcome measures"))
        lower.addTab(_scrolled(self._treatment_pages[1]), self.tr("Treatment record"))
        self.result_tabs = lower
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.findings)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.results_column = splitter
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

    # -- live updates --------------------------------------------------------
    def _show_plan(self, plan: Plan) -> None:
        self.fields.refresh(plan)
        for editor in self._made:  # the tabs not made yet are shown the plan when they are made
            editor.refresh(plan)

    def _show_results(self, results: Results) -> None:
        self.findings.show_results(results)
        view = results.view
        self.derived.show_results(view)
        self.result_tabs.setTabVisible(self.day_tab, view.sessions_per_day > 1)
        self.pulses.set_blocks([b.block for b in view.blocks], [b.dose for b in view.blocks])
        self.timeline.set_view(view)
        self.outcomes.show_assessments(view.outcomes)
        self.status.setText(self.tr("%n session(s)", "", results.figures.total_sessions))
        if self._treatment is not None:
            self._treatment.refresh()

    @property
    def treatment(self) -> TreatmentView:
        """The Treatment tab's view and the treatment record (made on first use)."""
        if self._treatment is None:
            from tmsplanner.gui.treatment import TreatmentView

            self._treatment = TreatmentView(self.doc, self.kb, lambda: self.files.save(), self,
                                            store_url=lambda: self.store.settings.record_store)
            self._treatment_pages[0].put(self._treatment.form)
            self._treatment_pages[1].put(self._treatment.panel)
        return self._treatment

    def _settings_applied(self) -> None:
        """The course record may now be another database: the next use opens the one the settings name."""
        if self._treatment is None:
            return
        self._treatment.reopen()
        if self._treatment.form.isVisible() or self._treatment.panel.isVisible():
            self._treatment.refresh()

    def _mark_missed(self, row: int, whole_day: bool) -> None:
        sessions = self.doc.results.view.sessions
        if 0 <= row < len(sessions):
            self.missed.mark(sessions[row].session, whole_day)

    def _report(self, error: str | None) -> None:
        if error:
            self.statusBar().showMessage(self.tr("Not applied: %s") % error, 8000)
        else:
            self.statusBar().clearMessage()

    def _update_title(self) -> None:
        name = self.doc.path.name if self.doc.path else self.tr("Untitled plan")
        self.setWindowTitle(f"{name}[*] — tmsplanner")
        self.setWindowModified(self.doc.modified)

    # -- editing -------------------------------------------------------------
    def commit_editing(self) -> None:
        """Send what is being typed in the focused field to the plan, as leaving the field would.

        Number, date and time fields take their text (an unfinished number is
        corrected to the nearest allowed value); a text field or an editable
        list emits editingFinished; a table cell being edited is written to
        its table.
        """
        widget = QApplication.focusWidget()
        if widget is None or widget.window() is not self:
            return
        spin = widget if isinstance(widget, QAbstractSpinBox) else widget.parentWidget()
        if isinstance(spin, QAbstractSpinBox):
            spin.interpretText()
            return
        edit = widget.lineEdit() if isinstance(widget, QComboBox) else widget  # an editable list: its text
        if isinstance(edit, QLineEdit):
            edit.editingFinished.emit()
        parent = widget.parentWidget()
        view = parent.parentWidget() if parent is not None else None
        if isinstance(view, QAbstractItemView) and parent is view.viewport():
            delegate = view.itemDelegateForIndex(view.currentIndex())
            if delegate is not None:
                delegate.commitData.emit(widget)

    # -- navigation ----------------------------------------------------------
    TAB_OF_FIELD = {"blocks": "stimulation", "protocol_id": "stimulation", "schedule": "schedule",
                    "motor_threshold": "threshold", "device": "threshold", "medications": "medications",
                    "screening": "screening", "screening_recorded_by": "screening",
                    "screening_recorded_on": "screening", "screening_confirmed": "screening"}

    def focus_field(self, field: str) -> None:
        """Show and focus the editor of a finding's field (e.g. 'blocks[1].pattern').

        The tab of the field's part of the plan is shown first; a path that
        names a whole part (``schedule``, ``blocks``) focuses its first editor.
        """
        path = normalise_path(field)
        parts = path.split(".")
        tab = self.TAB_OF_FIELD.get(parts[0], "patient")
        self.tabs.setCurrentIndex(self.TABS.index(tab))
        widget = self._editor_of(parts)  # looked up after the tab is shown: only its editors are visible
        page = self.tabs.currentWidget()
        if widget is None or not page.isAncestorOf(widget):
            widget = page
        self._focus(widget)

    def _editor_of(self, parts: list[str]) -> QWidget | None:
        """The editor of a normalised plan path, split at its dots (None if the window has none)."""
        path = ".".join(parts)
        head = parts[0]
        if head == "blocks":
            if len(parts) > 1 and parts[1].isdigit():
                self.blocks.select(int(parts[1]))
            return self._block_editor(parts[2:]) if len(parts) > 2 else self.blocks.list
        if head == "protocol_id":  # the preset's blocks are what its findings are about
            return self.blocks.list
        if head == "screening":
            if len(parts) > 1 and parts[1] in {item.value for item in ScreeningItem}:
                item = ScreeningItem(parts[1])
                self.screening.focus_item(item)
                return self.screening.groups[item].button(1)
            return None
        if head == "medications":
            if len(parts) > 1 and parts[1].isdigit():
                self.medications.list.setCurrentRow(int(parts[1]))
            return self.medications.list
        if head != "schedule":
            return self._editor_by_path(path)
        calendar = self.calendar_form
        special: dict[str, QWidget] = {
            "schedule.holiday_country": calendar.country,
            "schedule.clinic_closing_time": calendar.closing if calendar.closes.isChecked() else calendar.closes,
            "schedule.closures": self.closures.list,
            "schedule.phases": self.phases.table,
            "schedule.missed_sessions": self.missed.list,
        }
        for name, widget in special.items():
            if path == name or path.startswith(name + "."):
                return widget
        return self._editor_by_path("schedule.treatment_days" if path == "schedule" else path)

    def _block_editor(self, rest: list[str]) -> QWidget | None:
        if rest == ["pattern"]:
            return self.blocks.pattern_type
        if rest[0] == "titration":
            return self.blocks.titration_start if self.blocks.titrate.isChecked() else self.blocks.titrate
        return self._editor_by_path(f"blocks.{self.blocks.current}." + ".".join(rest))

    def _bindings(self) -> list[Binding]:
        screening = self._screening.fields.bindings if self._pages["screening"].made else []
        return [*self.fields.bindings, *screening]

    def _editor_by_path(self, path: str) -> QWidget | None:
        """The shown editor bound to ``path``, else to a field inside it, else to the field holding it."""
        shown = [b for b in self._bindings() if b.widget.isVisibleTo(self)]
        for matches in (lambda p: p == path, lambda p: p.startswith(path + "."),
                        lambda p: path.startswith(p + ".")):
            for binding in shown:
                if matches(binding.path_fn()):
                    return binding.widget
        return None

    def _focus(self, widget: QWidget) -> None:
        """Focus ``widget`` (for a page or a row of several editors: its first editor) and scroll it into view."""
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled() \
                or widget is self.tabs.currentWidget():
            step = widget.nextInFocusChain()  # children follow their parent in the Tab order
            for _ in range(5000):
                if step is widget:
                    break
                if widget.isAncestorOf(step) and step.isEnabled() and step.isVisibleTo(self) \
                        and step.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    widget = step
                    break
                step = step.nextInFocusChain()
        area = widget.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea) and area.widget() is not None and area.widget().isAncestorOf(widget):
            area.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- presets and closing ---------------------------------------------------
    def apply_preset(self, preset_id: str) -> None:
        """Start a new plan from a preset, keeping the patient and MT already entered."""
        current = self.doc.plan
        proto = self.kb.protocols[preset_id]
        mt = current.motor_threshold
        plan = plan_from_protocol(proto, patient_id=current.patient.identifier, mt_pct_mso=mt.value_pct_mso,
                                  mt_measured_on=mt.measured_on, start_date=current.schedule.start_date,
                                  mt_method=mt.method, mt_placeholder=mt.placeholder)
        # The patient's data, the plan's identity and the clinic's holiday calendar are not the preset's.
        holidays = current.schedule.holiday_country or self.store.settings.holiday_country
        schedule = plan.schedule.model_copy(update={"holiday_country": holidays})
        plan = plan.model_copy(update={
            "patient": current.patient, "medications": current.medications, "screening": current.screening,
            "screening_recorded_by": current.screening_recorded_by,
            "screening_recorded_on": current.screening_recorded_on,
            "screening_confirmed": current.screening_confirmed, "plan_id": current.plan_id, "schedule": schedule})
        self.doc.replace(Plan.model_validate(plan.model_dump()),
                         self.tr("Apply preset %s") % words().evidence(proto, "short_name"))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._shortcuts_watched:  # the window is on screen (a closed one is never painted): from now on, keys
            QApplication.instance().installEventFilter(self.shortcuts)
            self._shortcuts_watched = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.confirm_discard():
            self.files.finish()
            if self._treatment is not None:
                self._treatment.close()
            if self._shortcuts_watched:
                QApplication.instance().removeEventFilter(self.shortcuts)
                self._shortcuts_watched = False
            event.accept()
        else:
            event.ignore()
