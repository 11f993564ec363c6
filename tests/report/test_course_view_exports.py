"""Paper, calendar and machine output are renderings of one course view: every session agrees.

A titrated, depth-corrected, two-block course with a missed day, a clinic
closure, a taper phase and MT re-tests is exported through the real command
line to PDF and .ics; each session's date, time and per-block %MSO to set read
back from both files equal what ``tmsplanner check --json`` prints.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader

from tmsplanner.core.dates import english_date
from tmsplanner.core.planio import save_plan

MISSED = dt.date(2026, 11, 25)  # the third treatment day, inside both titration ramps
RECORD_ROW = re.compile(  # a session row: number, date, time, then each block's "plan N% MSO" line in order
    r"^(\d+) ([A-Z][a-z]{2} \d\d [A-Z][a-z]{2})\n(\d\d:\d\d)\n((?:(?!^\d+ [A-Z]).)*?)(?=^\d+ [A-Z]|^MT re-test|\Z)",
    re.M | re.S)
PLANNED_MSO = re.compile(r"(?:plan |\()(\d+)% MSO(?: \(| if MT unchanged)")  # after a re-test: "(N% MSO if ...)"
EVENT_BLOCK = re.compile(r"^Block (\d+): .*, set (\d+)% MSO \(([\d.]+)% MT\)$", re.M)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([sys.executable, "-m", "tmsplanner", *args], capture_output=True, text=True,
                            encoding="utf-8", cwd=cwd, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def exported(kb, tmp_path_factory) -> tuple[dict, str, bytes, str]:
    plan = preset_plan(kb, "sequential-bilateral")
    assert len(plan.blocks) == 2
    plan = edit(plan, "motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    plan = edit(plan, "motor_threshold.target_scalp_cortex_distance_mm", 17.0)
    plan = edit(plan, "blocks.1.scalp_cortex_distance_mm", 16.0)
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 90.0, "days": 4})
    plan = edit(plan, "blocks.1.titration", {"start_pct_mt": 100.0, "days": 3})
    plan = edit(plan, "schedule.missed_sessions", [{"date": MISSED.isoformat(), "index_in_day": None}])
    plan = edit(plan, "schedule.closures", ["2026-11-30"])
    plan = edit(plan, "schedule.phases", [{"name": "Taper", "weeks": 1, "sessions_per_week": 2}])
    plan = edit(plan, "schedule.mt_retest_every_days", 7)
    folder = tmp_path_factory.mktemp("course-view")
    save_plan(plan, folder / "plan.tmsplan")
    day = TODAY.isoformat()
    report = json.loads(run("check", "--json", "plan.tmsplan", "--today", day, cwd=folder).stdout)
    run("export", "plan.tmsplan", "-o", "plan.pdf", "--draft", "--today", day, "--export-date", day, cwd=folder)
    run("ics", "plan.tmsplan", "-o", "plan.ics", "--draft", "--today", day, "--export-date", day, cwd=folder)
    pages = [p.extract_text() for p in PdfReader(folder / "plan.pdf").pages]
    start = next(i for i, p in enumerate(pages) if "Session record" in p)
    records = "\n".join(pages[start:])
    records = records[:records.index("Literature rationale")] if "Literature rationale" in records else records
    return report, records, (folder / "plan.ics").read_bytes(), re.sub(r"\s+", " ", " ".join(pages[:start]))


def test_the_course_is_what_the_test_says(exported) -> None:
    report, _, _, _ = exported
    derived = report["derived"]
    blocks = derived["blocks"]
    assert len(blocks) == 2 and all(b["depth_corrected"] for b in blocks)
    assert all(b["titration"] for b in blocks)
    assert {"date": MISSED.isoformat(), "time": "09:00", "index_in_day": 1, "phase": "acute"} \
        in derived["missed_sessions"]
    sessions = derived["sessions"]
    assert [s["index"] for s in sessions] == list(range(1, len(sessions) + 1)) and len(sessions) == 17
    assert MISSED.isoformat() not in {s["date"] for s in sessions}
    assert {s["phase"] for s in sessions} == {"acute", "taper"}
    assert any(s["mt_retest_due"] for s in sessions)
    ramp = [s["blocks"][0]["intensity_pct_mso_to_set"] for s in sessions[:3]]
    assert len(set(ramp)) == 3  # the titration shows in the per-session figures
    for s in sessions:
        assert set(s) >= {"index", "date", "time", "end_time", "phase", "mt_retest_due", "blocks"}
        assert [set(b) for b in s["blocks"]] == [{"intensity_pct_mt", "intensity_pct_mso_to_set"}] * 2
    assert derived["outcome_assessments"] and set(derived["outcome_assessments"][0]) == {"date", "scale", "time_point"}


def test_pdf_record_sheets_equal_check_json(exported) -> None:
    report, records, _, _ = exported
    printed = [(int(n), day, time, [int(x) for x in PLANNED_MSO.findall(rest)])
               for n, day, time, rest in RECORD_ROW.findall(records)]
    expected = [(s["index"], english_date(dt.date.fromisoformat(s["date"]), "%a %d %b"), s["time"],
                 [b["intensity_pct_mso_to_set"] for b in s["blocks"]]) for s in report["derived"]["sessions"]]
    assert printed == expected


def test_calendar_events_equal_check_json(exported) -> None:
    report, _, data, _ = exported
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    found = []
    for event in events:
        start = event.decoded("dtstart")
        index = int(str(event["uid"]).split("@")[0].rsplit("-", 1)[1])
        blocks = sorted(EVENT_BLOCK.findall(str(event["description"])))
        found.append((index, start.date().isoformat(), start.strftime("%H:%M"),
                      [(int(mso), float(mt)) for _, mso, mt in blocks]))
    expected = [(s["index"], s["date"], s["time"],
                 [(b["intensity_pct_mso_to_set"], b["intensity_pct_mt"]) for b in s["blocks"]])
                for s in report["derived"]["sessions"]]
    assert sorted(found) == expected


def test_pdf_summary_prints_the_block_settings_of_check_json(exported) -> None:
    report, _, _, summary = exported
    for block in report["derived"]["blocks"]:
        pct_mt = f"{block['intensity_pct_mt']:g}% MT"
        assert f"Set on the device {block['intensity_pct_mso_to_set']}% MSO = {pct_mt}" in summary
        assert f"{pct_mt} = set {block['intensity_pct_mso_to_set']}% MSO" in summary  # page 1, in brief
        uncorrected = block["uncorrected_intensity_pct_mso_to_set"]
        assert f"without the correction the setting would be {uncorrected}% MSO" in summary
        steps = ", ".join(f"{t['intensity_pct_mt']:g}% MT = {t['intensity_pct_mso_to_set']}% MSO"
                          for t in block["titration"])
        assert steps in summary


def test_pdf_rounds_half_a_percent_up_like_the_core(kb) -> None:
    """MT 50% MSO at 105% MT, depth correction on: 52.5% MSO uncorrected prints as 53, never 52."""
    from io import BytesIO

    from tmsplanner.core.checks import CheckSettings
    from tmsplanner.report import ReportOptions, export_plan

    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "blocks.0.intensity_pct_mt", 105.0)
    plan = edit(plan, "motor_threshold.m1_scalp_cortex_distance_mm", 14.0)
    plan = edit(plan, "motor_threshold.target_scalp_cortex_distance_mm", 17.0)
    pdf = export_plan(plan, kb, CheckSettings(today=TODAY), ReportOptions(export_date=TODAY, draft=True))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages))
    assert "setting would be 53% MSO" in text and "setting would be 52% MSO" not in text
    assert "scalp-to-cortex 17 mm at the target, 14 mm at M1" in text
