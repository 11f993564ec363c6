"""Bounds and semantics in the plan model: every date, time and number a plan may hold can be computed."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from planfactory import TODAY, edit, preset_plan

from tmsplanner.core.checks import CheckSettings, figures_for, run_checks
from tmsplanner.core.errors import EvidenceError, PlanFileError
from tmsplanner.core.evidence.kb import KnowledgeBase, load_safety_table
from tmsplanner.core.planio import parse_plan
from tmsplanner.core.resources import resource_path
from tmsplanner.core.validation import describe_validation_error

EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan").read_bytes()


def problem(data: bytes) -> str:
    with pytest.raises(PlanFileError) as info:
        parse_plan(data, "plan.tmsplan")
    message = str(info.value)
    assert "\n" not in message and message.startswith("plan.tmsplan: ")
    return message


def replaced(old: str, new: str) -> bytes:
    assert old.encode() in EXAMPLE
    return EXAMPLE.replace(old.encode(), new.encode(), 1)


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01"])
def test_dates_outside_the_horizon_are_refused_naming_it(date: str) -> None:
    message = problem(replaced('"2026-11-30"', f'"{date}"'))
    assert "field 'schedule.start_date'" in message and "2000-01-01 to 2100-12-31" in message
    assert "field 'motor_threshold.measured_on'" in problem(replaced('"2026-11-23"', f'"{date}"'))


def test_a_course_starting_on_the_last_day_of_the_horizon_is_computed(kb: KnowledgeBase) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.start_date", "2100-12-31")
    plan = edit(plan, "schedule.phases", [{"name": "M", "weeks": 104, "every_weeks": 4, "sessions_per_week": 1}] * 10)
    figures = figures_for(plan, kb)
    assert figures.start_date >= dt.date(2100, 12, 31) and figures.end_date.year >= 2120
    run_checks(plan, kb, CheckSettings(today=TODAY), figures)


@pytest.mark.parametrize("field", ["first_session_time", "clinic_closing_time"])
@pytest.mark.parametrize("clock", ["09:30+02:00", "09:30Z"])
def test_a_clock_time_with_a_utc_offset_is_refused(field: str, clock: str) -> None:
    doc = json.loads(EXAMPLE)
    doc["schedule"][field] = clock
    message = problem(json.dumps(doc).encode())
    assert f"field 'schedule.{field}'" in message and "without a UTC offset" in message


@pytest.mark.parametrize(("old", "new", "field"), [
    ('"frequency_hz": 10', '"frequency_hz": 5e-324', "blocks[0].pattern(rtms).frequency_hz"),
    ('"frequency_hz": 10', '"frequency_hz": 0.05', "blocks[0].pattern(rtms).frequency_hz"),
    ('"value_pct_mso": 52', '"value_pct_mso": 5e-324', "motor_threshold.value_pct_mso"),
    ('"intensity_pct_mt": 120', '"intensity_pct_mt": 0.5', "blocks[0].intensity_pct_mt"),
])
def test_physically_meaningless_minimums_are_refused(old: str, new: str, field: str) -> None:
    assert f"field '{field}'" in problem(replaced(old, new))


def test_the_longest_pulse_pattern_the_model_allows_is_computed(kb: KnowledgeBase) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    for path, value in (("blocks.0.pattern.frequency_hz", 0.1), ("blocks.0.pattern.pulses_per_train", 10000),
                        ("blocks.0.pattern.trains", 1000), ("blocks.0.pattern.inter_train_interval_s", 3600)):
        plan = edit(plan, path, value)
    plan = edit(plan, "schedule.sessions_per_day", 20)
    figures = figures_for(plan, kb)
    assert "SCHED-001" in {f.rule for f in run_checks(plan, kb, CheckSettings(today=TODAY), figures)}


@pytest.mark.parametrize("text", ["a\nb", "\x1b[31mred", "a\x00b", "a\x85b", "a\u2028b", "tab\there"])
def test_control_characters_are_refused_in_names(text: str) -> None:
    doc = json.loads(EXAMPLE)
    doc["medications"][0]["name"] = text
    message = problem(json.dumps(doc).encode())
    assert "field 'medications[0].name'" in message and "control characters" in message
    assert "\x1b" not in message and "\x00" not in message


def test_notes_keep_line_breaks_but_not_escapes() -> None:
    doc = json.loads(EXAMPLE)
    doc["notes"] = "line one\nline two\ttabbed"
    assert parse_plan(json.dumps(doc).encode()).notes == "line one\nline two\ttabbed"
    doc["notes"] = "\x1b[2J"
    assert "field 'notes'" in problem(json.dumps(doc).encode())


@pytest.mark.parametrize("text", ["\u05e9\u05dc\u05d5\u05dd", "Nguy\u1ec5n", "\U0001f9e0",
                                  "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"])
def test_letters_and_symbols_of_any_script_are_accepted(text: str) -> None:
    doc = json.loads(EXAMPLE)
    doc["patient"]["display_name"] = text
    assert parse_plan(json.dumps(doc).encode()).patient.display_name == text


@pytest.mark.parametrize(("data", "key"), [
    (replaced('"patient": {', '"patient": {"identifier": "OTHER"}, "patient": {'), "patient"),
    (replaced('"trains": 75', '"trains": 75, "trains": 3'), "trains"),
])
def test_duplicate_keys_are_refused_naming_the_key(data: bytes, key: str) -> None:
    assert f"field '{key}' appears twice" in problem(data)


def test_poor_messages_are_reworded() -> None:
    huge = problem(replaced('"birth_year": 1979', '"birth_year": ' + "9" * 5000))
    assert "field 'patient.birth_year'" in huge and "5000 digits" in huge and "set_int_max_str_digits" not in huge
    echoed = problem(replaced('"birth_year": 1979', '"birth_year": ' + "9" * 400))
    assert "field 'patient.birth_year'" in echoed and "9" * 50 not in echoed
    surrogate = problem(replaced('"EX-0042"', '"\\ud800"'))
    assert "field 'patient.identifier'" in surrogate and "(document)" not in surrogate and '"format"' not in surrogate
    cut = problem(EXAMPLE[:200])
    assert "cut off" in cut and "at at" not in cut
    assert "at at" not in problem(replaced('"trains": 75', '"trains": 75,,'))
    assert "NUL" in problem(EXAMPLE + b"\x00")


def test_an_unreadable_file_name_is_a_plan_file_error() -> None:
    from tmsplanner.core.planio import load_plan

    with pytest.raises(PlanFileError, match="NUL"):
        load_plan("plan\x00.tmsplan")


def test_value_errors_drop_pythons_prefix() -> None:
    from pydantic import ValidationError

    from tmsplanner.core.plan import Schedule

    with pytest.raises(ValidationError) as info:
        Schedule.model_validate_json('{"start_date": "1990-01-01", "treatment_days": 5}')
    message = describe_validation_error(info.value)
    assert message.startswith("field 'start_date': the date must lie within") and "Value error" not in message
    assert "(got 1990-01-01)" in message or "(got '1990-01-01')" in message


# --- the calendar: no course cut, no session on a closed day ---------------------------------------------------


def test_a_course_longer_than_three_years_is_not_cut(kb: KnowledgeBase) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.treatment_days", 365)
    plan = edit(plan, "schedule.weekdays", [0])
    figures = figures_for(plan, kb)
    assert figures.total_sessions == 365
    assert all(s.date.weekday() == 0 for s in figures.sessions)


def test_the_worst_closed_calendar_the_format_allows_still_delivers_every_session(kb: KnowledgeBase) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "schedule.treatment_days", 365)
    plan = edit(plan, "schedule.weekdays", [0])
    plan = edit(plan, "schedule.holiday_country", "DE")
    mondays = [TODAY + dt.timedelta(weeks=k) for k in range(866)]
    plan = edit(plan, "schedule.closures", [d.isoformat() for d in mondays[:366]])
    plan = edit(plan, "schedule.missed_sessions", [{"date": d.isoformat()} for d in mondays[366:866]])
    figures = figures_for(plan, kb)
    closed = {s.date for s in figures.skipped} | set(plan.schedule.closures)
    assert figures.total_sessions == 365
    assert not closed & {s.date for s in figures.sessions}
    assert figures.start_date > mondays[865]


# --- a clinic's safety table ---------------------------------------------------------------------------------------


def test_a_safety_table_citing_an_unknown_reference_is_refused(tmp_path) -> None:
    text = resource_path("safety", "limits", "wassermann1998-candidate.toml").read_text(encoding="utf-8")
    path = tmp_path / "clinic.toml"
    path.write_text(text.replace('"wassermann1998"', '"nobody2031"', 1), encoding="utf-8")
    with pytest.raises(EvidenceError, match="unknown reference 'nobody2031'"):
        load_safety_table(path)


def test_a_deeply_nested_safety_table_is_refused_in_one_line(tmp_path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(EvidenceError) as info:
        load_safety_table(path)
    assert "nested too deeply" in str(info.value) and "\n" not in str(info.value)
