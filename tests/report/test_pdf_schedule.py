"""The printed plan shows the real-world schedule: skipped dates, phases, titration, re-tests, outcomes."""

from __future__ import annotations

import datetime as dt
import io
import locale
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
    assert "first 5 delivered treatment days: 80% MT = " in text
    assert ("plan 40" in text or "(40% MSO if" in text) and ("plan 60" in text or "(60% MSO if" in text)  # MT 50
    assert "MT re-tests" in text and "every 7 days" in text and "after Lithium changed" in text
    assert "Taper: 1 week, 3 a week" in text and "After the acute course" in text
    assert "Outcome measures" in text and "MADRS" in text and "baseline" in text
    assert "Targeting worksheet" in text and "6.95" in text and "9.79" in text


def test_printed_dates_and_holidays_are_english_whatever_the_locale(kb, monkeypatch) -> None:
    """A Russian window hands over Russian figures, on a German workstation: the PDF stays English."""
    from tmsplanner.core.checks import figures_for, run_checks
    from tmsplanner.core.holiday_calendar import _calendar
    from tmsplanner.report import render_pdf

    for name, value in (("LANG", "de_DE.UTF-8"), ("LC_ALL", "de_DE.UTF-8"), ("LANGUAGE", "de")):
        monkeypatch.setenv(name, value)
    _calendar.cache_clear()
    saved = locale.setlocale(locale.LC_TIME)
    for name in ("de_DE.UTF-8", "ru_RU.UTF-8", "uk_UA.UTF-8"):  # as Qt's setlocale(LC_ALL, "") does
        try:
            locale.setlocale(locale.LC_TIME, name)
            break
        except locale.Error:
            continue
    try:
        plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.start_date", "2026-12-21")
        plan = edit(plan, "schedule.holiday_country", "RU")
        russian = figures_for(plan, kb, "ru_RU")
        assert any(d.holiday == "Рождество Христово" for d in russian.skipped)
        pdf = render_pdf(plan, kb, run_checks(plan, kb, CheckSettings(today=TODAY), russian),
                         ReportOptions(export_date=EXPORT, draft=True), russian)
    finally:
        locale.setlocale(locale.LC_TIME, saved)
        _calendar.cache_clear()
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))
    assert "Thu 07 Jan 2027: public holiday: Christmas Day" in text
    assert "exported 18 Dec 2026" in text and "Mon 21 Dec 2026" in text
    assert "Рождество" not in text and "Weihnacht" not in text and "Dez" not in text and "дек" not in text
