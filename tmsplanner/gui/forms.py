"""Forms for the patient, the motor threshold and device, and the schedule."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from tmsplanner.core.plan import Device, MotorThreshold, Patient, Plan, Schedule
from tmsplanner.core.vocab import Coil, Indication, MTKind, MTMethod, MTMuscle, Sex
from tmsplanner.gui.fields import FieldFactory, make_note, number_text


def _form(parent: QWidget | None = None) -> QFormLayout:
    form = QFormLayout(parent)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    # In a narrow pane (a small screen, 150% scaling) a field goes under its label instead of off the edge.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    return form


class PatientForm(QWidget):
    """Patient identity and the indication."""

    def __init__(self, fields: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = _form(self)
        form.addRow(fields.label(Patient, "identifier"),
                    fields.text(Patient, "identifier", lambda: "patient.identifier", optional=False))
        form.addRow(fields.label(Patient, "display_name"),
                    fields.text(Patient, "display_name", lambda: "patient.display_name"))
        form.addRow(fields.label(Patient, "birth_year"),
                    fields.number(Patient, "birth_year", lambda: "patient.birth_year", optional=True))
        form.addRow(fields.label(Patient, "sex"),
                    fields.choice(Patient, "sex", lambda: "patient.sex", list(Sex), optional=True))
        form.addRow(fields.label(Plan, "indication"),
                    fields.choice(Plan, "indication", lambda: "indication", list(Indication)))
        form.addRow(fields.label(Plan, "plan_id"), fields.text(Plan, "plan_id", lambda: "plan_id"))


class ThresholdDeviceForm(QWidget):
    """The motor-threshold record (with depth-correction distances) and the device."""

    def __init__(self, fields: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        mt_box = QGroupBox(self.tr("Motor threshold"))
        form = _form(mt_box)

        def mt(name: str) -> str:
            return f"motor_threshold.{name}"

        form.addRow(fields.label(MotorThreshold, "value_pct_mso"),
                    fields.number(MotorThreshold, "value_pct_mso", lambda: mt("value_pct_mso")))
        form.addRow(fields.label(MotorThreshold, "kind"),
                    fields.choice(MotorThreshold, "kind", lambda: mt("kind"), list(MTKind)))
        form.addRow(fields.label(MotorThreshold, "muscle"),
                    fields.choice(MotorThreshold, "muscle", lambda: mt("muscle"), list(MTMuscle)))
        form.addRow(fields.label(MotorThreshold, "method"),
                    fields.choice(MotorThreshold, "method", lambda: mt("method"), list(MTMethod)))
        form.addRow(fields.label(MotorThreshold, "measured_on"),
                    fields.date(MotorThreshold, "measured_on", lambda: mt("measured_on")))
        form.addRow(fields.label(MotorThreshold, "m1_scalp_cortex_distance_mm"),
                    fields.number(MotorThreshold, "m1_scalp_cortex_distance_mm",
                                  lambda: mt("m1_scalp_cortex_distance_mm"), optional=True))
        form.addRow(fields.label(MotorThreshold, "target_scalp_cortex_distance_mm"),
                    fields.number(MotorThreshold, "target_scalp_cortex_distance_mm",
                                  lambda: mt("target_scalp_cortex_distance_mm"), optional=True))
        form.addRow("", fields.check(MotorThreshold, "placeholder", lambda: mt("placeholder")))
        kb = fields.doc.kb
        note = QLabel(self.tr("Visual thresholds averaged %1% above EMG thresholds (Westin et al. 2014); prefer "
                              "EMG. Depth correction (%2% MSO per mm, Stokes et al. 2007) applies when both "
                              "scalp-to-cortex distances are given.")
                      .replace("%1", number_text(kb.param("visual_mt_excess_pct").value))
                      .replace("%2", number_text(kb.param("depth_slope_pct_mso_per_mm").value)))
        note.setObjectName("threshold_note")
        note.setWordWrap(True)
        make_note(note)  # muted, yet 4.5:1 on the window (WCAG AA), derived from the palette
        form.addRow(note)
        device_box = QGroupBox(self.tr("Device"))
        form = _form(device_box)
        form.addRow(fields.label(Device, "name"), fields.text(Device, "name", lambda: "device.name"))
        form.addRow(fields.label(Device, "coil"), fields.choice(Device, "coil", lambda: "device.coil", list(Coil)))
        form.addRow(fields.label(Device, "coil_model"),
                    fields.text(Device, "coil_model", lambda: "device.coil_model"))
        form.addRow(fields.label(Device, "max_output_pct_mso"),
                    fields.number(Device, "max_output_pct_mso", lambda: "device.max_output_pct_mso"))
        layout.addWidget(mt_box)
        layout.addWidget(device_box)
        layout.addStretch(1)


class ScheduleForm(QWidget):
    """Start date, number of days, days a week and the accelerated-day settings."""

    def __init__(self, fields: FieldFactory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = _form(self)

        def s(name: str) -> str:
            return f"schedule.{name}"

        form.addRow(fields.label(Schedule, "start_date"), fields.date(Schedule, "start_date", lambda: s("start_date")))
        form.addRow(fields.label(Schedule, "treatment_days"),
                    fields.number(Schedule, "treatment_days", lambda: s("treatment_days")))
        form.addRow(fields.label(Schedule, "days_per_week"),
                    fields.number(Schedule, "days_per_week", lambda: s("days_per_week")))
        form.addRow(fields.label(Schedule, "sessions_per_day"),
                    fields.number(Schedule, "sessions_per_day", lambda: s("sessions_per_day")))
        form.addRow(fields.label(Schedule, "intersession_interval_min"),
                    fields.number(Schedule, "intersession_interval_min", lambda: s("intersession_interval_min"),
                                  decimals=0))
        form.addRow(fields.label(Schedule, "first_session_time"),
                    fields.time(Schedule, "first_session_time", lambda: s("first_session_time")))
