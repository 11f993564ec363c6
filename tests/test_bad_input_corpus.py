"""A corpus of generated bad plans through check, export, ics and the window's open.

Every plan runs in process through the command line's own ``main`` (``check``,
``check --json``, ``ics`` and ``export``) and through the application layer's
open and check that the window uses. For bad input the command line exits 0,
1 or 2, never 3 and never with a traceback; every exit-2 message is one line
``tmsplanner: ...`` naming the field (or the file, for input that is not
readable JSON); each plan takes less than 10 s. A few cases also run as a
separate process (marked below) to see the real exit code and stderr.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from planfactory import preset_plan

from tmsplanner.app import check_plan, open_plan
from tmsplanner.cli.main import main
from tmsplanner.core.checks import CheckSettings
from tmsplanner.core.course_view import course_view
from tmsplanner.core.errors import PlanFileError
from tmsplanner.core.evidence.kb import bundled_knowledge_base
from tmsplanner.core.planio import dump_plan
from tmsplanner.core.resources import resource_path

EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan").read_bytes()
FIELD = re.compile(r"field '[^']+'|--[a-z-]+:")


@dataclass(frozen=True)
class Case:
    """One bad plan: its name, its bytes, and whether an error names a field or only the file."""

    name: str
    data: bytes
    file_level: bool = False


def _encode(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) of a JSON document, containers included (the root excluded)."""
    if path:
        yield path, node
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _leaves(value, (*path, i))


def _set(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    copied = copy.deepcopy(document)
    node = copied
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return copied


def _wrong_types(value: Any) -> list[Any]:
    """Two values of the wrong type for a field holding ``value`` (null for a required one)."""
    if isinstance(value, bool):
        return ["yes", 1]
    if isinstance(value, int | float):
        return [str(value), None]
    if isinstance(value, str):
        return [123, {"text": value}]
    if isinstance(value, list):
        return [{}, "list"]
    return [[], None]


def _bases() -> list[tuple[str, dict[str, Any]]]:
    kb = bundled_knowledge_base()
    tbs = json.loads(dump_plan(preset_plan(kb, "snt-accelerated-itbs")))
    tbs["schedule"]["closures"] = ["2026-12-24"]
    tbs["schedule"]["missed_sessions"] = [{"date": "2026-11-24", "index_in_day": 2}]
    tbs["schedule"]["phases"] = [{"name": "Taper", "weeks": 3, "sessions_per_week": 2}]
    tbs["schedule"]["clinic_closing_time"] = "18:00"
    tbs["medications"] = [{"name": "Lithium", "changed_on": "2026-11-01"}]
    tbs["head"] = {"tragus_tragus_cm": 36, "nasion_inion_cm": 35, "head_circumference_cm": 57}
    return [("example", json.loads(EXAMPLE)), ("tbs", tbs)]


NUMBERS = {"zero": "0", "minus-one": "-1", "1e308": "1e308", "5e-324": "5e-324", "10**400": "1" + "0" * 400}
DATES = ["0001-01-01", "9999-12-31", "1999-12-31", "2101-01-01", "2026-02-30", "2026-11-30T09:00:00"]
TIMES = ["09:30+02:00", "09:30Z", "24:00", "23:59:59.999999", "9:30", "00:00"]
TEXTS = {
    "rtl": "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
    "bidi-override": "abc\u202edcba",
    "emoji": "\U0001f9e0\U0001f469\u200d\u2695\ufe0f",
    "ansi": "\x1b[31mBLOCKED\x1b[0m",
    "newline": "X\n  BLOCK forged line",
    "nul": "a\x00b",
    "line-separator": "a\u2028b",
    "c1": "a\x85b",
    "combining": "e\u0301\u0301\u0301",
    "long-emoji": "\U0001f600" * 200,
    "too-long": "x" * 201,
    "blank": "   ",
}


def _number_cases(name: str, base: dict[str, Any], text: bytes) -> Iterator[Case]:
    for path, value in _leaves(base):
        if isinstance(value, int | float) and not isinstance(value, bool) and path[0] != "schema_version":
            for label, literal in NUMBERS.items():
                # Replace the value in the text itself so that literals Python would not write survive.
                marker = "\u2603MARK\u2603"
                marked = _encode(_set(base, path, marker)).replace(f'"{marker}"'.encode(), literal.encode())
                yield Case(f"{name}:number:{'.'.join(map(str, path))}={label}", marked)
    del text


def _generated() -> list[Case]:
    cases: list[Case] = []
    for name, base in _bases():
        text = _encode(base)
        # Truncation at every 50th byte.
        cases += [Case(f"{name}:truncated@{n}", text[:n], file_level=True) for n in range(0, len(text), 50)]
        # Each field set to a wrong type.
        for path, value in _leaves(base):
            for i, wrong in enumerate(_wrong_types(value)):
                cases.append(Case(f"{name}:type:{'.'.join(map(str, path))}#{i}", _encode(_set(base, path, wrong))))
        cases += list(_number_cases(name, base, text))
        # Extreme dates and clock times.
        for field in (("schedule", "start_date"), ("motor_threshold", "measured_on")):
            cases += [Case(f"{name}:date:{field[-1]}={d}", _encode(_set(base, field, d))) for d in DATES]
        for d in DATES[:4]:
            cases.append(Case(f"{name}:closure={d}", _encode(_set(base, ("schedule", "closures"), [d]))))
            cases.append(Case(f"{name}:missed={d}",
                              _encode(_set(base, ("schedule", "missed_sessions"), [{"date": d}]))))
            cases.append(Case(f"{name}:changed_on={d}",
                              _encode(_set(base, ("medications",), [{"name": "Lithium", "changed_on": d}]))))
        for field in (("schedule", "first_session_time"), ("schedule", "clinic_closing_time")):
            cases += [Case(f"{name}:time:{field[-1]}={t}", _encode(_set(base, field, t))) for t in TIMES]
        # Odd characters in names and free text.
        for field in (("patient", "identifier"), ("patient", "display_name"), ("device", "name"), ("notes",)):
            cases += [Case(f"{name}:text:{field[-1]}={label}", _encode(_set(base, field, value)))
                      for label, value in TEXTS.items()]
        cases += [Case(f"{name}:text:medication={label}",
                       _encode(_set(base, ("medications",), [{"name": value, "dose": value}])))
                  for label, value in TEXTS.items()]
        # Odd encodings.
        plain = text.decode("utf-8")
        cases += [
            Case(f"{name}:utf-16", plain.encode("utf-16"), file_level=True),
            Case(f"{name}:utf-16-le", plain.encode("utf-16-le"), file_level=True),
            Case(f"{name}:utf-32", plain.encode("utf-32"), file_level=True),
            Case(f"{name}:utf-8-bom", b"\xef\xbb\xbf" + text),
            Case(f"{name}:latin-1", text.replace(b"EX-", b"\xe9X-").replace(b"T-1", b"\xe9-1"), file_level=True),
            Case(f"{name}:cp1251", plain.encode("cp1251", errors="replace"), file_level=True),
            Case(f"{name}:nul-bytes", text[:40] + b"\x00" * 8 + text[40:], file_level=True),
            Case(f"{name}:nul-trailer", text + b"\x00", file_level=True),
            Case(f"{name}:surrogate", text.replace(b'"identifier": "', b'"identifier": "\\ud800', 1)),
            Case(f"{name}:empty", b"", file_level=True),
            Case(f"{name}:whitespace", b" \n\t ", file_level=True),
        ]
        # Duplicate keys.
        cases += [
            Case(f"{name}:duplicate:patient", text.replace(
                b'"patient": {', b'"patient": {"identifier": "OTHER"}, "patient": {', 1)),
            Case(f"{name}:duplicate:schedule-key", text.replace(
                b'"schedule": {', b'"schedule": {"treatment_days": 5, ', 1)),
            Case(f"{name}:duplicate:pattern-key", text.replace(b'"trains": ', b'"trains": 1, "trains": ', 1)),
            Case(f"{name}:duplicate:format", text.replace(b"{", b'{"format": "x", ', 1)),
        ]
        # Oversized collections and documents.
        sched = ("schedule",)
        cases += [
            Case(f"{name}:big:closures", _encode(_set(base, (*sched, "closures"),
                                                      [f"2027-{m:02d}-{d:02d}" for m in range(1, 13)
                                                       for d in range(1, 29)] * 2))),
            Case(f"{name}:big:missed", _encode(_set(base, (*sched, "missed_sessions"),
                                                    [{"date": "2026-12-01"}] * 501))),
            Case(f"{name}:big:blocks", _encode(_set(base, ("blocks",), base["blocks"] * 11))),
            Case(f"{name}:big:medications", _encode(_set(base, ("medications",), [{"name": "X"}] * 101))),
            Case(f"{name}:big:phases", _encode(_set(base, (*sched, "phases"),
                                                    [{"name": "M", "weeks": 1, "sessions_per_week": 1}] * 11))),
            Case(f"{name}:big:notes", _encode(_set(base, ("notes",), "n" * 4001))),
            Case(f"{name}:big:outcomes", _encode(_set(base, ("outcome_scales",), ["hamd17"] * 100000))),
            Case(f"{name}:big:nesting", _encode(_set(base, ("notes",), "x"))[:-2] + b', "deep": '
                 + b"[" * 100000 + b"]" * 100000 + b"}", file_level=True),
            Case(f"{name}:big:file", b" " * (6 * 1024 * 1024), file_level=True),
            Case(f"{name}:not-an-object", b"[1, 2, 3]", file_level=True),
        ]
        if name != "example":
            continue
        # Valid at the limits, and courses the calendar must not cut or fake.
        long_weekly = _set(_set(base, (*sched, "treatment_days"), 365), (*sched, "weekdays"), [0])
        cases += [
            Case(f"{name}:limit:365-days-weekly", _encode(long_weekly)),
            Case(f"{name}:limit:mondays-closed", _encode(_set(long_weekly, (*sched, "closures"),
                                                                 _mondays("2026-11-30", 366)))),
            Case(f"{name}:limit:last-start", _encode(_set(base, (*sched, "start_date"), "2100-12-31"))),
            Case(f"{name}:limit:first-start", _encode(_set(base, (*sched, "start_date"), "2000-01-01"))),
            Case(f"{name}:limit:365-days-20-a-day", _encode(_set(_set(_set(
                base, (*sched, "treatment_days"), 365), (*sched, "sessions_per_day"), 20),
                (*sched, "intersession_interval_min"), 50))),
            Case(f"{name}:limit:10-phases-104-weeks-7-a-week", _encode(_set(base, (*sched, "phases"), [
                {"name": f"M{k}", "weeks": 104, "sessions_per_week": 7} for k in range(10)]))),
            Case(f"{name}:limit:last-start-phases", _encode(_set(_set(base, (*sched, "start_date"), "2100-12-31"),
                                                                 (*sched, "phases"), [{"name": "M", "weeks": 104,
                                                                                       "every_weeks": 4,
                                                                                       "sessions_per_week": 1}] * 10))),
        ]
    return cases


def _mondays(first: str, count: int) -> list[str]:
    import datetime as dt

    start = dt.date.fromisoformat(first)
    return [(start + dt.timedelta(weeks=k)).isoformat() for k in range(count)]


CORPUS = _generated()


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def _assert_bad_input_outcome(case: Case, path: Path, argv: list[str], code: int, err: str) -> None:
    where = f"{case.name}: {' '.join(argv[:1])}"
    assert code in (0, 1, 2), f"{where}: exit {code}: {err}"
    assert "Traceback" not in err, f"{where}: {err}"
    if code == 2:
        lines = err.splitlines()
        assert len(lines) == 1 and err.endswith("\n"), f"{where}: not one line: {err!r}"
        assert lines[0].startswith("tmsplanner: "), f"{where}: {err!r}"
        if case.file_level:
            assert str(path) in lines[0], f"{where}: does not name the file: {err!r}"
        else:
            assert FIELD.search(lines[0]), f"{where}: does not name a field: {err!r}"
        assert len(lines[0]) < 400, f"{where}: message too long: {err!r}"


def test_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 400
    assert len({c.name for c in CORPUS}) == len(CORPUS)


def test_bad_plans_through_check_export_ics_and_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # an error log, if any, stays here
    kb = bundled_knowledge_base()
    codes: Counter[tuple[str, int]] = Counter()
    for i, case in enumerate(CORPUS):
        path = tmp_path / f"plan-{i}.tmsplan"
        path.write_bytes(case.data)
        results = {}
        for command, argv in (
            ("check", ["check", str(path), "--today", "2026-11-23"]),
            ("ics", ["ics", str(path), "-o", str(tmp_path / f"out-{i}.ics"), "--draft", "--force",
                     "--export-date", "2026-11-23", "--today", "2026-11-23"]),
            ("check --json", ["check", "--json", str(path), "--today", "2026-11-23"]),
            # The PDF of every plan that opens, the longest courses the schema allows included
            # (their time is measured in benchmarks/bench_limits.py).
            ("export", ["export", str(path), "-o", str(tmp_path / f"out-{i}.pdf"), "--draft", "--force",
                        "--export-date", "2026-11-23", "--today", "2026-11-23"]),
        ):
            if command in ("check --json", "export") and results["check"] == 2:
                continue  # it stops at the same open as 'check' and 'ics' (both tested)
            code, _, err = _run(argv)
            _assert_bad_input_outcome(case, path, argv, code, err)
            codes[(command, code)] += 1
            results[command] = code
        # The window's open: the application layer's open, then the figures, checks and view it shows.
        try:
            opened = open_plan(path)
        except PlanFileError as exc:
            assert "\n" not in str(exc), case.name
            codes[("open", 2)] += 1
            assert results["check"] == 2, f"{case.name}: open refused what check accepted"
        else:
            checked = check_plan(opened.plan, kb, CheckSettings(today=opened.plan.schedule.start_date))
            course_view(opened.plan, checked.figures, kb, checked.findings)
            codes[("open", 0)] += 1
            assert results["check"] in (0, 1), f"{case.name}: check refused what open accepted"
    print(f"\n{len(CORPUS)} plans; exit codes {sorted(codes.items())}")
    assert not any(code == 3 for (_, code) in codes)


# A few cases as a separate process: the real exit code and stderr of the installed command.
SUBPROCESS_CASES = ["example:truncated@300", "example:text:medication=ansi", "example:duplicate:patient",
                    "example:date:start_date=9999-12-31"]


@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_bad_plan_in_a_separate_process(name: str, tmp_path: Path) -> None:  # subprocess
    case = next(c for c in CORPUS if c.name == name)
    path = tmp_path / "bad.tmsplan"
    path.write_bytes(case.data)
    result = subprocess.run([sys.executable, "-m", "tmsplanner", "check", str(path)], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "XDG_STATE_HOME": str(tmp_path)})
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("tmsplanner: ")
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr


# --- the window's arguments -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "files"), [
    (["-x.tmsplan"], ["-x.tmsplan"]),
    (["--", "-x.tmsplan"], ["-x.tmsplan"]),
    (["--", "--", "-y"], ["--", "-y"]),
    (["-reverse", "plan.tmsplan"], ["plan.tmsplan"]),
    (["--unknown-option"], []),
])
def test_the_window_opens_files_whose_names_start_with_a_dash(args: list[str], files: list[str]) -> None:
    from tmsplanner.gui.app import plan_file_args

    assert plan_file_args(args) == files


def test_gui_help_only_before_the_double_dash(capsys: pytest.CaptureFixture[str], monkeypatch) -> None:
    from tmsplanner import launcher, preflight

    monkeypatch.setattr(preflight, "gui_start_problem", lambda: "no display here")
    assert launcher.start_gui(["--help"]) == 0 and capsys.readouterr().out.startswith("usage: tmsplanner gui")
    assert launcher.start_gui(["--", "--help"]) == launcher.EXIT_GUI_CANNOT_START  # a file named --help
    assert "no display here" in capsys.readouterr().err


def test_the_window_error_dialog_says_what_was_not_saved_and_names_the_log(tmp_path: Path, monkeypatch) -> None:
    from types import SimpleNamespace

    from tmsplanner.gui import alerts
    from tmsplanner.gui import app as gui_app

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(alerts, "show_error", lambda parent, title, message, details=None, technical=None:
                        shown.append((message, technical or "")))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window = SimpleNamespace(doc=SimpleNamespace(modified=True, path=Path("/plans/course.tmsplan")))
    gui_app.install_excepthook(lambda: window)
    word = "boom"
    try:
        raise RuntimeError(word)
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    message, details = shown[0]
    log = tmp_path / "tmsplanner" / "errors.log"
    assert "course.tmsplan" in message and "unsaved changes" in message and "not saved" in message
    assert str(log) in message and "RuntimeError (message withheld" in log.read_text(encoding="utf-8")
    assert word not in log.read_text(encoding="utf-8")  # a message may quote a patient: it stays on screen
    assert "RuntimeError: boom" in details  # the dialog's details, on the user's screen
