"""``tmsplanner ics``, run as a real process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import icalendar

NAME = "Иванова Мария"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tmsplanner", *args], capture_output=True, text=True, check=False,
                          encoding="utf-8", cwd=cwd, timeout=60)


def named_plan(tmp_path: Path) -> Path:
    plan = tmp_path / "p.tmsplan"
    made = run("new", "--preset", "snt-accelerated-itbs", "-o", str(plan), "--patient", "P-7", "--mt", "55",
               "--start", "2026-11-30", "--mt-date", "2026-11-23")
    assert made.returncode == 0, made.stderr
    from tmsplanner.core.planio import load_plan, save_plan

    save_plan(load_plan(plan).model_copy(update={"patient": load_plan(plan).patient.model_copy(
        update={"display_name": NAME})}), plan)
    return plan


def test_ics_writes_one_event_per_session_without_names(tmp_path: Path) -> None:
    plan = named_plan(tmp_path)
    out = tmp_path / "out.ics"
    result = run("ics", str(plan), "-o", str(out), "--export-date", "2026-11-23")
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    data = out.read_bytes()
    evs = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(evs) == 50
    assert NAME.encode() not in data and b"P-7" in data
    again = tmp_path / "again.ics"
    assert run("ics", str(plan), "-o", str(again), "--export-date", "2026-11-23").returncode == 0
    assert again.read_bytes() == data


def test_ics_with_names(tmp_path: Path) -> None:
    plan = named_plan(tmp_path)
    out = tmp_path / "out.ics"
    result = run("ics", str(plan), "-o", str(out), "--with-names", "--export-date", "2026-11-23")
    assert result.returncode == 0, result.stderr
    evs = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert all(f"Name: {NAME}" in str(ev["description"]) for ev in evs)


def test_ics_bad_input_exits_2(tmp_path: Path) -> None:
    missing = run("ics", str(tmp_path / "nope.tmsplan"), "-o", str(tmp_path / "out.ics"))
    assert missing.returncode == 2 and "tmsplanner:" in missing.stderr
    plan = named_plan(tmp_path)
    unwritable = run("ics", str(plan), "-o", str(tmp_path / "no-such-dir" / "out.ics"))
    assert unwritable.returncode == 2 and "cannot be written" in unwritable.stderr
    assert not (tmp_path / "out.ics").exists()


def test_check_does_not_load_icalendar() -> None:
    code = ("import sys; from tmsplanner.cli.main import main; main(['check', '--example', '--json']); "
            "print('icalendar' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr


def test_ics_of_blocked_plan_needs_draft(tmp_path: Path) -> None:
    source = tmp_path / "p.tmsplan"
    made = run("new", "--preset", "neurostar-10hz-ldlpfc", "-o", str(source))  # placeholder MT: blocked
    assert made.returncode == 0
    out = tmp_path / "p.ics"
    refused = run("ics", str(source), "-o", str(out))
    assert refused.returncode == 1 and not out.exists() and "--draft" in refused.stderr
    drafted = run("ics", str(source), "-o", str(out), "--draft")
    assert drafted.returncode == 0
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert all(str(e["summary"]).startswith("DRAFT") for e in events)


def test_ics_of_a_plan_without_an_id_says_its_events_are_not_stable(tmp_path: Path) -> None:
    from tmsplanner.core.planio import load_plan, save_plan

    plan = named_plan(tmp_path)
    assert run("ics", str(plan), "-o", str(tmp_path / "a.ics")).stderr == ""
    save_plan(load_plan(plan).model_copy(update={"plan_id": None}), plan)
    first = run("ics", str(plan), "-o", str(tmp_path / "b.ics"))
    second = run("ics", str(plan), "-o", str(tmp_path / "c.ics"))
    assert first.returncode == 0 and first.stderr.count("\n") == 1 and "no plan_id" in first.stderr
    uids = [{str(e["UID"]) for e in icalendar.Calendar.from_ical((tmp_path / n).read_bytes()).walk("VEVENT")}
            for n in ("b.ics", "c.ics")]
    assert second.returncode == 0 and not uids[0] & uids[1]


def test_ics_with_the_identifier_and_the_clinic_time_zone(tmp_path: Path) -> None:
    plan = named_plan(tmp_path)
    out = tmp_path / "zoned.ics"
    result = run("ics", str(plan), "-o", str(out), "--with-id", "--time-zone", "Europe/Kyiv")
    assert result.returncode == 0, result.stderr
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    first = cal.walk("VEVENT")[0]
    assert str(first["summary"]).startswith("P-7: ") and str(first["dtstart"].params["TZID"]) == "Europe/Kyiv"
    assert NAME.encode() not in out.read_bytes()
    wrong = run("ics", str(plan), "-o", str(tmp_path / "x.ics"), "--time-zone", "Kyiv", "--lang", "uk")
    assert wrong.returncode == 2 and "--time-zone" in wrong.stderr and "часового поясу" in wrong.stderr
    assert not (tmp_path / "x.ics").exists()
