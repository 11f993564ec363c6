"""The application layer: open, check with the clinic's settings, save, export under one draft rule."""

from __future__ import annotations

import ast
import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import icalendar
import pytest
from clinic_tables import CLINIC_TABLE_ID, write_clinic_table
from planfactory import TODAY, edit, preset_plan
from pypdf import PdfReader

import tmsplanner
from tmsplanner.app import (
    DRAFT_WORDS,
    PLACEHOLDER_MT_PCT_MSO,
    DraftRequired,
    SafetyTableError,
    SettingsStore,
    blank_plan,
    check_plan,
    check_settings,
    clinic_check_settings,
    export_calendar,
    export_pdf,
    load_clinic_table,
    new_plan,
    open_plan,
    save_plan,
)
from tmsplanner.cli.main import main as cli_main
from tmsplanner.core.errors import PlanFileError
from tmsplanner.core.settings import SCHEMA_VERSION, AppSettings, load_settings

PACKAGE = Path(tmsplanner.__file__).resolve().parent
EXPORT_DATE = dt.date(2026, 11, 27)


def pdf_pages(data: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]


def rule_ids(checked) -> set[str]:
    return {f.rule for f in checked.findings}


@pytest.fixture
def blocked(kb):
    """A checked plan that is blocked (placeholder MT) and nothing else."""
    plan = edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "motor_threshold.placeholder", True)
    checked = check_plan(plan, kb, check_settings(AppSettings(), TODAY))
    assert checked.verdict == "blocked" and checked.blocking == 1
    return checked


@pytest.fixture
def clean(kb):
    checked = check_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), kb, check_settings(AppSettings(), TODAY))
    assert checked.blocking == 0
    return checked


# --- the draft rule -------------------------------------------------------------------


def test_blocked_plan_is_refused_without_a_draft(kb, blocked) -> None:
    with pytest.raises(DraftRequired) as refused:
        export_pdf(blocked, kb, AppSettings(), export_date=EXPORT_DATE, allow_draft=False)
    assert refused.value.blocking == 1 and DRAFT_WORDS in str(refused.value)
    with pytest.raises(DraftRequired):
        export_calendar(blocked, export_date=EXPORT_DATE, include_patient_name=False, allow_draft=False)


def test_blocked_plan_with_a_draft_is_watermarked_on_every_page(kb, blocked, tmp_path) -> None:
    export = export_pdf(blocked, kb, AppSettings(clinic_name="Клиника"), export_date=EXPORT_DATE,
                        allow_draft=True)
    assert export.draft and export.kind == "pdf"
    target = export.write(tmp_path / "plan.pdf")
    pages = pdf_pages(target.read_bytes())
    assert len(pages) > 1 and all(DRAFT_WORDS in page for page in pages)
    calendar = export_calendar(blocked, export_date=EXPORT_DATE, include_patient_name=False, allow_draft=True)
    events = icalendar.Calendar.from_ical(calendar.data).walk("VEVENT")
    assert calendar.draft and events and all(str(e["summary"]).startswith(DRAFT_WORDS) for e in events)


def test_plan_without_blocking_findings_is_never_a_draft(kb, clean) -> None:
    export = export_pdf(clean, kb, AppSettings(), export_date=EXPORT_DATE, allow_draft=True)
    assert not export.draft and not any(DRAFT_WORDS in page for page in pdf_pages(export.data))
    calendar = export_calendar(clean, export_date=EXPORT_DATE, include_patient_name=False, allow_draft=True)
    assert not calendar.draft and DRAFT_WORDS.encode() not in calendar.data


@pytest.mark.parametrize("command", ["export", "ics"])
def test_cli_applies_the_draft_rule_through_the_app_layer(kb, tmp_path, capsys, command) -> None:
    plan = tmp_path / "blocked.tmsplan"
    save_plan(edit(preset_plan(kb, "neurostar-10hz-ldlpfc"), "motor_threshold.placeholder", True), plan)
    out = tmp_path / f"out.{'pdf' if command == 'export' else 'ics'}"
    assert cli_main([command, str(plan), "-o", str(out), "--today", TODAY.isoformat()]) == 1
    err = capsys.readouterr().err
    assert not out.exists() and "--draft" in err and "1 blocking finding" in err
    assert cli_main([command, str(plan), "-o", str(out), "--draft", "--today", TODAY.isoformat(),
                     "--export-date", EXPORT_DATE.isoformat()]) == 0
    assert f"({DRAFT_WORDS})" in capsys.readouterr().out
    if command == "export":
        assert all(DRAFT_WORDS in page for page in pdf_pages(out.read_bytes()))
    else:
        events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
        assert events and all(str(e["summary"]).startswith(DRAFT_WORDS) for e in events)


def _literals_with(words: str) -> list[str]:
    """Where a string literal that is not a docstring holds ``words``, as 'path:line'."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(owner.body[0].value) for owner in ast.walk(tree)
                      if isinstance(owner, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                      and owner.body and isinstance(owner.body[0], ast.Expr)}
        found += [f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}" for node in ast.walk(tree)
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and words in node.value
                  and id(node) not in docstrings]
    return found


def test_the_draft_rule_and_its_words_are_written_once() -> None:
    """The draft words are written once (core/policy.py); no front end decides on its own on a draft."""
    # The window's two questions are translated sentences: each translation carries the words in its language.
    literal = [where for where in _literals_with(DRAFT_WORDS) if not where.startswith("gui/file_actions.py")]
    assert [where.split(":")[0] for where in literal] == ["core/policy.py"], literal
    cli = (PACKAGE / "cli" / "commands.py").read_text(encoding="utf-8")
    gui = (PACKAGE / "gui" / "file_actions.py").read_text(encoding="utf-8")
    for source in (cli, gui):
        assert "draft=bool(" not in source and "Severity.BLOCK" not in source
        assert "render_pdf" not in source and "calendar_bytes" not in source
    window = (PACKAGE / "gui" / "main_window.py").read_text(encoding="utf-8")
    assert "50.0" not in cli and "50.0" not in window  # the placeholder MT lives in tmsplanner.app.plans


# --- opening, new plans, saving -------------------------------------------------------------


def test_open_names_the_file_and_the_field(tmp_path) -> None:
    bad = tmp_path / "bad.tmsplan"
    source = Path(__file__).parents[1] / "data" / "v1-standard-10hz.tmsplan"
    document = json.loads(source.read_text(encoding="utf-8"))
    document["blocks"][0]["intensity_pct_mt"] = "high"
    bad.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(PlanFileError) as error:
        open_plan(bad)
    message = str(error.value)
    assert message.startswith(f"{bad}: ") and "'blocks[0].intensity_pct_mt'" in message
    assert "\n" not in message


def test_save_and_open_round_trip(kb, tmp_path) -> None:
    plan = blank_plan(kb, TODAY)
    path = save_plan(plan, tmp_path / "new.tmsplan")
    opened = open_plan(path)
    assert opened.plan == plan and opened.path == path
    assert [p.name for p in tmp_path.iterdir()] == ["new.tmsplan"]  # atomic: no temporary file left


def test_new_plan_without_mt_is_a_marked_placeholder(kb) -> None:
    plan = new_plan(kb, "neurostar-10hz-ldlpfc", patient_id="P", today=TODAY)
    mt = plan.motor_threshold
    assert (mt.value_pct_mso, mt.placeholder, mt.measured_on) == (PLACEHOLDER_MT_PCT_MSO, True, TODAY)
    assert plan.schedule.start_date == TODAY  # a Monday: the next Monday on or after today
    measured = new_plan(kb, "neurostar-10hz-ldlpfc", patient_id="P", today=TODAY, mt_pct_mso=55)
    assert not measured.motor_threshold.placeholder
    with pytest.raises(PlanFileError, match="unknown preset"):
        new_plan(kb, "no-such-preset", patient_id="P", today=TODAY)


# --- the clinic's settings and its safety table ------------------------------------------------


def test_check_settings_come_from_the_clinic(kb, tmp_path) -> None:
    table = write_clinic_table(tmp_path)
    settings = check_settings(AppSettings(mt_max_age_days=30, safety_table=str(table)), TODAY)
    assert (settings.today, settings.mt_max_age_days) == (TODAY, 30)
    assert settings.safety_table.id == CLINIC_TABLE_ID
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    assert "SAFE-TRAIN-001" in rule_ids(check_plan(plan, kb, settings))
    assert "SAFE-TRAIN-001" not in rule_ids(check_plan(plan, kb, check_settings(AppSettings(), TODAY)))


def test_unusable_clinic_table(tmp_path) -> None:
    missing = tmp_path / "missing.toml"
    with pytest.raises(SafetyTableError) as error:
        check_settings(AppSettings(safety_table=str(missing)), TODAY)
    assert str(error.value).startswith(f"{missing}: not a valid safety-limit table")
    clinic = AppSettings(safety_table=str(missing), mt_max_age_days=9)
    fallback, problem = clinic_check_settings(clinic, TODAY)
    assert fallback.safety_table is None and fallback.mt_max_age_days == 9
    assert problem and str(missing) in problem and "bundled" in problem


def test_a_corrected_clinic_table_of_the_same_size_and_time_is_read_again(kb, tmp_path) -> None:
    """No cache keeps old values: a table corrected in place (same size, same mtime) is what is used."""
    plan = preset_plan(kb, "neurostar-10hz-ldlpfc")
    path = write_clinic_table(tmp_path)
    stat = path.stat()
    settings = AppSettings(safety_table=str(path))
    assert load_clinic_table(path).cells[2][2] == "2.0"
    assert "SAFE-TRAIN-001" in rule_ids(check_plan(plan, kb, check_settings(settings, TODAY)))
    corrected = write_clinic_table(tmp_path, cell='[">5", ">5", "9.9"')
    os.utime(corrected, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (corrected.stat().st_size, corrected.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    assert load_clinic_table(path).cells[2][2] == "9.9"
    assert "SAFE-TRAIN-001" not in rule_ids(check_plan(plan, kb, check_settings(settings, TODAY)))


def test_cli_check_uses_the_clinic_table(kb, tmp_path, capsys) -> None:
    plan = tmp_path / "plan.tmsplan"
    save_plan(preset_plan(kb, "neurostar-10hz-ldlpfc"), plan)
    table = write_clinic_table(tmp_path)
    cli_main(["check", str(plan), "--json", "--today", TODAY.isoformat(), "--safety-table", str(table)])
    report = json.loads(capsys.readouterr().out)
    assert report["safety_table"]["id"] == CLINIC_TABLE_ID
    assert any(f["rule"] == "SAFE-TRAIN-001" for f in report["findings"])


def test_loading_the_evidence_base_writes_nothing(tmp_path) -> None:
    """The core keeps no parse cache: loading the evidence base leaves the cache and home folders empty."""
    home, cache = tmp_path / "home", tmp_path / "cache"
    home.mkdir()
    cache.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(cache)}
    code = "from tmsplanner.core.evidence.kb import load_knowledge_base; load_knowledge_base()"
    subprocess.run([sys.executable, "-c", code], check=True, env=env, timeout=120)
    assert not list(home.rglob("*")) and not list(cache.rglob("*"))


# --- the settings store ----------------------------------------------------------------------


def test_store_never_overwrites_a_newer_settings_file(tmp_path) -> None:
    path = tmp_path / "settings.json"
    original = json.dumps({"schema_version": SCHEMA_VERSION + 3, "paper": "letter"}).encode("utf-8")
    path.write_bytes(original)
    store, message = SettingsStore.load(path)
    assert message and store.memory_only and store.settings == AppSettings()
    assert store.remember(tmp_path / "a.tmsplan") is None  # no second message
    assert store.update(AppSettings(clinic_name="Клиника")) is None
    assert store.settings.clinic_name == "Клиника" and store.settings.recent_files == []
    assert path.read_bytes() == original


def test_store_that_finds_a_newer_file_only_when_saving_says_so_once(tmp_path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore(AppSettings(), path)
    original = json.dumps({"schema_version": SCHEMA_VERSION + 1}).encode("utf-8")
    path.write_bytes(original)  # written by a newer version while this one runs
    first = store.remember(tmp_path / "a.tmsplan")
    assert first and "newer" in first
    assert store.remember(tmp_path / "b.tmsplan") is None
    assert path.read_bytes() == original


def test_store_saves_settings_of_this_version(tmp_path) -> None:
    path = tmp_path / "settings.json"
    store, message = SettingsStore.load(path)
    assert message is None and not store.memory_only
    assert store.remember(tmp_path / "a.tmsplan") is None
    assert load_settings(path) == (store.settings, None)
    assert store.settings.recent_files == [str(tmp_path / "a.tmsplan")]


# --- boundaries ------------------------------------------------------------------------------------


def test_app_layer_imports_neither_qt_nor_reportlab() -> None:
    code = ("import sys, tmsplanner.app; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'reportlab', "
            "'icalendar'}), "
            "sorted(m for m in sys.modules if m.startswith(('tmsplanner.gui', 'tmsplanner.report'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8",
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[] []"


def test_core_holds_no_benchmark_timing() -> None:
    assert not (PACKAGE / "core" / "proctime.py").exists()
    for path in (PACKAGE / "core").rglob("*.py"):
        assert "proctime" not in path.read_text(encoding="utf-8"), path
