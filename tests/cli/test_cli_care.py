"""Command-line care: help, decimal commas, closed pipes, overwriting, extensions, file modes, start notes."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from clirun import cli, future_monday

from tmsplanner.core.planio import load_plan, save_plan
from tmsplanner.core.resources import resource_path

EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan")
PRESET = "neurostar-10hz-ldlpfc"  # 120 % MT, Monday to Friday


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tmsplanner", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=60, check=False)




def new_plan(capsys: pytest.CaptureFixture[str], path: Path, *extra: str) -> Path:
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(path), "--mt", "55",
                       "--start", future_monday().isoformat(), *extra)
    assert code == 0, err
    return path


# -- 1. gui in the help ------------------------------------------------------------------------


def test_help_lists_the_gui_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    line = next(x for x in result.stdout.splitlines() if x.split()[:1] == ["gui"])
    assert "open the desktop application (optionally with PLAN)" in line


@pytest.mark.parametrize("args", [["gui"], ["gui", "some.tmsplan"]])
def test_cli_main_called_with_gui_points_to_the_launcher(capsys: pytest.CaptureFixture[str], args) -> None:
    code, out, err = cli(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("tmsplanner: ") and "launcher" in err and "tmsplanner gui [PLAN]" in err
    assert len(err.strip().splitlines()) == 1


# -- 2. decimal commas and bad numbers ------------------------------------------------------------


@pytest.mark.parametrize(("given", "stored"), [("60,5", 60.5), ("60.5", 60.5), ("54", 54.0), ("7,5", 7.5)])
def test_mt_accepts_a_decimal_comma(capsys, tmp_path: Path, given: str, stored: float) -> None:
    out = tmp_path / "p.tmsplan"
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(out), "--mt", given)
    assert code == 0, err
    assert load_plan(out).motor_threshold.value_pct_mso == stored


@pytest.mark.parametrize("given", ["6o", "60,5,1", "1.000,5", "nan", "inf", "1e2", "", " "])
def test_bad_numbers_give_one_line_naming_the_option(capsys, tmp_path: Path, given: str) -> None:
    out = tmp_path / "p.tmsplan"
    code, stdout, err = cli(capsys, "new", "--preset", PRESET, "-o", str(out), f"--mt={given}")
    assert code == 2 and stdout == "" and not out.exists()
    assert err == f"tmsplanner: --mt: '{given}' is not a number; use e.g. 54 or 60,5\n"


def test_bad_number_in_a_real_process_has_no_traceback(tmp_path: Path) -> None:
    result = run("new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--mt", "6o")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == "tmsplanner: --mt: '6o' is not a number; use e.g. 54 or 60,5\n"


def test_other_usage_errors_are_one_line_and_exit_2(capsys) -> None:
    code, _, err = cli(capsys, "new")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert err.startswith("tmsplanner: ") and "--preset" in err and "tmsplanner new --help" in err
    code, _, err = cli(capsys, "check", str(EXAMPLE), "--today", "2026-13-01")
    assert code == 2 and err == "tmsplanner: --today: '2026-13-01' is not a date; use YYYY-MM-DD\n"


def test_help_and_version_return_0_from_main(capsys) -> None:
    code, out, _ = cli(capsys, "--version")
    assert code == 0 and out.startswith("tmsplanner ")
    code, out, _ = cli(capsys, "new", "--help")
    assert code == 0 and "60,5" in out


# -- 3. a reader that stops early -------------------------------------------------------------------


def _env(buffered: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    if not buffered:
        env["PYTHONUNBUFFERED"] = "1"
    return env


def _closed_pipe(args: list[str], buffered: bool, read_first_line: bool) -> tuple[int, str]:
    """Run the CLI with its stdout a pipe whose reader closes early; return the exit code and stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "tmsplanner", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_env(buffered))
    assert proc.stdout is not None and proc.stderr is not None
    if read_first_line:
        proc.stdout.readline()
    proc.stdout.close()  # from here on every write of the CLI meets a pipe without a reader
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    return proc.wait(timeout=60), err


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("args", [["schema"], ["check", "--example", "--json"], ["check", "--example"],
                                  ["presets"], ["presets", "--json"], ["--help"], ["new", "--help"]],
                         ids=" ".join)
def test_closed_pipe_ends_quietly(args: list[str], buffered: bool) -> None:
    code, err = _closed_pipe(args, buffered, read_first_line=False)
    assert err == "" and code == 0


@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
def test_schema_head_1_ends_quietly(buffered: bool) -> None:
    code, err = _closed_pipe(["schema"], buffered, read_first_line=True)
    assert err == "" and code == 0


def test_closed_pipe_keeps_the_check_verdict(tmp_path: Path) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["screening"]["cochlear_implant"] = True
    blocked = tmp_path / "blocked.tmsplan"
    blocked.write_text(json.dumps(doc), encoding="utf-8")
    for extra in ([], ["--json"]):
        code, err = _closed_pipe(["check", str(blocked), *extra], buffered=True, read_first_line=False)
        assert err == "" and code == 1


# -- 4. export and ics do not overwrite without --force ----------------------------------------------


@pytest.mark.parametrize(("command", "name", "magic"), [("export", "out.pdf", b"%PDF"),
                                                         ("ics", "out.ics", b"BEGIN:VCALENDAR")])
def test_existing_output_needs_force(capsys, tmp_path: Path, command: str, name: str, magic: bytes) -> None:
    plan = new_plan(capsys, tmp_path / "p.tmsplan")
    out = tmp_path / name
    out.write_bytes(b"keep me")
    code, stdout, err = cli(capsys, command, str(plan), "-o", str(out), "--draft")
    assert code == 2 and stdout == "" and out.read_bytes() == b"keep me"
    assert err == f"tmsplanner: {out}: already exists; use --force to overwrite it\n"
    code, stdout, err = cli(capsys, command, str(plan), "-o", str(out), "--draft", "--force")
    assert code == 0, err
    assert out.read_bytes().startswith(magic) and f"wrote {out}" in stdout


@pytest.mark.parametrize("command", ["export", "ics"])
def test_output_never_overwrites_the_plan_it_reads(capsys, tmp_path: Path, command: str) -> None:
    plan = new_plan(capsys, tmp_path / "p.tmsplan")
    before = plan.read_bytes()
    code, _, err = cli(capsys, command, str(plan), "-o", str(plan), "--draft", "--force")
    assert code == 2 and "is the plan being read" in err and plan.read_bytes() == before


def test_output_that_is_a_folder_exits_2(capsys, tmp_path: Path) -> None:
    plan = new_plan(capsys, tmp_path / "p.tmsplan")
    code, _, err = cli(capsys, "export", str(plan), "-o", str(tmp_path), "--draft", "--force")
    assert code == 2 and "is a folder" in err


# -- 5. the extension is added to a bare name ----------------------------------------------------------


def test_bare_output_names_get_their_extension(capsys, tmp_path: Path) -> None:
    code, out, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "course"), "--mt", "55")
    assert code == 0, err
    assert f"wrote {tmp_path / 'course.tmsplan'} " in out and not (tmp_path / "course").exists()
    plan = str(tmp_path / "course.tmsplan")
    assert load_plan(plan).protocol_id == PRESET
    code, out, err = cli(capsys, "export", plan, "-o", str(tmp_path / "plan"), "--draft")
    assert code == 0, err
    assert out.startswith(f"wrote {tmp_path / 'plan.pdf'}")
    assert (tmp_path / "plan.pdf").read_bytes()[:4] == b"%PDF"
    code, out, err = cli(capsys, "ics", plan, "-o", str(tmp_path / "cal"), "--draft")
    assert code == 0, err
    assert out.startswith(f"wrote {tmp_path / 'cal.ics'} ")
    assert (tmp_path / "cal.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cal.ics", "course.tmsplan", "plan.pdf"]


def test_bare_name_checks_the_file_actually_written(capsys, tmp_path: Path) -> None:
    (tmp_path / "course.tmsplan").write_text("keep me", encoding="utf-8")
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "course"), "--mt", "55")
    assert code == 2 and f"{tmp_path / 'course.tmsplan'}: already exists" in err
    assert (tmp_path / "course.tmsplan").read_text(encoding="utf-8") == "keep me"


def test_another_extension_is_kept_with_a_note(capsys, tmp_path: Path) -> None:
    plan = new_plan(capsys, tmp_path / "p.tmsplan")
    code, out, err = cli(capsys, "export", str(plan), "-o", str(tmp_path / "x.txt"), "--draft")
    assert code == 0
    assert out.startswith(f"wrote {tmp_path / 'x.txt'}") and (tmp_path / "x.txt").read_bytes()[:4] == b"%PDF"
    note = f"{tmp_path / 'x.txt'} does not end in .pdf; writing it under the name given"
    assert err == f"tmsplanner: note: {note}\n"
    code, _, err = cli(capsys, "ics", str(plan), "-o", str(tmp_path / "CAL.ICS"), "--draft")
    assert code == 0 and err == "" and (tmp_path / "CAL.ICS").exists()


# -- 6. files honour the umask -------------------------------------------------------------------------


@pytest.fixture
def umask() -> Iterator[None]:
    saved = os.umask(0o022)
    os.umask(saved)
    yield
    os.umask(saved)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_honour_the_umask(capsys, tmp_path: Path, umask, mask: int, expected: int) -> None:
    os.umask(mask)
    plan = new_plan(capsys, tmp_path / "p.tmsplan")
    assert _mode(plan) == expected
    for command, name in (("export", "p.pdf"), ("ics", "p.ics")):
        code, _, err = cli(capsys, command, str(plan), "-o", str(tmp_path / name), "--draft")
        assert code == 0, err
        assert _mode(tmp_path / name) == expected, command
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_umask_in_a_real_process(tmp_path: Path, umask) -> None:
    os.umask(0o027)  # inherited by the child process
    result = run("new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--mt", "55")
    assert result.returncode == 0, result.stderr
    assert _mode(tmp_path / "p.tmsplan") == 0o640


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_replacing_a_file_keeps_its_mode(capsys, tmp_path: Path, umask) -> None:
    os.umask(0o022)
    plan = new_plan(capsys, tmp_path / "p.tmsplan")
    for command, name in (("new", "p.tmsplan"), ("export", "p.pdf"), ("ics", "p.ics")):
        out = tmp_path / name
        if not out.exists():
            out.write_bytes(b"old")
        out.chmod(0o640)
        args = (["new", "--preset", PRESET, "--mt", "55"] if command == "new"
                else [command, str(plan), "--draft"])
        code, _, err = cli(capsys, *args, "-o", str(out), "--force")
        assert code == 0, err
        assert _mode(out) == 0o640 and out.read_bytes() != b"old", command


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_umask_is_read_without_proc_too(monkeypatch: pytest.MonkeyPatch, umask) -> None:
    import builtins

    from tmsplanner.core.fileio import current_umask

    os.umask(0o027)
    assert current_umask() == 0o027
    real_open = builtins.open

    def no_proc(file, *args, **kwargs):
        if str(file).startswith("/proc/"):
            raise FileNotFoundError(file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", no_proc)
    assert current_umask() == 0o027
    assert os.umask(0o027) == 0o027  # and the mask is left as it was


# -- 7. a start date in the past or on a closed day -------------------------------------------------------


def test_start_in_the_past_is_noted(capsys, tmp_path: Path) -> None:
    out = tmp_path / "p.tmsplan"
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(out), "--mt", "55",
                       "--start", "2020-01-06")
    assert code == 0
    assert err == "tmsplanner: note: --start 2020-01-06 is in the past\n"
    assert load_plan(out).schedule.start_date == dt.date(2020, 1, 6)


def test_start_on_a_weekend_is_noted(capsys, tmp_path: Path) -> None:
    saturday = future_monday() + dt.timedelta(days=5)
    out = tmp_path / "p.tmsplan"
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(out), "--mt", "55",
                       "--start", str(saturday))
    assert code == 0 and out.exists()
    monday = saturday + dt.timedelta(days=2)
    assert err == (f"tmsplanner: note: {saturday} is a Saturday with no sessions; "
                   f"the course starts Monday {monday}\n")
    check = run("check", str(out), "--json")
    assert json.loads(check.stdout)["derived"]["start_date"] == monday.isoformat()


def test_past_weekend_start_gives_both_notes_in_a_real_process(tmp_path: Path) -> None:
    result = run("new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--mt", "55", "--start", "2020-01-05")
    assert result.returncode == 0 and (tmp_path / "p.tmsplan").exists()
    assert result.stderr.splitlines() == [
        "tmsplanner: note: --start 2020-01-05 is in the past",
        "tmsplanner: note: 2020-01-05 is a Sunday with no sessions; the course starts Monday 2020-01-06",
    ]


def test_open_future_start_has_no_note(capsys, tmp_path: Path) -> None:
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--mt", "55",
                       "--start", str(future_monday()))
    assert code == 0 and err == ""


def test_start_on_a_public_holiday_is_noted(capsys, tmp_path: Path) -> None:
    from tmsplanner.cli.commands import start_notes
    from tmsplanner.core.checks import figures_for
    from tmsplanner.core.evidence.kb import bundled_knowledge_base

    path = new_plan(capsys, tmp_path / "p.tmsplan")
    plan = load_plan(path)
    christmas = dt.date(2026, 12, 25)  # a Friday
    plan = plan.model_copy(update={"schedule": plan.schedule.model_copy(
        update={"start_date": christmas, "holiday_country": "DE"})})
    save_plan(plan, path)  # the file validates, so this is a plan the CLI could meet
    notes = start_notes(load_plan(path), figures_for(load_plan(path), bundled_knowledge_base()),
                        today=dt.date(2026, 11, 23))
    assert len(notes) == 1
    assert notes[0].startswith("2026-12-25 (Friday) is closed (public holiday: ")
    assert notes[0].endswith("; the course starts Monday 2026-12-28")


# -- 8. the check summary shows the exact %MSO only when it differs ----------------------------------------


def test_check_summary_shows_exact_mso_only_when_rounded(capsys, tmp_path: Path) -> None:
    code, out, _ = cli(capsys, "check", "--example", "--today", "2026-11-27")
    assert code == 0
    assert "  block 1: set 62% MSO (62.4% MSO exact), train 4 s\n" in out
    plan = new_plan(capsys, tmp_path / "even.tmsplan")  # 55 % MSO x 120 % = 66 % MSO
    _, out, _ = cli(capsys, "check", str(plan))
    assert "  block 1: set 66% MSO, train 4 s\n" in out and "MSO exact" not in out
    half = tmp_path / "half.tmsplan"
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(half), "--mt", "43,75")  # 52.5 % MSO
    assert code == 0, err
    _, out, _ = cli(capsys, "check", str(half))
    assert "  block 1: set 53% MSO (52.5% MSO exact), train 4 s\n" in out


# --- bad input: one line, the right exit code, no forged terminal lines -----------------------------------------


@pytest.mark.parametrize(("patient", "words"), [("   ", "at least 1 character"), ("x" * 201, "201 characters"),
                                                ("a\nb", "control characters")])
def test_new_with_a_bad_patient_id_is_one_line(capsys, tmp_path: Path, patient: str, words: str) -> None:
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--patient", patient)
    assert code == 2 and err.count("\n") == 1 and err.startswith("tmsplanner: --patient: ") and words in err
    assert "ValidationError" not in err and not (tmp_path / "p.tmsplan").exists()


def test_new_with_an_mt_date_outside_the_horizon(capsys, tmp_path: Path) -> None:
    code, _, err = cli(capsys, "new", "--preset", PRESET, "-o", str(tmp_path / "p"), "--mt-date", "1990-01-01")
    assert code == 2 and err.startswith("tmsplanner: --mt-date: ") and "2000-01-01 to 2100-12-31" in err


def test_check_text_output_escapes_what_a_plan_may_forge(capsys, tmp_path: Path) -> None:
    # The model refuses control characters in names; a file name may still hold them.
    path = tmp_path / "x\x1b[31m\nBLOCK.tmsplan"
    path.write_bytes(EXAMPLE.read_bytes())
    code, out, _ = cli(capsys, "check", str(path))
    assert code in (0, 1) and "\x1b" not in out
    assert "\\x1b[31m\\nBLOCK.tmsplan: " in out.splitlines()[0]


def test_a_safety_table_with_an_unknown_reference_fails_check_and_export_alike(capsys, tmp_path: Path) -> None:
    text = resource_path("safety", "limits", "wassermann1998-candidate.toml").read_text(encoding="utf-8")
    table = tmp_path / "clinic.toml"
    table.write_text(text.replace('"wassermann1998"', '"nobody2031"', 1), encoding="utf-8")
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for bad, words in ((table, "unknown reference 'nobody2031'"), (deep, "nested too deeply")):
        check = cli(capsys, "check", "--example", "--safety-table", str(bad))
        export = cli(capsys, "export", str(EXAMPLE), "-o", str(tmp_path / "out.pdf"), "--safety-table", str(bad))
        for code, _, err in (check, export):
            assert code == 2 and err.count("\n") == 1 and words in err and str(bad) in err
        assert not (tmp_path / "out.pdf").exists()


def test_an_internal_error_is_exit_3_with_the_log_file(capsys, tmp_path: Path, monkeypatch) -> None:
    from tmsplanner.cli import commands

    def broken(args):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(commands, "cmd_check", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    code, _, err = cli(capsys, "check", "--example")
    log = tmp_path / "state" / "tmsplanner" / "errors.log"
    assert code == 3 and err.count("\n") == 1
    assert err.startswith("tmsplanner: internal error (RuntimeError: boom\\nsecond line)") and str(log) in err
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "raise RuntimeError" in logged and "RuntimeError (message withheld" in logged
    assert stat.S_IMODE(log.stat().st_mode) == 0o600


def test_the_error_log_names_no_patient_unless_asked(capsys, tmp_path: Path, monkeypatch) -> None:
    from tmsplanner.cli import commands

    name = "Ivanova Anna"  # in the messages, not in the source lines a traceback quotes

    def broken(args):
        try:
            raise ValueError(f"patient {name}")
        except ValueError as exc:
            raise RuntimeError(f"while printing {name}") from exc

    monkeypatch.setattr(commands, "cmd_check", broken)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.delenv("TMSPLANNER_LOG_DETAILS", raising=False)
    plan = tmp_path / "Ivanova-Anna.tmsplan"
    plan.write_bytes(EXAMPLE.read_bytes())
    code, _, _ = cli(capsys, "check", str(plan))
    log = tmp_path / "state" / "tmsplanner" / "errors.log"
    logged = log.read_text(encoding="utf-8")
    assert code == 3 and "Ivanova" not in logged
    assert "tmsplanner check\n" in logged and "ValueError (message withheld" in logged
    assert "RuntimeError (message withheld" in logged
    monkeypatch.setenv("TMSPLANNER_LOG_DETAILS", "1")
    cli(capsys, "check", str(plan))
    assert "ValueError: patient Ivanova Anna" in log.read_text(encoding="utf-8")


def test_an_output_path_that_cannot_be_written_is_exit_2_naming_it(capsys, tmp_path: Path) -> None:
    long_name = str(tmp_path / ("a" * 300))
    for command in (["export", str(EXAMPLE), "-o", long_name + ".pdf"], ["ics", str(EXAMPLE), "-o", long_name + ".ics"],
                    ["new", "--preset", "neurostar-10hz-ldlpfc", "-o", long_name]):
        code, _, err = cli(capsys, *command)
        assert code == 2 and err.count("\n") == 1 and "cannot be written" in err, (command, err)


def test_a_loop_of_links_as_the_output_is_refused_and_the_links_kept(capsys, tmp_path: Path) -> None:
    (tmp_path / "a.pdf").symlink_to("b.pdf")
    (tmp_path / "b.pdf").symlink_to("a.pdf")
    for force in ([], ["--force"]):
        code, _, err = cli(capsys, "export", str(EXAMPLE), "-o", str(tmp_path / "a.pdf"), *force)
        assert code == 2 and err.count("\n") == 1, err
        assert (tmp_path / "a.pdf").is_symlink() and (tmp_path / "b.pdf").is_symlink()


def test_a_clinic_name_with_control_characters_is_refused(capsys, tmp_path: Path) -> None:
    code, _, err = cli(capsys, "export", str(EXAMPLE), "-o", str(tmp_path / "x.pdf"), "--clinic", "Red\x1b[31m")
    assert code == 2 and err.startswith("tmsplanner: --clinic: ") and "\x1b" not in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_pipe_given_as_the_plan_is_refused_at_once(tmp_path: Path) -> None:  # subprocess
    pipe = tmp_path / "plan.tmsplan"
    os.mkfifo(pipe)
    result = subprocess.run([sys.executable, "-m", "tmsplanner", "check", str(pipe)], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "XDG_STATE_HOME": str(tmp_path)})
    assert result.returncode == 2 and "not a regular file" in result.stderr
