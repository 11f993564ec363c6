"""The main window: editors on the left, the live check and figures on the right."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget

from tmsplanner.app import SettingsStore, blank_plan, clinic_check_settings
from tmsplanner.core.evidence.kb import KnowledgeBase
from tmsplanner.core.plan import Plan
from tmsplanner.core.plan_edit import normalise_path
from tmsplanner.core.presets import plan_from_protocol
from tmsplanner.core.settings import AppSettings
from tmsplanner.core.vocab import ScreeningItem
from tmsplanner.gui.blocks_editor import BlocksEditor
from tmsplanner.gui.derived_panel import DerivedPanel, OutcomesTable
from tmsplanner.gui.document import PlanDocument, Results
from tmsplanner.gui.fields import FieldFactory, words
from tmsplanner.gui.file_actions import FileActions
from tmsplanner.gui.findings_panel import FindingsPanel
from tmsplanner.gui.forms import PatientForm, ScheduleForm, ThresholdDeviceForm
from tmsplanner.gui.lists_editors import MedicationsEditor, ScreeningEditor
from tmsplanner.gui.pictures import CourseTimelineWidget, PulsePatternWidget
from tmsplanner.gui.schedule_editors import (
    CalendarSettingsForm,
    ClosuresEditor,
    MissedSessionsEditor,
    PhasesEditor,
)


def _scrolled(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


class MainWindow(QMainWindow):
    """Assemble a course, see it checked live, save and print it."""

    TABS = ("patient", "stimulation", "schedule", "threshold", "medications", "screening")

    def __init__(self, kb: KnowledgeBase, settings: AppSettings | SettingsStore,
                 settings_message: str | None = None) -> None:
        super().__init__()
        self.kb = kb
        self.store = settings if isinstance(settings, SettingsStore) else SettingsStore(settings)
        today = dt.date.today()
        # The clinic's check policy, its own safety table included (if unusable: the bundled one, and a word).
        check, table_problem = clinic_check_settings(self.store.settings, today)
        # Holiday names follow the interface language the application set as Qt's default locale.
        blank = blank_plan(kb, today, holiday_country=self.store.settings.holiday_country)
        self.doc = PlanDocument(kb, blank, check, self, language=QLocale().name(),
                                undo_limit=self.store.settings.undo_limit)
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
        problems = "\n".join(filter(None, (settings_message, table_problem)))
        if problems:
            QTimer.singleShot(0, lambda: self.files.warn(self.tr("Settings"), problems))

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

    def _build_editors(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editor_tabs")
        self.blocks = BlocksEditor(self.doc, self.fields)
        self.calendar_form = CalendarSettingsForm(self.doc, self.fields)
        self.closures = ClosuresEditor(self.doc)
        self.phases = PhasesEditor(self.doc)
        self.missed = MissedSessionsEditor(self.doc)
        schedule_page = QWidget()
        column = QVBoxLayout(schedule_page)
        for widget in (ScheduleForm(self.fields), self.calendar_form, self.closures, self.phases, self.missed):
            column.addWidget(widget)
        column.addStretch(1)
        self.medications = MedicationsEditor(self.doc, self._report)
        self.screening = ScreeningEditor(self.doc)
        pages = (
            (_scrolled(PatientForm(self.fields)), self.tr("&Patient")),
            (_scrolled(self.blocks), self.tr("S&timulation")),
            (_scrolled(schedule_page), self.tr("Sc&hedule")),
            (_scrolled(ThresholdDeviceForm(self.fields)), self.tr("&Threshold and device")),
            (self.medications, self.tr("&Medications")),
            (self.screening, self.tr("Sc&reening")),
        )
        for widget, title in pages:
            self.tabs.addTab(widget, title)

    def _build_results(self) -> None:
        self.findings = FindingsPanel(self.kb, language=self.store.settings.language)
        self.findings.fieldRequested.connect(self.focus_field)
        self.derived = DerivedPanel()
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
        lower.addTab(_scrolled(pictures), self.tr("Pulse pattern and timeline"))
        self.outcomes = OutcomesTable()
        lower.addTab(self.outcomes, self.tr("Outcome measures"))
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
        self.blocks.refresh(plan)
        self.medications.refresh(plan)
        self.screening.refresh(plan)
        for editor in (self.calendar_form, self.closures, self.phases, self.missed):
            editor.refresh(plan)

    def _show_results(self, results: Results) -> None:
        self.findings.show_results(results)
        view = results.view
        self.derived.show_results(view)
        self.pulses.set_blocks([b.block for b in view.blocks], [b.dose for b in view.blocks])
        self.timeline.set_view(view)
        self.outcomes.show_assessments(view.outcomes)
        self.status.setText(self.tr("%n session(s)", "", results.figures.total_sessions))

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

    # -- navigation ----------------------------------------------------------
    def focus_field(self, field: str) -> None:
        """Show and focus the editor of a finding's field (e.g. 'blocks[1].pattern')."""
        path = normalise_path(field)
        parts = path.split(".")
        if parts[0] == "blocks":
            self.tabs.setCurrentIndex(self.TABS.index("stimulation"))
            if len(parts) > 1 and parts[1].isdigit():
                self.blocks.select(int(parts[1]))
            widget = self._editor_for(parts[2:] if len(parts) > 2 else [])
            (widget or self.blocks.list).setFocus()
        elif parts[0] == "screening":
            self.tabs.setCurrentIndex(self.TABS.index("screening"))
            if len(parts) > 1:
                self.screening.focus_item(ScreeningItem(parts[1]))
        elif parts[:2] == ["schedule", "holiday_country"]:
            self.tabs.setCurrentIndex(self.TABS.index("schedule"))
            self.calendar_form.country.setFocus()
        elif parts[0] == "medications":
            self.tabs.setCurrentIndex(self.TABS.index("medications"))
            if len(parts) > 1 and parts[1].isdigit():
                self.medications.list.setCurrentRow(int(parts[1]))
            self.medications.list.setFocus()
        else:
            tab = {"schedule": "schedule", "motor_threshold": "threshold", "device": "threshold"}.get(
                parts[0], "patient")
            self.tabs.setCurrentIndex(self.TABS.index(tab))
            widget = self._editor_by_path(path)
            if widget is not None:
                widget.setFocus()

    def _editor_for(self, rest: list[str]) -> QWidget | None:
        if not rest or rest == ["pattern"]:
            return self.blocks.pattern_type
        return self._editor_by_path(f"blocks.{self.blocks.current}." + ".".join(rest))

    def _editor_by_path(self, path: str) -> QWidget | None:
        for binding in self.fields.bindings:
            if binding.path_fn() == path and binding.widget.isVisibleTo(self):
                return binding.widget
        for binding in self.fields.bindings:
            if binding.path_fn().startswith(path + ".") or path.startswith(binding.path_fn()):
                return binding.widget
        return None

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

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.files.confirm_discard():
            self.files.finish()
            event.accept()
        else:
            event.ignore()
