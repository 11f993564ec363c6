"""Reading, validating, migrating and saving plan files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tmsplanner.core import planio
from tmsplanner.core.errors import FileWriteError, PlanFileError
from tmsplanner.core.planio import dump_plan, load_plan, parse_plan, save_plan
from tmsplanner.core.resources import resource_path

EXAMPLE = resource_path("examples", "standard-10hz-ldlpfc.tmsplan")
DATA = Path(__file__).parent.parent / "data"


def example_doc() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def parse_doc(doc: object) -> None:
    parse_plan(json.dumps(doc).encode(), "plan.tmsplan")


def problem(doc_or_bytes: object) -> str:
    with pytest.raises(PlanFileError) as info:
        if isinstance(doc_or_bytes, bytes):
            parse_plan(doc_or_bytes, "plan.tmsplan")
        else:
            parse_doc(doc_or_bytes)
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith("plan.tmsplan: ")
    return message


def test_example_loads_with_cyrillic_name() -> None:
    plan = load_plan(EXAMPLE)
    assert plan.patient.display_name == "Ольга Петренко"


@pytest.mark.parametrize("name", sorted(p.name for p in DATA.glob("v1-*.tmsplan")))
def test_released_v1_files_still_load(name: str) -> None:
    load_plan(DATA / name)


def test_truncated_file() -> None:
    assert "not valid JSON" in problem(EXAMPLE.read_bytes()[:150])


def test_file_cut_inside_a_cyrillic_letter() -> None:
    assert "cut off" in problem(EXAMPLE.read_bytes()[:200])


def test_non_json_bytes() -> None:
    assert "not UTF-8" in problem(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")


def test_json_but_not_an_object() -> None:
    assert "JSON object" in problem([1, 2, 3])


def test_nan_is_rejected() -> None:
    raw = EXAMPLE.read_text(encoding="utf-8").replace('"intensity_pct_mt": 120', '"intensity_pct_mt": NaN')
    assert "NaN" in problem(raw.encode())


def test_infinity_is_rejected() -> None:
    raw = EXAMPLE.read_text(encoding="utf-8").replace('"value_pct_mso": 52', '"value_pct_mso": Infinity')
    assert "Infinity" in problem(raw.encode())


def test_huge_float_overflows_to_infinity_and_is_rejected() -> None:
    raw = EXAMPLE.read_text(encoding="utf-8").replace('"value_pct_mso": 52', '"value_pct_mso": 1e999')
    assert "motor_threshold.value_pct_mso" in problem(raw.encode())


def test_huge_integer_names_the_field() -> None:
    doc = example_doc()
    doc["blocks"][0]["pattern"]["trains"] = 10**30
    message = problem(doc)
    assert "blocks[0].pattern(rtms).trains" in message
    assert "less than or equal to 1000" in message


def test_negative_count_names_field_and_bound() -> None:
    doc = example_doc()
    doc["schedule"]["treatment_days"] = -3
    message = problem(doc)
    assert "schedule.treatment_days" in message and "greater than or equal to 1" in message


def test_wrong_type_is_not_coerced() -> None:
    doc = example_doc()
    doc["blocks"][0]["intensity_pct_mt"] = "120"
    assert "blocks[0].intensity_pct_mt" in problem(doc)


def test_unknown_enum_value_lists_allowed_values() -> None:
    doc = example_doc()
    doc["indication"] = "migraine"
    message = problem(doc)
    assert "'indication'" in message and "'mdd'" in message


def test_unknown_field_is_named() -> None:
    doc = example_doc()
    doc["schedule"]["sessions_per_week"] = 5
    assert "schedule.sessions_per_week" in problem(doc) and "unknown field" in problem(doc)


def test_missing_required_field() -> None:
    doc = example_doc()
    del doc["patient"]["identifier"]
    assert "patient.identifier" in problem(doc) and "required" in problem(doc)


@pytest.mark.parametrize("version", [0, 2, 99, "1", None, True])
def test_unknown_schema_version(version: object) -> None:
    doc = example_doc()
    doc["schema_version"] = version
    said = problem(doc)
    if isinstance(version, int) and not isinstance(version, bool):
        assert f"plan format {version}" in said and "this version opens plan formats 1 to" in said
    else:
        assert "schema_version" in said and "whole number" in said


def test_wrong_format_marker() -> None:
    doc = example_doc()
    doc["format"] = "something-else"
    assert "format" in problem(doc)


def test_migration_chain_runs_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """An older document is brought up to date step by step before validation."""
    monkeypatch.setattr(planio, "SCHEMA_VERSION", 1)

    def from_v0(doc: dict) -> dict:
        doc["patient"] = {"identifier": doc.pop("patient_id")}
        return doc

    monkeypatch.setitem(planio.MIGRATIONS, 0, from_v0)
    doc = example_doc()
    doc["schema_version"] = 0
    doc["patient_id"] = doc.pop("patient")["identifier"]
    plan = parse_plan(json.dumps(doc).encode(), "old.tmsplan")
    assert plan.patient.identifier == "EX-0042"
    assert plan.schema_version == 1


def test_save_is_atomic_and_round_trips(tmp_path: Path) -> None:
    plan = load_plan(EXAMPLE)
    target = tmp_path / "plan.tmsplan"
    save_plan(plan, target)
    assert load_plan(target) == plan
    assert [p.name for p in tmp_path.iterdir()] == ["plan.tmsplan"]


def test_failed_save_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plan = load_plan(EXAMPLE)
    target = tmp_path / "plan.tmsplan"
    target.write_bytes(b"old content")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(FileWriteError, match="cannot be written"):
        save_plan(plan, target)
    assert target.read_bytes() == b"old content"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.tmsplan"]


def test_dump_is_utf8_not_escaped() -> None:
    assert "Ольга".encode() in dump_plan(load_plan(EXAMPLE))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="file not found"):
        load_plan(tmp_path / "nope.tmsplan")
    with pytest.raises(PlanFileError, match="folder"):
        load_plan(tmp_path)


def test_cyrillic_file_name_round_trips(tmp_path: Path) -> None:
    plan = load_plan(EXAMPLE)
    target = tmp_path / "Курс Ольги Петренко.tmsplan"
    save_plan(plan, target)
    assert load_plan(target) == plan


def test_lists_left_out_are_each_plans_own() -> None:
    """An empty list or answer set a file leaves out is made for each plan read (and each settings object)."""
    doc = example_doc()
    for key in ("closures", "missed_sessions", "phases"):
        doc["schedule"].pop(key, None)
    doc.pop("medications", None)
    doc.pop("screening", None)
    first, second = (parse_plan(json.dumps(doc).encode(), "plan.tmsplan") for _ in range(2))
    first.schedule.closures.append(first.schedule.start_date)
    first.medications.append(second.medications)  # type: ignore[arg-type]
    first.screening["epilepsy_or_seizure"] = True  # type: ignore[index]
    assert second.schedule.closures == [] and second.medications == [] and second.screening == {}
    from tmsplanner.core.settings import AppSettings

    made, constructed = AppSettings(), AppSettings.model_construct()
    made.recent_files.append("a.tmsplan")
    assert constructed.recent_files == [] and AppSettings().recent_files == []
