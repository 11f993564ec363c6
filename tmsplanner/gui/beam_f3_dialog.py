"""The Beam F3 calculator: head measurements in, the two scalp distances to F3 out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tmsplanner.core.beam_f3 import CITATIONS, FIELDS, allowed_range, beam_f3_for, check_measurement
from tmsplanner.core.evidence.models import Reference
from tmsplanner.core.labels import length_words
from tmsplanner.core.plan import HeadMeasurements, Plan
from tmsplanner.core.plan_edit import field_info, field_unit
from tmsplanner.gui.document import PlanDocument
from tmsplanner.gui.fields import tooltip, unit_text, words
from tmsplanner.gui.fields import tr as field_tr

NOT_ENTERED = 0.0
"""A field's value until the user types a measurement (shown as "—"); never a plausible head, which a
hurried user could take for one measured."""

ERROR_STYLE = "color: #b00020;"
SPIN_MAX_CM = 200.0  # wider than the allowed ranges, so a slip is shown as an error rather than clamped


def _short_reference(ref: Reference) -> str:
    authors = ref.authors.split(",") if ref.authors_seen else []
    who = (authors[0].strip().split(" ")[0] + (" et al." if len(authors) > 1 else "")) if authors else ref.title
    venue = " ".join(filter(None, [ref.journal, ref.volume_pages]))
    return f"{who} {ref.year or ''}".strip() + (f", {venue}" if venue else "")


class BeamF3Dialog(QDialog):
    """Computes Beam F3 distances live and can store the measurements in the plan."""

    def __init__(self, doc: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("Beam F3 calculator"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Measure the head with a tape, over the vertex for the first two. The calculator gives two "
            "distances that locate F3 (left dorsolateral prefrontal cortex) on the scalp."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        for name in FIELDS:
            info = field_info(HeadMeasurements, name)
            unit = field_unit(info)
            box = QDoubleSpinBox()
            box.setObjectName(name)
            box.setDecimals(1)
            box.setSingleStep(0.5)
            box.setRange(NOT_ENTERED, SPIN_MAX_CM)
            box.setSpecialValueText("—")
            box.setSuffix(f" {unit_text(unit)}" if unit else "")
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            box.setToolTip(tooltip(HeadMeasurements, name))
            box.valueChanged.connect(self._update)
            label = QLabel(field_tr(info.title or name) + (f" ({unit_text(unit)})" if unit else ""))
            label.setToolTip(box.toolTip())
            label.setBuddy(box)
            form.addRow(label, box)
            self.spins[name] = box
        layout.addLayout(form)

        self.x_label = QLabel()
        self.x_label.setObjectName("beam_x")
        self.y_label = QLabel()
        self.y_label.setObjectName("beam_y")
        for result in (self.x_label, self.y_label):
            result.setWordWrap(True)
            result.setTextFormat(Qt.TextFormat.RichText)
            result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(result)
        self.error = QLabel()
        self.error.setObjectName("beam_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("beam_status")
        layout.addWidget(self.status)

        method, code = (doc.kb.references[r] for r in CITATIONS)
        self.citation = QLabel(
            self.tr("Method: %1. Formula of the Beam calculator webpage, as implemented in %2 (Finding-F3 code); "
                    "the formula printed in the 2009 paper is not used.")
            .replace("%1", _short_reference(method)).replace("%2", _short_reference(code)))
        self.citation.setObjectName("beam_citation")
        self.citation.setWordWrap(True)
        self.citation.setToolTip("\n".join((f"{r.authors}. " if r.authors_seen else "") + f"{r.title}."
                                           for r in (method, code)))
        layout.addWidget(self.citation)

        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = QPushButton(self.tr("Apply to plan"))
        self.apply_button.setObjectName("beam_apply")
        self.apply_button.setToolTip(self.tr("Store these measurements in the plan (can be undone)"))
        self.apply_button.setAutoDefault(False)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.clicked.connect(self.apply_to_plan)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self._shown_head: HeadMeasurements | None = None
        self._load(doc.plan.head)
        doc.planChanged.connect(self._plan_changed)
        self.resize(560, self.sizeHint().height())

    # -- state ---------------------------------------------------------------
    def values(self) -> dict[str, float]:
        """The three measurements as entered, by HeadMeasurements field name."""
        return {name: float(box.value()) for name, box in self.spins.items()}

    def missing(self) -> list[str]:
        """The measurements not entered yet, by field name."""
        return [name for name, value in self.values().items() if value == NOT_ENTERED]

    def errors(self) -> list[str]:
        """Why the entered values cannot be used (empty when they can; a field not entered yet is no error)."""
        out = []
        c = words()
        for name, value in self.values().items():
            if value == NOT_ENTERED or check_measurement(name, value) is None:
                continue
            title = field_tr(field_info(HeadMeasurements, name).title or name)
            out.append(self.tr("%1 of %2 is outside the allowed range %3")
                       .replace("%1", title).replace("%2", length_words(value, 1, c))
                       .replace("%3", allowed_range(name, c)))
        return out

    def measurements(self) -> HeadMeasurements | None:
        """The entered values as a plan part, or None while any is missing or outside its range."""
        return None if self.missing() or self.errors() else HeadMeasurements(**self.values())

    # -- updates -------------------------------------------------------------
    def _load(self, head: HeadMeasurements | None) -> None:
        values = head.model_dump() if head is not None else {}
        for name, box in self.spins.items():
            box.blockSignals(True)
            box.setValue(values.get(name, NOT_ENTERED))
            box.blockSignals(False)
        self._shown_head = head
        self._update()

    def _plan_changed(self, plan: Plan) -> None:
        if plan.head is not None and plan.head != self._shown_head:
            self._load(plan.head)  # opened another plan, or undo/redo of another value
        else:
            self._shown_head = plan.head
            self._update()

    def _update(self, *_: object) -> None:
        errors = self.errors()
        self.error.setText("\n".join(errors))
        self.error.setVisible(bool(errors))
        head = self.measurements()
        if head is None:
            x_text = y_text = "—"
        else:
            result = beam_f3_for(head)
            c = words()
            x_text, y_text = length_words(result.x_cm, 2, c), length_words(result.y_cm, 2, c)
        self.x_label.setText(self.tr(
            "X = <b>%1</b> from the midline front point (Fpz) along the circumference to the left")
            .replace("%1", x_text))
        self.y_label.setText(self.tr("Y = <b>%1</b> from the vertex (Cz) towards that point")
                             .replace("%1", y_text))
        stored = head is not None and head == self.doc.plan.head
        self.apply_button.setEnabled(head is not None and not stored)
        if stored:
            self.status.setText(self.tr("These measurements are stored in the plan."))
        elif self.missing() and not errors:
            self.status.setText(self.tr("Measure the head and enter all three values."))
        elif self.doc.plan.head is not None:
            self.status.setText(self.tr("The plan holds other measurements; apply to replace them."))
        else:
            self.status.setText(self.tr("Not stored in the plan yet."))

    def apply_to_plan(self) -> None:
        """Store the measurements in the plan as one undoable step."""
        head = self.measurements()
        if head is None:
            return
        error = self.doc.apply("head", head, self.tr("Head measurements"), merge=False)
        if error:
            self.error.setText(error)
            self.error.setVisible(True)
            return
        self._shown_head = self.doc.plan.head
        self._update()


def open_beam_f3_dialog(window: QWidget) -> BeamF3Dialog:
    """Show the calculator for a main window's plan, non-modally (one per window)."""
    existing = window.findChild(BeamF3Dialog)
    dialog = existing if isinstance(existing, BeamF3Dialog) else BeamF3Dialog(window.doc, window)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
