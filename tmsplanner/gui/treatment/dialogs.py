"""The small dialogs of the Treatment tab: an MT re-test, an outcome score, a deviation."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.evidence.models import OutcomeScale
from tmsplanner.core.fieldnames import allowed_for_people, describe_for_people
from tmsplanner.core.outcomes import scales_for
from tmsplanner.core.record import (
    Deviation,
    MTRetest,
    Score,
)
from tmsplanner.core.vocab import (
    DeviationKind,
    MTKind,
    MTMethod,
    MTMuscle,
)
from tmsplanner.gui.fields import (
    MARK,
    NONE_TEXT,
    NumberSpinBox,
    accessible,
    date_edit,
    describe,
    make_note,
    mark_invalid,
    readable_placeholder,
    unit_text,
    words,
)
from tmsplanner.gui.treatment.common import (
    _choice,
    _chosen,
    _form,
    _problem_label,
    _qdate,
    _short_text,
    number,
    session_of,
)

if TYPE_CHECKING:
    from tmsplanner.gui.treatment.view import TreatmentView


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
