"""Real-world scheduling: holidays, closures, clinic hours, MT re-tests, phases and missed sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.holiday_calendar import calendar_code, calendar_name
from tmsplanner.core.plan import MissedSession, Phase, Plan, Schedule
from tmsplanner.core.schedule import Session
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import FieldFactory


class CalendarSettingsForm(QGroupBox):
    """Public-holiday calendar, clinic closing time and the MT re-test interval."""

    def __init__(self, doc: PlanDocument, fields: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar"), parent)
        self.doc = doc
        form = QFormLayout(self)
        self.country = QComboBox()
        self.country.setObjectName("holiday_country")
        self.country.setEditable(True)
        self.country.addItem("")
        self._codes_loaded = False
        self.country.setToolTip(self.tr("ISO 3166 country code, optionally with a region (DE, DE-BY, RU, US-NY); "
                                        "empty: no public holidays skipped"))
        self.country.lineEdit().editingFinished.connect(self._country_changed)
        self.country.activated.connect(lambda _: self._country_changed())
        form.addRow(fields.label(Schedule, "holiday_country"), self.country)
        self.closes = QCheckBox(self.tr("Clinic closes at"))
        self.closing = QTimeEdit()
        self.closing.setDisplayFormat("HH:mm")
        self.closes.toggled.connect(self._closing_changed)
        self.closing.timeChanged.connect(self._closing_changed)
        row = QHBoxLayout()
        row.addWidget(self.closes)
        row.addWidget(self.closing)
        form.addRow(fields.label(Schedule, "clinic_closing_time"), row)
        form.addRow(fields.label(Schedule, "mt_retest_every_days"),
                    fields.number(Schedule, "mt_retest_every_days", lambda: "schedule.mt_retest_every_days",
                                  optional=True))

    def _load_codes(self) -> None:
        if not self._codes_loaded:
            from tmsplanner.core.holiday_calendar import calendar_name, supported_calendars

            language = QLocale().name()  # countries named in the interface language
            for code in supported_calendars():
                self.country.addItem(calendar_name(code, language), code)
            completer = self.country.completer()
            completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Герм" finds «DE — Германия»
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self._codes_loaded = True

    def showEvent(self, event) -> None:
        """Load the list of calendars only when the form is first shown (it costs a package import)."""
        self._load_codes()
        super().showEvent(event)

    def _country_changed(self) -> None:
        code = calendar_code(self.country.currentText())
        if code != self.doc.plan.schedule.holiday_country:
            self.doc.apply("schedule.holiday_country", code, self.tr("Holiday calendar"), merge=False)

    def _closing_changed(self, *_: object) -> None:
        self.closing.setEnabled(self.closes.isChecked())
        value = self.closing.time().toPython() if self.closes.isChecked() else None
        if value != self.doc.plan.schedule.clinic_closing_time:
            self.doc.apply("schedule.clinic_closing_time", value, self.tr("Clinic closing time"))

    def refresh(self, plan: Plan) -> None:
        """Show the plan's calendar settings."""
        schedule = plan.schedule
        if calendar_code(self.country.currentText()) != schedule.holiday_country:
            code = schedule.holiday_country
            self.country.setEditText(calendar_name(code, QLocale().name()) if code else "")
        for widget in (self.closes, self.closing):
            widget.blockSignals(True)
        self.closes.setChecked(schedule.clinic_closing_time is not None)
        self.closing.setEnabled(schedule.clinic_closing_time is not None)
        when = schedule.clinic_closing_time or dt.time(18, 0)
        self.closing.setTime(QTime(when.hour, when.minute))
        for widget in (self.closes, self.closing):
            widget.blockSignals(False)


class ClosuresEditor(QGroupBox):
    """Dates the clinic is closed (in addition to public holidays)."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clinic closures"), parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        add = QPushButton(self.tr("Add closure"))
        add.clicked.connect(self.add)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove)
        row.addWidget(self.date)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("closures")
        layout.addWidget(self.list)

    def add(self) -> None:
        """Add the chosen date."""
        day = self.date.date().toPython()
        closures = sorted({*self.doc.plan.schedule.closures, day})
        self.doc.apply("schedule.closures", closures, self.tr("Add closure"), merge=False)

    def remove(self) -> None:
        """Remove the selected date."""
        row = self.list.currentRow()
        if row >= 0:
            closures = list(self.doc.plan.schedule.closures)
            del closures[row]
            self.doc.apply("schedule.closures", closures, self.tr("Remove closure"), merge=False)

    def refresh(self, plan: Plan) -> None:
        """Show the plan's closures."""
        self.list.clear()
        self.list.addItems([d.isoformat() for d in plan.schedule.closures])
        if not self.date.date().isValid() or self.date.date() == QDate(2000, 1, 1):
            start = plan.schedule.start_date
            self.date.setDate(QDate(start.year, start.month, start.day))


class PhasesEditor(QGroupBox):
    """Taper and maintenance phases after the acute course."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Taper and maintenance"), parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("phases")
        self.table.setHorizontalHeaderLabels([self.tr("Phase"), self.tr("Weeks"), self.tr("Sessions per week"),
                                              self.tr("Every n weeks")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(120)
        self.table.cellChanged.connect(self._edited)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Add taper week"), self.add_taper),
                           (self.tr("Add maintenance"), self.add_maintenance), (self.tr("Remove"), self.remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)

    def _set(self, phases: list[Phase], text: str) -> None:
        self.doc.apply("schedule.phases", phases, text, merge=False)

    def add_taper(self) -> None:
        """Add a one-week taper phase with one session fewer a week than the previous phase."""
        phases = list(self.doc.plan.schedule.phases)
        previous = phases[-1].sessions_per_week if phases else 4
        self._set([*phases, Phase(name=self.tr("Taper"), weeks=1, sessions_per_week=max(previous - 1, 1))],
                  self.tr("Add taper week"))

    def add_maintenance(self) -> None:
        """Add a maintenance phase: one session every other week for 12 weeks."""
        phases = list(self.doc.plan.schedule.phases)
        self._set([*phases, Phase(name=self.tr("Maintenance"), weeks=12, sessions_per_week=1, every_weeks=2)],
                  self.tr("Add maintenance"))

    def remove(self) -> None:
        """Remove the selected phase."""
        row = self.table.currentRow()
        if row >= 0:
            phases = list(self.doc.plan.schedule.phases)
            del phases[row]
            self._set(phases, self.tr("Remove phase"))

    def _edited(self, row: int, column: int) -> None:
        phases = list(self.doc.plan.schedule.phases)
        name_or_number = self.table.item(row, column).text()
        key = ("name", "weeks", "sessions_per_week", "every_weeks")[column]
        try:
            value = name_or_number if key == "name" else int(name_or_number)
            phases[row] = phases[row].model_copy(update={key: value})
            phases[row] = Phase.model_validate(phases[row].model_dump())
        except ValueError:
            self.refresh(self.doc.plan)
            return
        self._set(phases, self.tr("Edit phase"))

    def refresh(self, plan: Plan) -> None:
        """Show the plan's phases."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(plan.schedule.phases))
        for row, phase in enumerate(plan.schedule.phases):
            for col, value in enumerate((phase.name, phase.weeks, phase.sessions_per_week, phase.every_weeks)):
                self.table.setItem(row, col, QTableWidgetItem(str(value)))
        self.table.blockSignals(False)


class MissedSessionsEditor(QGroupBox):
    """Sessions marked as missed; the course re-flows after each."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Missed sessions"), parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("missed")
        layout.addWidget(self.list)
        restore = QPushButton(self.tr("Restore selected"))
        restore.clicked.connect(self.restore)
        layout.addWidget(restore)

    def mark(self, session: Session, whole_day: bool = False) -> None:
        """Mark a planned session (or its whole day) as missed."""
        entry = MissedSession(date=session.date, index_in_day=None if whole_day else session.index_in_day)
        missed = [*self.doc.plan.schedule.missed_sessions, entry]
        self.doc.apply("schedule.missed_sessions", missed, self.tr("Mark session missed"), merge=False)

    def restore(self) -> None:
        """Take back the selected missed entry."""
        row = self.list.currentRow()
        if row >= 0:
            missed = list(self.doc.plan.schedule.missed_sessions)
            del missed[row]
            self.doc.apply("schedule.missed_sessions", missed, self.tr("Restore session"), merge=False)

    def refresh(self, plan: Plan) -> None:
        """Show the plan's missed sessions."""
        self.list.clear()
        for entry in plan.schedule.missed_sessions:
            which = self.tr("whole day") if entry.index_in_day is None else \
                self.tr("session %s of the day") % entry.index_in_day
            self.list.addItem(f"{entry.date.isoformat()} — {which}")
