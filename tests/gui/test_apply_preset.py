"""Applying a preset replaces the stimulation plan, not the patient's data or the clinic's calendar."""

from __future__ import annotations


def test_apply_preset_keeps_holidays_and_plan_identity(window) -> None:
    window.doc.apply("schedule.holiday_country", "DE-BY")
    window.doc.apply("plan_id", "TP-keep-me")
    window.doc.apply("patient.identifier", "P-0042")
    window.apply_preset("snt-accelerated-itbs")
    plan = window.doc.plan
    assert plan.protocol_id == "snt-accelerated-itbs"
    assert plan.schedule.sessions_per_day == 10
    assert plan.schedule.holiday_country == "DE-BY"
    assert plan.plan_id == "TP-keep-me"
    assert plan.patient.identifier == "P-0042"
    window.doc.undo_stack.undo()  # one undo step brings the previous plan back
    assert window.doc.plan.protocol_id != "snt-accelerated-itbs"
