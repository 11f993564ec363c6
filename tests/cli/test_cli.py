"""The command line, run as a real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tmsplanner.core.resources import resource_path

EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan")


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tmsplanner", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd, timeout=60)


def test_version() -> None:
    from tmsplanner import __version__

    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_presets_json_from_another_directory(tmp_path: Path) -> None:
    result = run("presets", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert {"id", "name", "indication", "evidence_level"} == set(rows[0])
    assert any(r["id"] == "snt-accelerated-itbs" for r in rows)


def test_new_then_check_each_preset(tmp_path: Path) -> None:
    for preset in json.loads(run("presets", "--json").stdout):
        out = tmp_path / f"{preset['id']}.tmsplan"
        made = run("new", "--preset", preset["id"], "-o", str(out), "--mt", "55", "--start", "2026-11-30",
                   "--mt-date", "2026-11-23")
        assert made.returncode == 0, made.stderr
        checked = run("check", str(out), "--json", "--today", "2026-11-23")
        assert checked.returncode == 0, (preset["id"], checked.stdout)
        report = json.loads(checked.stdout)
        assert report["verdict"] in ("ok", "warnings")


def test_new_without_mt_writes_a_blocked_placeholder(tmp_path: Path) -> None:
    out = tmp_path / "p.tmsplan"
    made = run("new", "--preset", "neurostar-10hz-ldlpfc", "-o", str(out))
    assert made.returncode == 0 and "placeholder" in made.stderr
    checked = run("check", str(out), "--json")
    assert checked.returncode == 1
    assert "MT-004" in {f["rule"] for f in json.loads(checked.stdout)["findings"]}


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "p.tmsplan"
    out.write_text("keep me", encoding="utf-8")
    result = run("new", "--preset", "neurostar-10hz-ldlpfc", "-o", str(out), "--mt", "50")
    assert result.returncode == 2 and out.read_text(encoding="utf-8") == "keep me"


def test_check_json_shape() -> None:
    result = run("check", str(EXAMPLE), "--json", "--today", "2026-11-27")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["verdict"] == "warnings"  # sertraline is a relative seizure hazard
    assert {"rule", "severity", "field", "params", "message", "citations", "unverified"} <= set(report["findings"][0])
    derived = report["derived"]
    assert derived["pulses_per_session"] == 3000
    assert derived["session_duration_s"] == 2224
    assert derived["total_sessions"] == 30 and derived["total_pulses"] == 90000
    assert derived["end_date"] == "2027-01-08"
    assert derived["sessions"][0]["date"] == "2026-11-30" and derived["sessions"][0]["time"] == "09:30"
    block = derived["blocks"][0]
    assert block["intensity_pct_mso"] == pytest.approx(62.4) and block["train_duration_s"] == 4


def test_check_text_and_example_flag() -> None:
    result = run("check", "--example", "--today", "2026-11-27")
    assert result.returncode == 0
    assert "MED-002" in result.stdout and "62% MSO" in result.stdout


def test_blocked_plan_exits_1(tmp_path: Path) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["screening"]["cochlear_implant"] = True
    path = tmp_path / "blocked.tmsplan"
    path.write_text(json.dumps(doc), encoding="utf-8")
    result = run("check", str(path), "--json", "--today", "2026-11-27")
    assert result.returncode == 1
    assert json.loads(result.stdout)["verdict"] == "blocked"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"format": "tmsplanner-plan", "schema_version": 1, "patient": {', "not valid JSON"),
        (b"\x00\x01\xff\xfe garbage", "UTF-8"),
        (b'{"format": "tmsplanner-plan", "schema_version": 9}', "newer version of tmsplanner"),
        (b"[]", "JSON object"),
    ],
)
def test_unreadable_files_exit_2_with_one_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.tmsplan"
    path.write_bytes(content)
    result = run("check", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        (("blocks", 0, "pattern", "frequency_hz"), "ten", "blocks[0].pattern(rtms).frequency_hz"),
        (("schedule", "treatment_days"), -5, "schedule.treatment_days"),
        (("motor_threshold", "value_pct_mso"), 10**400, "motor_threshold.value_pct_mso"),
    ],
)
def test_invalid_values_exit_2_naming_the_field(tmp_path: Path, path, value, field) -> None:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    node = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    bad = tmp_path / "bad.tmsplan"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2 and field in result.stderr and "Traceback" not in result.stderr


def test_nan_in_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "nan.tmsplan"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace('"intensity_pct_mt": 120', '"intensity_pct_mt": NaN'),
                   encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2 and "NaN" in result.stderr


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = run("check", str(tmp_path / "none.tmsplan"))
    assert result.returncode == 2 and "file not found" in result.stderr


def test_bad_clinic_safety_table_exits_2(tmp_path: Path) -> None:
    table = tmp_path / "table.toml"
    table.write_text('id = "x"\nname = "y"\n', encoding="utf-8")
    result = run("check", str(EXAMPLE), "--safety-table", str(table))
    assert result.returncode == 2 and "table.toml" in result.stderr


def test_schema_is_json_schema() -> None:
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Plan" and "blocks" in schema["properties"]


def test_check_path_imports_neither_qt_nor_reportlab() -> None:
    code = ("import sys; from tmsplanner.cli.main import main; main(['check', '--example']); "
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'tmsplanner.gui')]; "
            "print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "[]"
