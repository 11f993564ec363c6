"""Real-world scheduling: holidays, closures, clinic hours, MT re-tests, phases and missed sessions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.plan import MissedSession, Phase, Plan, Schedule
from tmsplanner.core.schedule import Session
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import FieldFactory, TimeEdit, accessible, date_edit, describe, title
from tmsplanner.gui.holiday_chooser import HolidayCalendarChooser


class CalendarSettingsForm(QGroupBox):
    """Public-holiday calendar, clinic closing time and the MT re-test interval."""

    def __init__(self, doc: PlanDocument, fields: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar"), parent)
        self.doc = doc
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow pane: field under label
        self.country = HolidayCalendarChooser()
        self.country.setObjectName("holiday_country")
        hint = self.tr("ISO 3166 country code, optionally with a region (DE, DE-BY, RU, US-NY); "
                       "empty: no public holidays skipped")
        self.country.setToolTip(hint)
        # Reached by Tab like every field (an editable combo box takes the focus for its line edit);
        # a screen reader names it by the field and reads the hint.
        self.country.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        accessible(self.country, title(Schedule, "holiday_country"), hint)
        self.country.lineEdit().setAccessibleName(title(Schedule, "holiday_country"))
        self.country.lineEdit().editingFinished.connect(self._country_changed)
        self.country.activated.connect(lambda _: self._country_changed())
        # Tab while the completion list is open moves the focus on without editingFinished (and without a
        # focus-out event): the typed calendar is taken when the focus leaves the field.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        country_label = fields.label(Schedule, "holiday_country")
        country_label.setBuddy(self.country)
        form.addRow(country_label, self.country)
        self.closes = QCheckBox(self.tr("Clinic closes at"))
        self.closes.setObjectName("clinic_closes")
        accessible(self.closes, self.closes.text(), describe(Schedule, "clinic_closing_time"))
        self.closing = TimeEdit()
        self.closing.setObjectName("clinic_closing_time")
        accessible(self.closing, title(Schedule, "clinic_closing_time"), describe(Schedule, "clinic_closing_time"))
        self.closes.toggled.connect(self._closing_changed)
        self.closing.timeChanged.connect(self._closing_changed)
        row = QHBoxLayout()
        row.addWidget(self.closes)
        row.addWidget(self.closing)
        closing_label = fields.label(Schedule, "clinic_closing_time")
        closing_label.setBuddy(self.closes)
        form.addRow(closing_label, row)
        form.addRow(fields.label(Schedule, "mt_retest_every_days"),
                    fields.number(Schedule, "mt_retest_every_days", lambda: "schedule.mt_retest_every_days",
                                  optional=True))

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Take the typed calendar when the keyboard leaves the field."""
        if old is not None and new is not None and old in (self.country, self.country.lineEdit()) \
                and new not in (self.country, self.country.lineEdit()):
            self._country_changed()

    def _country_changed(self) -> None:
        code = self.country.code()
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
        self.country.set_code(schedule.holiday_country)
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
        self.date = date_edit()  # a click selects the day, month or year
        self.date.setObjectName("closure_date")
        accessible(self.date, self.tr("Closure date"), self.tr("The date to add to the clinic's closures"))
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
        self.list.setAccessibleName(title(Schedule, "closures"))
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
        self.table.setAccessibleName(title(Schedule, "phases"))
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
        self.list.setAccessibleName(title(Schedule, "missed_sessions"))
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
