"""The Treatment tab's form: record today's session with the plan's values filled in."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import shiboken6
from pydantic import ValidationError
from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.app.records import (
    planned_blocks,
)
from tmsplanner.core.fieldnames import allowed_for_people, describe_for_people
from tmsplanner.core.labels import target_label
from tmsplanner.core.record import (
    PRE_SESSION_CHECKS,
    DeliveredBlock,
    SessionRecord,
    SideEffect,
)
from tmsplanner.core.record_view import BlockDelivery, RecordView
from tmsplanner.core.vocab import (
    SideEffectKind,
    SideEffectSeverity,
)
from tmsplanner.gui.fields import (
    MARK,
    NumberSpinBox,
    TimeEdit,
    accessible,
    date_edit,
    describe,
    follow_in_tab_order,
    make_note,
    mark_invalid,
    readable_placeholder,
    unit_text,
    words,
)
from tmsplanner.gui.treatment.common import (
    StoreNote,
    _choice,
    _chosen,
    _form,
    _problem_label,
    _qdate,
    _reveal,
    _short_text,
    _ShowsRecord,
    clock,
    count,
    date_text,
    next_pending,
    session_of,
)

if TYPE_CHECKING:
    from tmsplanner.gui.treatment.view import TreatmentView


# -- the form --------------------------------------------------------------------------------------------

class BlockRow(QGroupBox):
    """One block of the session: what the plan sets, and the %MSO and pulses delivered."""

    def __init__(self, number: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.number = number
        self.heading = (number, title)
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
        if self._dirty and self._block_titles(self.session.value()) != [row.heading for row in self.blocks]:
            self._dirty = False  # the plan's blocks changed: what was typed no longer fits
        if self._dirty:
            self._show_session_state(self.session.value())
        else:
            chosen = self.session.value() if self._chosen else (next_pending(view) or view.planned_sessions or 1)
            self.load_session(chosen)
        self._enable()

    def _block_titles(self, number: int) -> list[tuple[int, str]]:
        """The block rows session ``number`` is typed in: the blocks of the plan version it is held to (the
        current plan's unless it was delivered under an earlier one); once recorded, those its record has, as
        a correction restates the record."""
        view = self.view
        if view is None:
            return []
        found = session_of(view, number)
        settings = {b.number: b for b in (found.settings(view.course) if found is not None else view.course.blocks)}
        numbers = sorted(b.block for b in found.record.blocks) if found is not None and found.record is not None \
            else sorted(settings)
        c = words()
        return [(k, self.tr("Block %1: %2").replace("%1", str(k)).replace("%2", target_label(settings[k].block, c))
                 if k in settings else self.tr("Block %1").replace("%1", str(k))) for k in numbers]

    def _build_blocks(self, titles: list[tuple[int, str]]) -> None:
        if [row.heading for row in self.blocks] == titles:
            return
        for row in self.blocks:
            row.setParent(None)
            row.deleteLater()
        self.blocks = []
        before: QWidget = self.operator  # the box of the block rows follows the session's fields on screen
        for number, title in titles:
            row = BlockRow(number, title)
            for editor in (row.mso, row.pulses):
                editor.valueChanged.connect(self._touched)
            row.interrupted.toggled.connect(self._touched)
            self.blocks_layout.addWidget(row)
            before = follow_in_tab_order(before, row)
            self.blocks.append(row)

    def load_session(self, number: int) -> None:
        """Fill the form for session ``number``: the plan's values, or what was recorded (to correct it)."""
        view = self.view
        if view is None:
            return
        self._loading = True
        try:
            self.session.setValue(number)
            self._build_blocks(self._block_titles(number))
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
        planned = found.held_against if found is not None else None
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
