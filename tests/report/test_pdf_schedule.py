"""The printed plan shows the real-world schedule: skipped dates, phases, titration, re-tests, outcomes."""

from __future__ import annotations

import datetime as dt
import io
import re

from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader

from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.plan import HeadMeasurements, MedicationEntry, Phase, Titration
from tmsplanner.report import ReportOptions, export_plan

EXPORT = dt.date(2026, 12, 18)


def body(plan, kb) -> str:
    pdf = export_plan(plan, kb, CheckSettings(today=TODAY), ReportOptions(export_date=EXPORT, draft=True))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_real_world_course_is_printed(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.start_date", "2026-12-21")
    plan = edit(plan, "schedule.holiday_country", "DE")
    plan = edit(plan, "schedule.mt_retest_every_days", 7)
    plan = edit(plan, "motor_threshold.measured_on", "2026-12-21")
    block = plan.blocks[0].model_copy(update={"titration": Titration(start_pct_mt=80, days=5)})
    schedule = plan.schedule.model_copy(update={"phases": [Phase(name="Taper", weeks=1, sessions_per_week=3)]})
    plan = plan.model_copy(update={
        "blocks": [block], "schedule": schedule, "head": HeadMeasurements(
            tragus_tragus_cm=36, nasion_inion_cm=38, head_circumference_cm=60),
        "medications": [MedicationEntry(name="Lithium", changed_on=dt.date(2027, 1, 12))]})
    text = body(plan, kb)
    assert "Fri 25 Dec 2026: public holiday" in text  # skipped dates with their reasons
    assert "Titration over the first 5 treatment days: 80, 90, 100, 110, 120% MT" in text
    assert "plan 40" in text and "plan 60" in text  # per-session %MSO on the record sheets (MT 50)
    assert "MT re-tests" in text and "every 7 days" in text and "after Lithium changed" in text
    assert "Taper: 1 week, 3 a week" in text and "After the acute course" in text
    assert "Outcome measures" in text and "MADRS" in text and "baseline" in text
    assert "Targeting worksheet" in text and "6.95" in text and "9.79" in text
