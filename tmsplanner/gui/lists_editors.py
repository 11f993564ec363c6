"""Medications (with completion from the evidence base) and the safety screening questionnaire."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.evidence.kb import normalise_drug_name
from tmsplanner.core.fieldnames import describe_for_people
from tmsplanner.core.i18n import catalogue
from tmsplanner.core.plan import MedicationEntry, Plan, ScreeningConfirmation
from tmsplanner.core.plan_edit import field_info
from tmsplanner.core.vocab import ScreeningItem
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import FieldFactory, date_edit, escape, make_note, mark_invalid, tooltip, tr
from tmsplanner.gui.file_actions import fill


class MedicationsModel(QAbstractTableModel):
    """The plan's medications as rows of name, dose and change date; an edited cell goes to ``edit``.

    ``edit(row, field, text)`` applies the cell's new text (or refuses it) and says whether it was taken.
    """

    FIELDS = ("name", "dose", "changed_on")

    def __init__(self, edit: Callable[[int, str, str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._entries: list[MedicationEntry] = []

    def set_entries(self, entries: list[MedicationEntry]) -> bool:
        """Show ``entries``; True when the rows were laid anew (the current row is lost then)."""
        entries = list(entries)
        if len(entries) != len(self._entries):
            self.beginResetModel()
            self._entries = entries
            self.endResetModel()
            return True
        if entries != self._entries:
            self._entries = entries
            self.dataChanged.emit(self.index(0, 0), self.index(len(entries) - 1, len(self.FIELDS) - 1))
        return False

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def text(self, row: int, field: str) -> str:
        """A cell as it is shown and edited ('' for no dose or no date; dates as YYYY-MM-DD)."""
        value = getattr(self._entries[row], field)
        if value is None:
            return ""
        return value.isoformat() if isinstance(value, dt.date) else str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.text(index.row(), self.FIELDS[index.column()])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(MedicationEntry, self.FIELDS[index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.FIELDS):
            return super().headerData(section, orientation, role)
        field = self.FIELDS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(field_info(MedicationEntry, field).title or field)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(MedicationEntry, field)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self._edit(index.row(), self.FIELDS[index.column()], "" if value is None else str(value))


class MedicationTable(QTableView):
    """The medications, one row each, edited in place (F2 or Enter); Delete asks to remove the selected rows.

    ``setCurrentRow``, ``currentRow`` and ``count`` work as a list's do: the window selects the entry a
    finding on ``medications[i]`` is about with ``setCurrentRow(i)``.
    """

    deleteRequested = Signal()

    def setCurrentRow(self, row: int) -> None:  # a list widget's name
        """Make row ``row`` the current, selected one (none for -1)."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            self.setCurrentIndex(QModelIndex())
            self.clearSelection()
            return
        column = max(self.currentIndex().column(), 0)
        self.setCurrentIndex(model.index(row, column))
        self.selectRow(row)

    def currentRow(self) -> int:  # a list widget's name
        """The current row, -1 for none."""
        return self.currentIndex().row() if self.currentIndex().isValid() else -1

    def count(self) -> int:
        """How many rows there are."""
        model = self.model()
        return 0 if model is None else model.rowCount()

    def selected_rows(self) -> list[int]:
        """The selected rows, or the current one when none is selected, in order."""
        rows = sorted({i.row() for i in self.selectionModel().selectedIndexes()}) if self.selectionModel() else []
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        return rows

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Delete:
                self.deleteRequested.emit()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
                self.edit(self.currentIndex())
                event.accept()
                return
        super().keyPressEvent(event)


class MedicationsEditor(QWidget):
    """The current medications; names complete from the evidence base's list.

    Enter in the name (a completion accepted included) goes on to the dose; Enter in the dose, in the
    change date or Add adds. A medication already listed (same name, or the same drug of the evidence
    base, e.g. "Sertraline" and "сертралин") is updated instead of listed twice. The table's cells are
    edited in place; each addition, update, edit or removal is one undoable step of the document.
    """

    def __init__(self, doc: PlanDocument, report: Callable[[str | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc, self.report = doc, report
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setObjectName("medication_name")
        self.name.setPlaceholderText(self.tr("Medication (name or brand)"))
        self.name.setAccessibleName(tr(field_info(MedicationEntry, "name").title or "name"))
        self.name.setAccessibleDescription(self.tr("Name or brand; Enter goes on to the dose"))
        names = sorted({n for m in doc.kb.medications for n in (m.name, *m.aliases)}, key=str.casefold)
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.dose = QLineEdit()
        self.dose.setObjectName("medication_dose")
        self.dose.setPlaceholderText(self.tr("Dose (optional)"))
        self.dose.setAccessibleName(tr(field_info(MedicationEntry, "dose").title or "dose"))
        self.dose.setAccessibleDescription(self.tr("Optional; Enter adds the medication"))
        self.changed = QCheckBox(self.tr("started or changed on"))
        self.changed.setObjectName("medication_changed")
        self.changed.setToolTip(self.tr("Plans a motor-threshold re-test at the next session after this date"))
        self.changed.setAccessibleName(self.tr("started or changed on"))
        self.changed.setAccessibleDescription(self.changed.toolTip())
        self.changed_on = date_edit()
        self.changed_on.setDate(QDate.currentDate())
        self.changed_on.setObjectName("medication_changed_on")
        self.changed_on.setAccessibleName(tr(field_info(MedicationEntry, "changed_on").title or "changed_on"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("medication_add")
        self.add_button.setAccessibleName(self.tr("Add medication"))
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self._to_dose)
        completer.activated[str].connect(self._to_dose)
        completer.popup().installEventFilter(self)  # Enter with no suggestion picked: on to the dose too
        self.dose.returnPressed.connect(self.add)
        for widget in (self.changed, self.changed_on):
            widget.installEventFilter(self)  # Enter there adds too
        for edit in (self.name, self.dose):
            edit.textEdited.connect(lambda _text, e=edit: mark_invalid(e, None))
        # Name and dose on the first line, the change date and Add on the second: each field keeps room for
        # what it holds at any width or scaling (one line squeezed them to a few pixels at 150%).
        characters = self.name.fontMetrics().averageCharWidth()
        self.name.setMinimumWidth(characters * 18)
        self.dose.setMinimumWidth(characters * 12)
        row.addWidget(self.name, 2)
        row.addWidget(self.dose, 1)
        second = QHBoxLayout()
        second.addWidget(self.changed)
        second.addWidget(self.changed_on)
        second.addStretch(1)
        second.addWidget(self.add_button)
        layout.addLayout(row)
        layout.addLayout(second)
        self.feedback = QLabel()
        self.feedback.setObjectName("medication_feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setAccessibleName(self.tr("Medication messages"))
        self.feedback.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.feedback)
        self.model = MedicationsModel(self.edit_entry, self)
        self.list = MedicationTable()
        self.list.setObjectName("medication_list")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Current medications"))
        self.list.setAccessibleDescription(self.tr("F2 or Enter edits a cell; Delete removes the selected rows"))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move between cells
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.deleteRequested.connect(self.remove)
        layout.addWidget(self.list, 1)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("medication_remove")
        self.remove_button.setAccessibleName(self.tr("Remove selected medications"))
        self.remove_button.clicked.connect(self.remove)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        chain = (self.name, self.dose, self.changed, self.changed_on, self.add_button, self.list, self.remove_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- feedback ------------------------------------------------------------------
    def _say(self, text: str) -> None:
        """What was done, beside the editor (the window's 'not applied' line is cleared)."""
        self.feedback.setText(text)
        self.report(None)

    def _refuse(self, error: str, widget: QWidget | None = None) -> None:
        """Why nothing was done: beside the editor and in the window's status line."""
        self.feedback.setText(error)
        self.report(error)
        if widget is not None:
            mark_invalid(widget, error)
            widget.setFocus()

    def _people(self, exc: ValidationError) -> str:
        return describe_for_people(exc, catalogue(QLocale().name()), MedicationEntry)

    # -- entering ------------------------------------------------------------------
    def _to_dose(self, *_: object) -> None:
        """Enter in the name (or on a completion): on to the dose; nothing is added yet."""
        self.dose.setFocus(Qt.FocusReason.TabFocusReason)
        self.dose.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            popup = self.name.completer().popup()
            if watched is popup and not popup.currentIndex().isValid():
                popup.hide()  # no suggestion picked: the name stays as typed
                self._to_dose()
                return True
            if watched in (self.changed, self.changed_on):
                self.add()
                return True
        return super().eventFilter(watched, event)

    def matching_row(self, name: str, skip: int | None = None) -> int | None:
        """The row of the listed medication ``name`` is, if any: the same name (case and spacing aside), or
        the same drug of the evidence base, found as the medication checks find it."""
        key = normalise_drug_name(name)
        drug = self.doc.kb.find_medication(name)
        for row, entry in enumerate(self.doc.plan.medications):
            if row == skip:
                continue
            if normalise_drug_name(entry.name) == key:
                return row
            if drug is not None:
                other = self.doc.kb.find_medication(entry.name)
                if other is not None and other.id == drug.id:
                    return row
        return None

    def add(self) -> None:
        """Add the typed medication, or update the entry already listed for it."""
        for widget in (self.name, self.dose, self.changed_on):
            mark_invalid(widget, None)
        changed = self.changed_on.date().toPython() if self.changed.isChecked() else None
        try:
            entry = MedicationEntry(name=self.name.text(), dose=self.dose.text().strip() or None, changed_on=changed)
        except ValidationError as exc:  # empty, too long, a control character: said beside the editor, nothing added
            field = str(exc.errors(include_url=False)[0]["loc"][0])
            widget = {"dose": self.dose, "changed_on": self.changed_on}.get(field, self.name)
            self._refuse(self._people(exc), widget)
            return
        meds = list(self.doc.plan.medications)
        row = self.matching_row(entry.name)
        if row is None:
            error = self.doc.apply("medications", [*meds, entry], self.tr("Add medication"), merge=False)
            row, done = len(meds), fill(self.tr("Added “%1”."), entry.name)
        else:
            old = meds[row]
            meds[row] = MedicationEntry(name=old.name, dose=entry.dose or old.dose,
                                        changed_on=entry.changed_on or old.changed_on)
            error = self.doc.apply("medications", meds, self.tr("Update medication"), merge=False)
            done = (fill(self.tr("“%1” is already listed (row %2): updated it instead of adding it again."),
                         old.name, str(row + 1)) if meds[row] != old else
                    fill(self.tr("“%1” is already listed (row %2) with this dose and date: nothing to change."),
                         old.name, str(row + 1)))
        if error is not None:
            self._refuse(error, self.name)
            return
        self._say(done)
        self.list.setCurrentRow(row)
        self.name.clear()
        self.dose.clear()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_entry(self, row: int, field: str, text: str) -> bool:
        """Apply an edited cell (the same rules as adding); False, with the reason said, if refused."""
        meds = list(self.doc.plan.medications)
        if not 0 <= row < len(meds):
            return False
        old = meds[row]
        values: dict[str, Any] = old.model_dump()
        text = text.strip()
        if field == "changed_on":
            date = QDate.fromString(text, "yyyy-MM-dd")
            values[field] = None if not text else date.toPython() if date.isValid() else text
        else:
            values[field] = (text or None) if field == "dose" else text
        try:
            entry = MedicationEntry.model_validate(values)
        except ValidationError as exc:
            self._refuse(self._people(exc))
            return False
        if entry == old:
            return True
        if field == "name":
            other = self.matching_row(entry.name, skip=row)
            if other is not None:
                words = tr(field_info(MedicationEntry, "name").title or "name")
                self._refuse(f"{words}: " + fill(self.tr("“%1” is already listed (row %2); edit that entry instead"),
                                                 meds[other].name, str(other + 1)))
                return False
        meds[row] = entry
        error = self.doc.apply("medications", meds, self.tr("Edit medication"), merge=False)
        if error is not None:
            self._refuse(error)
            return False
        self._say("")
        return True

    def remove(self) -> None:
        """Remove the selected medications (one undoable step)."""
        rows = [r for r in self.list.selected_rows() if r < len(self.doc.plan.medications)]
        if not rows:
            self._refuse(self.tr("Select the medication to remove first"))
            return
        meds = list(self.doc.plan.medications)
        gone = [meds[r].name for r in rows]
        error = self.doc.apply("medications", [m for i, m in enumerate(meds) if i not in rows],
                               self.tr("Remove medication"), merge=False)
        if error is not None:
            self._refuse(error)
            return
        self._say(fill(self.tr("Removed “%1”."), ", ".join(gone)))
        self.list.setCurrentRow(min(rows[0], self.list.count() - 1))

    def refresh(self, plan: Plan) -> None:
        """Show the plan's medications, keeping the current row where there still is one."""
        row = self.list.currentRow()
        if self.model.set_entries(plan.medications):
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
        make_note(self.record_problem)

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
            text = QLabel(escape(language.evidence(question, "question")) + tag)
            text.setWordWrap(True)
            kind = self.tr("absolute contraindication") if question.classification == "absolute" \
                else self.tr("relative contraindication")
            text.setToolTip(f"<b>{kind}</b><br/>{escape(language.evidence(question, 'rationale'))}")
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
