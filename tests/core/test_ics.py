"""Calendar export: one event per delivered session, deterministic, no patient name unless asked."""

from __future__ import annotations

import datetime as dt
import hashlib
import math

import icalendar
import pytest
from planfactory import TODAY, edit, preset_plan

from tmsplanner import __version__
from tmsplanner.core.checks import figures_for
from tmsplanner.core.planio import dump_plan, plan_fingerprint
from tmsplanner.ics import DISCLAIMER, calendar_bytes

NAME = "Иванова Мария Петровна"


def events(data: bytes) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def texts(data: bytes) -> str:
    """Every text the calendar holds, decoded (summaries, descriptions, calendar name)."""
    cal = icalendar.Calendar.from_ical(data)
    parts = [str(cal.get("x-wr-calname", ""))]
    for ev in cal.walk("VEVENT"):
        parts += [str(ev.get("summary", "")), str(ev.get("description", ""))]
    return "\n".join(parts)


@pytest.mark.parametrize(("preset", "count"), [("neurostar-10hz-ldlpfc", 30), ("snt-accelerated-itbs", 50)])
def test_one_event_per_delivered_session(kb, preset: str, count: int) -> None:
    plan = preset_plan(kb, preset)
    figures = figures_for(plan, kb)
    data = calendar_bytes(plan, figures, exported=TODAY)
    cal = icalendar.Calendar.from_ical(data)
    assert str(cal["version"]) == "2.0"
    assert str(cal["prodid"]) == f"-//tmsplanner//tmsplanner {__version__}//EN"
    assert str(cal["x-wr-calname"])
    evs = cal.walk("VEVENT")
    assert len(evs) == count == len(figures.sessions)
    length = dt.timedelta(minutes=math.ceil(figures.session_duration_s / 60))
    for ev, session in zip(evs, figures.sessions, strict=True):
        start, end = ev.decoded("dtstart"), ev.decoded("dtend")
        assert start == session.start and start.tzinfo is None  # floating local time
        assert end - start == length
        assert ev.decoded("dtstamp") == dt.datetime(2026, 11, 23, tzinfo=dt.UTC)
        assert str(ev["summary"]) == f"rTMS session {session.number}/{count}"
        description = str(ev["description"])
        assert description.startswith("Patient: T-1\n")
        assert description.splitlines()[-1] == DISCLAIMER
        assert f"Pulses per session: {figures.pulses_per_session}" in description
        assert f"set {figures.blocks[0].intensity_pct_mso_to_set}% MSO" in description
    starts = [ev.decoded("dtstart") for ev in evs]
    assert starts == sorted(starts)
    assert b"DTSTART:" in data and b"TZID" not in data


def test_snt_sessions_keep_round_clock_times(kb) -> None:
    plan = preset_plan(kb, "snt-accelerated-itbs")
    evs = events(calendar_bytes(plan, figures_for(plan, kb), exported=TODAY))
    first_day = [ev for ev in evs if ev.decoded("dtstart").date() == TODAY]
    assert [ev.decoded("dtstart").time() for ev in first_day] == [dt.time(9 + k, 0) for k in range(10)]
    assert all(ev.decoded("dtend") - ev.decoded("dtstart") == dt.timedelta(minutes=10) for ev in first_day)


def test_uids_unique_deterministic_and_bytes_identical(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc").model_copy(update={"plan_id": "TP-0123456789abcdef"})
    first = calendar_bytes(plan, figures_for(plan, kb), exported=TODAY)
    second = calendar_bytes(plan, figures_for(plan, kb), exported=TODAY)
    assert first == second
    uids = [str(ev["uid"]) for ev in events(first)]
    assert len(set(uids)) == len(uids)
    base = uids[0].split("-")[0]
    assert uids[0] == f"{base}-1@tmsplanner" and uids[-1] == f"{base}-30@tmsplanner"
    later = calendar_bytes(plan, figures_for(plan, kb), exported=TODAY + dt.timedelta(days=1))
    assert later != first
    assert [str(ev["uid"]) for ev in events(later)] == uids  # only the time stamp moves


def test_uids_reveal_nothing_about_the_patient_and_survive_edits(kb) -> None:
    """Issue 10, point 20: the UID was a hash of the whole plan, name included (a guessed name could be confirmed)."""
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.display_name", NAME)
    plan = plan.model_copy(update={"plan_id": "TP-0123456789abcdef"})
    data = calendar_bytes(plan, figures_for(plan, kb), exported=TODAY)
    uids = [str(ev["uid"]) for ev in events(data)]
    suspects = {hashlib.sha256(dump_plan(plan)).hexdigest()[:n] for n in (8, 12, 16)}
    suspects |= {hashlib.sha256(text.encode()).hexdigest()[:12] for text in (NAME, "T-1")}
    assert not any(s in uid for s in suspects for uid in uids)
    assert plan_fingerprint(plan) not in " ".join(uids)
    # another name, the same plan id: the same UIDs, so a name cannot be confirmed from them
    renamed = edit(plan, "patient.display_name", "Someone Else")
    assert [str(ev["uid"]) for ev in events(calendar_bytes(renamed, figures_for(renamed, kb), exported=TODAY))] \
        == uids
    # without a stored id the UIDs are random, never derived from the plan
    anonymous = plan.model_copy(update={"plan_id": None})
    once = [str(ev["uid"]) for ev in events(calendar_bytes(anonymous, figures_for(anonymous, kb), exported=TODAY))]
    again = [str(ev["uid"]) for ev in events(calendar_bytes(anonymous, figures_for(anonymous, kb), exported=TODAY))]
    assert once != again and not set(once) & set(uids)


def test_matches_the_report_fingerprint(kb) -> None:
    from tmsplanner.report.context import plan_fingerprint as report_fingerprint

    plan = preset_plan(kb, "itbs600-ldlpfc")
    assert plan_fingerprint(plan) == report_fingerprint(plan)


def test_no_display_name_unless_opted_in(kb) -> None:
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.display_name", NAME)
    figures = figures_for(plan, kb)
    data = calendar_bytes(plan, figures, exported=TODAY)
    assert NAME not in texts(data)
    assert NAME.encode() not in data
    for part in NAME.split():
        assert part not in texts(data)
    assert "T-1" in texts(data)

    named = calendar_bytes(plan, figures, exported=TODAY, include_patient_name=True)
    for ev in events(named):
        assert f"Name: {NAME}" in str(ev["description"]).splitlines()
    assert named.decode("utf-8")  # valid UTF-8, folded lines never split a character


def test_missed_sessions_are_not_events(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    missed_day = TODAY + dt.timedelta(days=2)
    plan = edit(plan, "schedule.missed_sessions", [{"date": missed_day.isoformat(), "index_in_day": None}])
    figures = figures_for(plan, kb)
    assert [s.date for s in figures.missed] == [missed_day]
    evs = events(calendar_bytes(plan, figures, exported=TODAY))
    assert len(evs) == 30
    assert missed_day not in {ev.decoded("dtstart").date() for ev in evs}
    assert max(ev.decoded("dtstart") for ev in evs) == figures.sessions[-1].start


def test_phases_and_motor_threshold_retests(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    plan = edit(plan, "schedule.phases", [{"name": "Taper", "weeks": 3, "sessions_per_week": 2, "every_weeks": 1}])
    plan = edit(plan, "schedule.mt_retest_every_days", 7)
    figures = figures_for(plan, kb)
    total = len(figures.sessions)
    assert total == 36
    evs = events(calendar_bytes(plan, figures, exported=TODAY))
    assert len(evs) == total
    summaries = [str(ev["summary"]) for ev in evs]
    assert summaries[29] == f"rTMS session 30/{total}"
    assert summaries[30:] == [f"rTMS session {n}/{total} (taper)" for n in range(31, 37)]
    retests = [i for i, s in enumerate(figures.sessions) if s.mt_retest]
    assert retests
    for i, ev in enumerate(evs):
        assert ("Motor-threshold re-test due" in str(ev["description"])) == (i in retests)


def test_titration_days_show_the_ramp_intensity(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    plan = edit(plan, "blocks.0.titration", {"start_pct_mt": 100.0, "days": 3})
    figures = figures_for(plan, kb)
    evs = events(calendar_bytes(plan, figures, exported=TODAY))
    target = figures.blocks[0].intensity_pct_mso_to_set
    assert "set 50% MSO (100% MT)" in str(evs[0]["description"])
    assert f"set {target}% MSO (120% MT)" in str(evs[-1]["description"])


def test_the_clinic_time_zone_goes_with_every_event(kb) -> None:
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    figures = figures_for(plan, kb)
    data = calendar_bytes(plan, figures, exported=TODAY, time_zone="Europe/Kyiv")
    cal = icalendar.Calendar.from_ical(data)
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Europe/Kyiv"]
    for ev, session in zip(cal.walk("VEVENT"), figures.sessions, strict=True):
        start = ev.decoded("dtstart")
        assert start.tzinfo is not None and start.replace(tzinfo=None) == session.start
        assert str(ev["dtstart"].params["TZID"]) == "Europe/Kyiv"
    # The same wall-clock hour in winter and in summer: +02:00 in December, +03:00 in June.
    summer = edit(plan, "schedule.start_date", "2027-06-07")
    first = events(calendar_bytes(summer, figures_for(summer, kb), exported=TODAY, time_zone="Europe/Kyiv"))[0]
    assert first.decoded("dtstart").utcoffset() == dt.timedelta(hours=3)
    assert events(data)[0].decoded("dtstart").utcoffset() == dt.timedelta(hours=2)


def test_a_later_export_is_the_newer_version_of_the_same_events(kb) -> None:
    """Same UIDs, a higher SEQUENCE: a calendar application updates the events instead of adding new ones."""
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "plan_id", "TP-0123456789abcdef")
    before = events(calendar_bytes(plan, figures_for(plan, kb),
                                   exported=dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.UTC)))
    third = figures_for(plan, kb).sessions[2].start.date()
    missed = edit(plan, "schedule.missed_sessions", [{"date": third.isoformat(), "index_in_day": None}])
    after = events(calendar_bytes(missed, figures_for(missed, kb),
                                  exported=dt.datetime(2026, 11, 30, 9, 5, tzinfo=dt.UTC)))
    assert [str(e["uid"]) for e in after] == [str(e["uid"]) for e in before]
    assert {int(e["sequence"]) for e in after} == {int(before[0]["sequence"]) + 5}
    assert after[2].decoded("dtstart") > before[2].decoded("dtstart")  # the third session moved


def test_the_identifier_starts_the_title_only_when_asked(kb) -> None:
    plan = edit(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "patient.identifier", "P-0042"),
                "patient.display_name", NAME)
    figures = figures_for(plan, kb)
    plain = events(calendar_bytes(plan, figures, exported=TODAY))
    named = events(calendar_bytes(plan, figures, exported=TODAY, identifier_in_title=True))
    assert str(plain[0]["summary"]) == "rTMS session 1/30"
    assert str(named[0]["summary"]) == "P-0042: rTMS session 1/30"
    assert all(NAME not in str(e["summary"]) + str(e["description"]) for e in named)
