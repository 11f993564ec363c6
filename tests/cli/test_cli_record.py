"""The course-record commands: record, retest, deviation, score and course, through the real command line."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from clirun import cli
from planfactory import AFTER_ANY_COURSE, TODAY, preset_plan

from tmsplanner.app.plans import open_plan, save_plan
from tmsplanner.core.checks import figures_for
from tmsplanner.core.course_view import course_view


@pytest.fixture
def plan_file(kb, tmp_path):
    return save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), tmp_path / "course.tmsplan")


@pytest.fixture
def store(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path}/record.sqlite3"
    monkeypatch.setenv("TMSPLANNER_STORE", url)
    return tmp_path / "record.sqlite3"


LATER = ("--today", AFTER_ANY_COURSE.isoformat())  # the whole course has taken place


def _entries(path):
    with sqlite3.connect(path) as db:
        return db.execute("select kind, session, corrects from entries order by seq").fetchall()


def test_a_standard_course_recorded_from_the_command_line(kb, capsys, plan_file, store):
    plan = open_plan(plan_file).plan
    view = course_view(plan, figures_for(plan, kb), kb)
    mso = view.blocks[0].intensity_pct_mso_to_set
    code, out, err = cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", str(view.sessions[0].date),
                         "--value", "30", *LATER)
    assert code == 0, err
    assert "no plan_id" in err and "no plan_id" not in out  # the plan got one, saved into its file
    plan_id = open_plan(plan_file).plan.plan_id
    assert plan_id
    for row in view.sessions:
        n, day = row.index, str(row.date)
        if n == 4:
            assert cli(capsys, "deviation", str(plan_file), "--session", "4", "--kind", "missed", "--operator", "AB",
                       "--date", day, "--reason", "ill", *LATER)[0] == 0
            continue
        args = ["record", str(plan_file), "--session", str(n), "--operator", "AB", "--date", day,
                "--start", row.start.strftime("%H:%M"), "--end", row.end.strftime("%H:%M"), *LATER]
        if n == 9:
            args += ["--pulses", "1=1500", "--interrupted", "1", "--side-effect", "scalp-pain:moderate"]
        if n == 10:
            args += ["--mso", f"1={mso + 5}"]
        code, out, err = cli(capsys, *args)
        assert code == 0, err
        if n == 9:
            assert cli(capsys, "deviation", str(plan_file), "--session", "9", "--kind", "shortened",
                       "--operator", "AB", "--date", day, *LATER)[0] == 0
        if n == 10:
            code, out, err = cli(capsys, "record", str(plan_file), "--session", "10", "--operator", "AB",
                                 "--date", day, *LATER)
            assert code == 2 and "already recorded" in err and err.count("\n") == 1
            code, out, err = cli(capsys, "record", str(plan_file), "--session", "10", "--operator", "AB",
                                 "--date", day, "--correct", "--reason", "slider read wrongly",
                                 *LATER)
            assert code == 0 and "correction" in out, err
        if n == 15:
            assert cli(capsys, "retest", str(plan_file), "--value", "52,5", "--operator", "AB", "--date", day,
                       "--reason", "week 3", *LATER)[0] == 0
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", str(view.sessions[-1].date),
               "--value", "12", *LATER)[0] == 0

    code, out, err = cli(capsys, "course", str(plan_file), "--json", "--today", str(TODAY + dt.timedelta(days=90)))
    data = json.loads(out)
    assert data["plan_id"] == plan_id
    assert [d["session"] for d in data["delivered"]] == [n for n in range(1, 31) if n != 4]
    first = data["delivered"][0]
    assert set(first) >= {"session", "date", "operator", "blocks"}
    assert set(first["blocks"][0]) >= {"intensity_pct_mso", "pulses"}
    by_session = {d["session"]: d for d in data["delivered"]}
    assert by_session[9]["blocks"][0]["pulses"] == 1500 and by_session[9]["status"] == "shortened"
    assert by_session[10]["blocks"][0]["intensity_pct_mso"] == mso and by_session[10]["corrected"]
    assert [s["value"] for s in data["scores"]] == [30, 12]
    assert data["response"]["madrs"]["change_pct"] == 60.0
    assert data["delivered_totals"]["pulses"] == 28 * view.blocks[0].dose.pulses + 1500
    assert {f["rule"] for f in data["findings"]} <= {"DLV-005", "DLV-009"}
    for finding in data["findings"]:
        assert set(finding) >= {"rule", "severity", "field", "params", "message", "citations"}
    kinds = [k for k, _, _ in _entries(store)]
    assert kinds.count("session") == 30 and kinds.count("deviation") == 2 and kinds.count("mt_retest") == 1

    code, out, err = cli(capsys, "course", str(plan_file), "--lang", "ru")
    assert code == 0 and "28" in out


@pytest.mark.parametrize(("args", "words"), [
    (["--session", "31"], "--session: session 31 is not in the plan"),
    (["--session", "0"], "--session"),
    (["--session", "1", "--mso", "1=0"], "--mso: block 1: 0% MSO is outside 1 to 100"),
    (["--session", "1", "--mso", "1=abc"], "--mso: block 1: 'abc' is not"),
    (["--session", "1", "--mso", "2=60"], "--mso: block 2 is not in the plan"),
    (["--session", "1", "--pulses", "1=-5"], "--pulses"),
    (["--session", "1", "--start", "25:00"], "--start: '25:00' is not a time of day"),
    (["--session", "1", "--start", "10:00", "--end", "09:00"], "--end: the end time 09:00 is before"),
    (["--session", "1", "--side-effect", "itch:mild"], "--side-effect: 'itch' is not one of"),
    (["--session", "1", "--side-effect", "headache"], "--side-effect: 'headache' is not KIND:SEVERITY"),
    (["--session", "1", "--operator", " "], "--operator"),
    (["--session", "2", "--correct"], "--reason: a correction needs its reason"),
    (["--session", "2", "--correct", "--reason", "  "], "--reason: a correction needs its reason"),
])
def test_a_bad_value_is_one_line_exit_2_and_changes_nothing(capsys, plan_file, store, args, words):
    assert cli(capsys, "record", str(plan_file), "--session", "2", "--operator", "AB")[0] == 0
    before = _entries(store)
    plan_before = plan_file.read_bytes()
    if "--operator" not in args:
        args = [*args, "--operator", "AB"]
    code, out, err = cli(capsys, "record", str(plan_file), *args)
    assert code == 2, (out, err)
    assert words in err and err.count("\n") == 1 and "Traceback" not in err
    assert _entries(store) == before and plan_file.read_bytes() == plan_before


def test_score_refuses_an_unknown_scale_and_a_second_score_on_a_date(capsys, plan_file, store):
    code, _, err = cli(capsys, "score", str(plan_file), "--scale", "bdi", "--date", "2026-12-01", "--value", "3")
    assert code == 2 and "'bdi' is not a rating scale" in err
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "30")[0] == 0
    code, _, err = cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "31")
    assert code == 2 and "already recorded" in err
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "31",
               "--correct", "--reason", "summed again")[0] == 0
    assert [k for k, _, c in _entries(store)] == ["score", "score"]


def test_the_store_option_wins_over_the_environment(capsys, plan_file, store, tmp_path):
    other = tmp_path / "other.sqlite3"
    assert cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB",
               "--store", f"sqlite:///{other}")[0] == 0
    assert len(_entries(other)) == 1 and not store.exists()


def test_an_unusable_store_is_one_clear_line(capsys, plan_file, tmp_path):
    code, _, err = cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB",
                       "--store", "mysql://x/y")
    assert code == 2 and "is not a record store address" in err


def test_the_record_commands_speak_the_users_language(capsys, plan_file, store):
    code, _, err = cli(capsys, "record", str(plan_file), "--session", "31", "--operator", "AB", "--lang", "uk")
    assert code == 2 and "31" in err and "session 31 is not" not in err


def test_bids_writes_the_delivered_sessions_under_a_pseudonym(capsys, plan_file, store, tmp_path):
    for n in (1, 2):
        assert cli(capsys, "record", str(plan_file), "--session", str(n), "--operator", "AB")[0] == 0
    out_dir = tmp_path / "dataset"
    code, out, err = cli(capsys, "bids", str(plan_file), "-o", str(out_dir), "--subject", "01")
    assert code == 0, err
    description = json.loads((out_dir / "dataset_description.json").read_text(encoding="utf-8"))
    assert "v6.3" in json.dumps(description)
    assert sorted(p.name for p in (out_dir / "sub-01").iterdir()) == ["ses-01", "ses-02"]
    code, _, err = cli(capsys, "bids", str(plan_file), "-o", str(tmp_path / "other"), "--subject", "T-1")
    assert code == 2 and "subject" in err and not (tmp_path / "other").exists()


def test_summary_writes_the_course_summary_pdf(capsys, plan_file, store, tmp_path):
    import pypdf

    assert cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB", "--mso", "1=70")[0] == 0
    pdf = tmp_path / "summary.pdf"
    code, out, err = cli(capsys, "summary", str(plan_file), "-o", str(pdf), "--clinic", "Клиника",
                         "--export-date", "2026-12-01")
    assert code == 0, err
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "DLV-001" in text and "Клиника" in text
    code, _, err = cli(capsys, "summary", str(plan_file), "-o", str(pdf))
    assert code == 2 and "already exists" in err


def test_an_accelerated_course_recorded_from_the_command_line(kb, capsys, tmp_path, store):
    plan_file = save_plan(preset_plan(kb, "snt-accelerated-itbs"), tmp_path / "snt.tmsplan")
    plan = open_plan(plan_file).plan
    view = course_view(plan, figures_for(plan, kb), kb)
    assert len(view.sessions) == 50
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", str(view.sessions[0].date),
               "--value", "35")[0] == 0
    for row in view.sessions:
        n, day = row.index, str(row.date)
        if n in (17, 18):
            assert cli(capsys, "deviation", str(plan_file), "--session", str(n), "--kind", "missed",
                       "--operator", "CD", "--date", day)[0] == 0
            continue
        args = ["record", str(plan_file), "--session", str(n), "--operator", "CD", "--date", day,
                "--start", row.start.strftime("%H:%M"), "--end", row.end.strftime("%H:%M")]
        if n == 23:
            args += ["--pulses", "1=900", "--interrupted", "1"]
        if n == 31:
            args += ["--side-effect", "headache:severe"]
        assert cli(capsys, *args)[0] == 0
        if n == 23:
            assert cli(capsys, "deviation", str(plan_file), "--session", "23", "--kind", "stopped",
                       "--operator", "CD", "--date", day, "--reason", "discomfort")[0] == 0
        if n == 11:
            assert cli(capsys, "retest", str(plan_file), "--value", "53", "--operator", "CD", "--date", day)[0] == 0
        if n == 40:
            assert cli(capsys, "record", str(plan_file), "--session", "40", "--operator", "EF", "--date", day,
                       "--start", row.start.strftime("%H:%M"), "--end", row.end.strftime("%H:%M"),
                       "--correct", "--reason", "operator was EF")[0] == 0
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", str(view.sessions[-1].date),
               "--value", "9")[0] == 0
    code, out, err = cli(capsys, "course", str(plan_file), "--json", "--today", str(view.sessions[-1].date))
    data = json.loads(out)
    assert code == 0, err
    delivered = {d["session"]: d for d in data["delivered"]}
    assert len(delivered) == 48 and 17 not in delivered and delivered[23]["status"] == "stopped"
    assert delivered[40]["operator"] == "EF" and delivered[40]["corrected"]
    assert data["delivered_totals"]["pulses"] == 47 * view.blocks[0].dose.pulses + 900
    assert [d["kind"] for d in data["deviations"]] == ["missed", "missed", "stopped"]
    rules = {f["rule"]: f for f in data["findings"]}
    assert rules["DLV-008"]["params"] == {"missed": 3, "limit": 3}
    assert rules["DLV-010"]["params"]["session"] == 31
    assert data["response"]["madrs"]["responder"] is True and data["response"]["madrs"]["remitter"] is True
    assert "DLV-004" not in rules  # the recorded times keep the planned spacing


def test_reading_the_record_never_writes_the_plan_file(capsys, plan_file, store):
    before = plan_file.read_bytes()
    code, out, err = cli(capsys, "course", str(plan_file), "--json")
    assert code == 0 and json.loads(out)["delivered"] == []
    assert plan_file.read_bytes() == before


@pytest.mark.parametrize("reason", ["x" * 201, "a\tb"])
def test_a_bad_correction_reason_is_one_line_and_changes_nothing(capsys, plan_file, store, reason):
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "30")[0] == 0
    before = _entries(store)
    code, _, err = cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "31",
                       "--correct", "--reason", reason)
    assert code == 2 and "--reason" in err and err.count("\n") == 1
    assert _entries(store) == before


def test_a_block_number_in_other_digits_is_refused(capsys, plan_file, store):
    code, _, err = cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB", "--mso", "²=50")
    assert code == 2 and "--mso" in err


def test_a_correction_says_why_or_is_refused(capsys, plan_file, store):
    assert cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "30")[0] == 0
    before = _entries(store)
    code, _, err = cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "31",
                       "--correct")
    assert code == 2 and "--reason: a correction needs its reason" in err and err.count("\n") == 1
    code, _, err = cli(capsys, "score", str(plan_file), "--scale", "madrs", "--date", "2026-12-01", "--value", "31",
                       "--correct", "--lang", "uk")
    assert code == 2 and "виправленню потрібна причина" in err
    assert _entries(store) == before
    # a session's note says why when no --reason is given, and is kept as the correction's reason
    assert cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB")[0] == 0
    assert cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB", "--correct",
               "--note", "operator typed the wrong initials")[0] == 0
    with sqlite3.connect(store) as db:
        reasons = db.execute("select correction_reason from entries where corrects is not null").fetchall()
    assert reasons == [("operator typed the wrong initials",)]


@pytest.mark.parametrize("command", [
    ("record", "--session", "3", "--operator", "AB"),
    ("retest", "--value", "50", "--operator", "AB"),
    ("score", "--scale", "madrs", "--value", "20"),
    ("deviation", "--session", "3", "--kind", "stopped", "--operator", "AB"),
])
def test_a_date_after_today_is_refused_naming_it_and_nothing_is_written(command, capsys, plan_file, store):
    before = plan_file.read_bytes()
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    code, out, err = cli(capsys, command[0], str(plan_file), *command[1:], "--date", tomorrow)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "--date" in err and f"{tomorrow} is after today" in err
    assert plan_file.read_bytes() == before  # not even a plan_id was given to the plan
    assert not store.exists()
    code, out, err = cli(capsys, command[0], str(plan_file), *command[1:], "--date", "2026-11-25",
                         "--today", "2026-11-24")  # the workstation's date, given
    assert code == 2 and "2026-11-25 is after today (2026-11-24)" in err


def test_today_given_is_the_date_recorded_by_default(capsys, plan_file, store):
    code, out, err = cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB",
                         "--today", "2026-11-23")
    assert code == 0, err
    assert "(2026-11-23, AB)" in out
    code, out, err = cli(capsys, "record", str(plan_file), "--session", "1", "--operator", "AB",
                         "--today", "2026-11-23", "--lang", "ru")
    assert code == 2 and "уже" in err  # refused as already recorded, in Russian


def test_a_missed_session_may_be_noted_ahead(capsys, plan_file, store):
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    code, out, err = cli(capsys, "deviation", str(plan_file), "--session", "3", "--kind", "missed",
                         "--operator", "AB", "--date", tomorrow, "--reason", "travelling")
    assert code == 0, err
