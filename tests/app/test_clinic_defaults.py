"""The clinic's defaults: its public-holiday calendar for new plans and presets, the literature appendix,
a physician's check of the bundled safety table, and the calendar's time zone and titles — kept in the
settings file (version 5)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from planfactory import TODAY

from tmsplanner.app.plans import blank_plan, new_plan
from tmsplanner.core.planio import load_plan
from tmsplanner.core.settings import SCHEMA_VERSION, AppSettings, SafetyTableCheck, load_settings, save_settings


def test_the_new_settings_round_trip(tmp_path: Path) -> None:
    settings = AppSettings(holiday_country="RU", print_appendix=True, safety_table_check=SafetyTableCheck(
        checked_by="Dr A. Petrova", checked_on=dt.date(2026, 11, 2), source="Rossi 2009, Table 4"),
        time_zone="Europe/Kyiv", calendar_identifier=True, record_store="postgresql://anna@tms.clinic.local/tms")
    save_settings(settings, tmp_path / "s.json")
    loaded, problem = load_settings(tmp_path / "s.json")
    assert problem is None and loaded == settings
    assert json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION == 6


def test_a_version_3_file_loads_with_the_new_defaults(tmp_path: Path) -> None:
    (tmp_path / "s.json").write_text(json.dumps({"schema_version": 3, "undo_limit": 50}), encoding="utf-8")
    loaded, problem = load_settings(tmp_path / "s.json")
    assert problem is None and loaded.undo_limit == 50
    assert loaded.holiday_country is None and loaded.print_appendix is False and loaded.safety_table_check is None
    assert loaded.time_zone is None and loaded.calendar_identifier is False and loaded.record_store is None


@pytest.mark.parametrize(("address", "words"), [
    ("postgresql://anna:s3cret@tms.clinic.local/tms", "must not hold a password"),
    ("mysql://anna@host/tms", "must be sqlite:///PATH or postgresql://USER@HOST/DATABASE"),
    ("postgresql://anna@host", "must name the database"),
    ("sqlite:///", "must be sqlite:///PATH"),
])
def test_a_store_address_with_a_password_or_of_another_kind_is_refused(address, words) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=words):
        AppSettings(record_store=address)


@pytest.mark.parametrize(("doc", "field"), [
    ({"holiday_country": "russia"}, "holiday_country"),
    ({"time_zone": "Kyiv"}, "time_zone"),
    ({"time_zone": "../../etc/passwd"}, "time_zone"),
    ({"safety_table_check": {"checked_by": "", "checked_on": "2026-11-02", "source": "Rossi 2009"}}, "checked_by"),
    ({"safety_table_check": {"checked_by": "Dr A", "checked_on": "yesterday", "source": "Rossi 2009"}}, "checked_on"),
    ({"safety_table_check": {"checked_by": "Dr\nA", "checked_on": "2026-11-02", "source": "Rossi 2009"}},
     "checked_by"),
])
def test_a_bad_new_setting_is_named_and_the_defaults_are_used(tmp_path: Path, doc: dict, field: str) -> None:
    (tmp_path / "s.json").write_text(json.dumps({"schema_version": 4, **doc}), encoding="utf-8")
    loaded, problem = load_settings(tmp_path / "s.json")
    assert loaded == AppSettings() and problem is not None and field in problem and "\n" not in problem


def test_new_plans_and_the_blank_plan_skip_the_clinics_holidays(kb) -> None:
    plan = new_plan(kb, "neurostar-10hz-ldlpfc", patient_id="P-1", today=TODAY, holiday_country="UA")
    assert plan.schedule.holiday_country == "UA"
    assert blank_plan(kb, TODAY, holiday_country="DE-BY").schedule.holiday_country == "DE-BY"
    assert new_plan(kb, "neurostar-10hz-ldlpfc", patient_id="P-1", today=TODAY).schedule.holiday_country is None


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tmsplanner", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=60, check=False)


def test_cli_new_takes_the_holiday_calendar(tmp_path: Path) -> None:
    made = run("new", "--preset", "neurostar-10hz-ldlpfc", "-o", str(tmp_path / "p"), "--holidays", "ru",
               "--start", "2026-12-28")
    assert made.returncode == 0, made.stderr
    assert load_plan(tmp_path / "p.tmsplan").schedule.holiday_country == "RU"
    bad = run("new", "--preset", "neurostar-10hz-ldlpfc", "-o", str(tmp_path / "q"), "--holidays", "XX")
    assert bad.returncode == 2 and bad.stderr.startswith("tmsplanner: --holidays: ") and bad.stderr.count("\n") == 1
    assert not (tmp_path / "q.tmsplan").exists()
