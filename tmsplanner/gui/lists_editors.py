"""Medications (with completion from the evidence base) and the safety screening questionnaire."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.fieldnames import describe_for_people
from tmsplanner.core.i18n import catalogue
from tmsplanner.core.plan import MedicationEntry, Plan, ScreeningConfirmation
from tmsplanner.core.plan_edit import field_info
from tmsplanner.core.vocab import ScreeningItem
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import FieldFactory, date_edit, tooltip, tr


class MedicationsEditor(QWidget):
    """The current medications; names complete from the evidence base's list."""

    def __init__(self, doc: PlanDocument, report, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.report = doc, report
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("medication_name")
        self.name.setPlaceholderText(self.tr("Medication (name or brand)"))
        names = sorted({n for m in doc.kb.medications for n in (m.name, *m.aliases)}, key=str.casefold)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.dose = QLineEdit()
        self.dose.setPlaceholderText(self.tr("Dose (optional)"))
        self.changed = QCheckBox(self.tr("started or changed on"))
        self.changed.setToolTip(self.tr("Plans a motor-threshold re-test at the next session after this date"))
        self.changed_on = QDateEdit(QDate.currentDate())
        self.changed_on.setCalendarPopup(True)
        self.changed_on.setDisplayFormat("yyyy-MM-dd")
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.dose.returnPressed.connect(self.add)
        row.addWidget(self.name, 2)
        row.addWidget(self.dose, 1)
        row.addWidget(self.changed)
        row.addWidget(self.changed_on)
        row.addWidget(add)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setObjectName("medication_list")
        layout.addWidget(self.list, 1)
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(self.remove)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)

    def add(self) -> None:
        """Add the typed medication."""
        name = self.name.text().strip()
        if not name:
            return
        changed = self.changed_on.date().toPython() if self.changed.isChecked() else None
        try:
            entry = MedicationEntry(name=name, dose=self.dose.text().strip() or None, changed_on=changed)
        except ValidationError as exc:  # too long, or a control character: said beside the editor, nothing added
            self.report(describe_for_people(exc, catalogue(QLocale().name()), MedicationEntry))
            return
        error = self.doc.apply("medications", [*self.doc.plan.medications, entry], self.tr("Add medication"),
                               merge=False)
        self.report(error)
        if error is None:
            self.name.clear()
            self.dose.clear()

    def remove(self) -> None:
        """Remove the selected medication."""
        row = self.list.currentRow()
        if row >= 0:
            meds = list(self.doc.plan.medications)
            del meds[row]
            self.doc.apply("medications", meds, self.tr("Remove medication"), merge=False)

    def refresh(self, plan: Plan) -> None:
        """Show the plan's medications."""
        row = self.list.currentRow()
        self.list.clear()
        self.list.addItems([m.name + (f" — {m.dose}" if m.dose else "")
                            + (self.tr(" (changed %s)") % m.changed_on.isoformat() if m.changed_on else "")
                            for m in plan.medications])
        self.list.setCurrentRow(min(row, self.list.count() - 1))


class ScreeningEditor(QScrollArea):
    """Yes / No / Not asked for each screening item, with its contraindication class.

    Below the items: who recorded the answers and when, and a clinician's
    confirmation that unanswered items were reviewed.
    """

    VALUES = (True, False, None)

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None,
                 report: Callable[[str | None], None] | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.record_problem = QLabel()
        self.record_problem.setObjectName("screening_record_problem")
        self.record_problem.setWordWrap(True)
        self.record_problem.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        def show_problem(error: str | None) -> None:
            self.record_problem.setText(error or "")
            if report is not None:
                report(error)

        self.fields = FieldFactory(doc, show_problem)
        self.setWidgetResizable(True)
        inner = QWidget()
        grid = QGridLayout(inner)
        self.groups: dict[ScreeningItem, QButtonGroup] = {}
        self.rows: dict[ScreeningItem, QWidget] = {}
        words = (self.tr("Yes"), self.tr("No"), self.tr("Not answered"))
        language = catalogue(QLocale().name())  # the interface language the application set
        for row, item in enumerate(ScreeningItem):
            question = doc.kb.screening[item]
            tag = (f"<br/><b><font color='#b00020'>{self.tr('absolute contraindication')}</font></b>"
                   if question.classification == "absolute" else "")
            text = QLabel(html.escape(language.evidence(question, "question")) + tag)
            text.setWordWrap(True)
            kind = self.tr("absolute contraindication") if question.classification == "absolute" \
                else self.tr("relative contraindication")
            text.setToolTip(f"<b>{kind}</b><br/>{html.escape(language.evidence(question, 'rationale'))}")
            grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            for col, value in enumerate(self.VALUES, start=1):
                button = QRadioButton(words[col - 1])
                button.setObjectName(f"{item.value}:{value}")
                group.addButton(button, col)
                grid.addWidget(button, row, col)
                button.toggled.connect(lambda on, i=item, v=value: on and self._answer(i, v))
            self.groups[item] = group
            self.rows[item] = text
        grid.setColumnStretch(0, 1)
        grid.addWidget(self._record_form(), len(self.rows), 0, 1, 1 + len(self.VALUES))
        self.setWidget(inner)

    def _record_form(self) -> QWidget:
        """Who recorded the screening and when, and the confirmation of open items."""
        box = QWidget()
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        f = self.fields
        form.addRow(f.label(Plan, "screening_recorded_by"),
                    f.text(Plan, "screening_recorded_by", lambda: "screening_recorded_by"))
        form.addRow(f.label(Plan, "screening_recorded_on"),
                    f.optional_date(Plan, "screening_recorded_on", lambda: "screening_recorded_on"))
        form.addRow(f.label(Plan, "screening_confirmed"), self._confirmation())
        form.addRow(self.record_problem)
        return box

    def _confirmation(self) -> QWidget:
        """A check box, the clinician, the date and a note; unchecked means not confirmed."""
        confirmed = QCheckBox()
        confirmed.setObjectName("screening_confirmed:set")
        by, note = QLineEdit(), QLineEdit()
        by.setObjectName("screening_confirmed.by")
        note.setObjectName("screening_confirmed.note")
        on = date_edit()
        on.setDate(QDate.currentDate())
        on.setObjectName("screening_confirmed.on")
        for widget, name in ((by, "by"), (on, "on"), (note, "note")):
            info = field_info(ScreeningConfirmation, name)
            widget.setToolTip(tooltip(ScreeningConfirmation, name))
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(tr(info.title or name))
            widget.setEnabled(False)
            confirmed.toggled.connect(widget.setEnabled)

        def read() -> Any:
            if not confirmed.isChecked():
                return None
            values = {"by": by.text(), "on": on.date().toPython(), "note": note.text().strip() or None}
            try:
                return ScreeningConfirmation.model_validate(values)
            except ValidationError:  # the document refuses it with the field's message
                return values

        def write(value: ScreeningConfirmation | None) -> None:
            confirmed.setChecked(value is not None)
            if value is not None:
                by.setText(value.by)
                on.setDate(QDate(value.on.year, value.on.month, value.on.day))
                note.setText(value.note or "")

        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(confirmed)
        layout.addWidget(by, 2)
        layout.addWidget(on)
        layout.addWidget(note, 3)
        return self.fields.custom(Plan, "screening_confirmed", lambda: "screening_confirmed", row, read, write,
                                  confirmed.toggled, by.textEdited, on.dateChanged, note.textEdited)

    def _answer(self, item: ScreeningItem, value: bool | None) -> None:
        if self.doc.plan.screening.get(item) == value and (value is not None or item in self.doc.plan.screening):
            return
        self.doc.apply("screening", {**self.doc.plan.screening, item: value}, self.tr("Screening answer"),
                       merge=False)

    def refresh(self, plan: Plan) -> None:
        """Show the plan's answers and the screening record."""
        self.fields.refresh(plan)
        for item, group in self.groups.items():
            value = plan.screening.get(item)
            col = self.VALUES.index(value) + 1
            button = group.button(col)
            if not button.isChecked():
                button.blockSignals(True)
                button.setChecked(True)
                button.blockSignals(False)

    def focus_item(self, item: ScreeningItem) -> None:
        """Scroll to an item and focus its 'Yes' button."""
        self.ensureWidgetVisible(self.rows[item])
        self.groups[item].button(1).setFocus()
