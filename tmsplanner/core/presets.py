"""Turning an evidence-base protocol into a new plan."""

from __future__ import annotations

import datetime as dt

from tmsplanner.core.evidence.protocols import Protocol
from tmsplanner.core.plan import MotorThreshold, Patient, Plan, Schedule
from tmsplanner.core.vocab import MTMethod, MTMuscle


def next_monday(day: dt.date) -> dt.date:
    """Return ``day`` if it is a Monday, else the following Monday."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def plan_from_protocol(
    protocol: Protocol,
    *,
    patient_id: str,
    mt_pct_mso: float,
    mt_measured_on: dt.date,
    start_date: dt.date,
    mt_method: MTMethod = MTMethod.EMG,
    mt_placeholder: bool = False,
) -> Plan:
    """Build a plan that follows a protocol exactly.

    The screening is left unanswered and the medication list empty: both must
    be filled in for the patient. The MT muscle is the protocol's where it
    names one (the leg for H7), else a hand muscle (FDI).
    """
    template = protocol.schedule
    return Plan(
        protocol_id=protocol.id,
        patient=Patient(identifier=patient_id),
        indication=protocol.indication,
        motor_threshold=MotorThreshold(
            kind=protocol.mt_kind, value_pct_mso=mt_pct_mso, method=mt_method, measured_on=mt_measured_on,
            placeholder=mt_placeholder, muscle=protocol.mt_muscle or MTMuscle.HAND_FDI,
        ),
        device=protocol.device,
        blocks=list(protocol.blocks),
        schedule=Schedule(
            start_date=start_date,
            treatment_days=template.treatment_days,
            days_per_week=template.days_per_week,
            sessions_per_day=template.sessions_per_day,
            intersession_interval_min=template.intersession_interval_min,
        ),
    )
